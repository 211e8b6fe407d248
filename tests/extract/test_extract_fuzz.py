"""No input makes the extractor or the importer raise (except ImportFailure, by design)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.extract.importers import ImportFailure, read_article
from desktop.extract.pipeline import extract

_WIRE = st.sampled_from(
    [
        "date 2024-03-27 ",
        "ASTANA— ",
        "President ",
        "Kassym-Jomart Tokayev ",
        "said ",
        "“",
        "”",
        '"',
        "$",
        "31.5 ",
        "billion ",
        "bn ",
        "%",
        "per cent ",
        "over ",
        "nearly ",
        "last year",
        "the first nine months of ",
        "since 2005",
        "Q1 ",
        "on Friday",
        "the same day",
        ", ",
        ". ",
        "\n\n",
        "met ",
        "he added",
        "the minister ",
        "tonnes ",
        "four ",
        "regions ",
        "(XUAR)",
        "Minister of State for ",
        "counterpart ",
        "yuan ",
        "a third ",
        "of ",
        "by 2030",
    ]
)
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(st.text(max_size=400))
def test_extract_never_raises_on_any_text(text: str) -> None:
    data = extract(text)
    for fact in data.facts:
        fact.evidence.check_against(data.article.text)


@_FAST
@given(st.lists(_WIRE, max_size=60).map("".join), st.sampled_from([None, "2024-03-27", "bad"]))
def test_extract_never_raises_on_wire_like_text(text: str, day: str | None) -> None:
    data = extract(text, date=day)
    for fact in data.facts:
        fact.evidence.check_against(data.article.text)


@_FAST
@given(st.binary(max_size=300), st.sampled_from([".txt", ".md", ".html", ".htm", ".bin"]))
def test_read_article_only_raises_import_failure(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            text, _meta = read_article(path)
        except ImportFailure as exc:
            assert path.name in str(exc)
        else:
            extract(text)
