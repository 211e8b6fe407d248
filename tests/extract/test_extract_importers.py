"""Importers: the formats and encodings people have, and one clear refusal for everything else."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.extract.importers import MAX_BYTES, ImportFailure, read_article
from desktop.extract.pipeline import extract

ARTICLE = "Trade between the two countries reached $5.9 billion in 2024, officials said."

PAGE = """<!doctype html><html><head>
<title>Site | Trade news</title>
<meta property="og:title" content="Trade reaches record">
<meta property="og:site_name" content="Wire">
<meta property="article:published_time" content="2025-05-21T08:00:00+00:00">
<script>var menu = "$99 billion";</script><style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/markets">Markets</a></nav>
<header>Subscribe now</header>
<article><h1>Trade reaches record</h1>
<p>RIYADH — Trade between the two countries reached $5.9 billion in 2024, officials said.</p>
<iframe src="https://ads.example/">advert $1 trillion</iframe>
<p>More than 2.1 million people work in the kingdom &amp; send money home.</p></article>
<aside>Related: $7 billion deal</aside><footer>© 2025</footer>
</body></html>"""


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_text_utf8(tmp_path: Path) -> None:
    text, meta = read_article(_write(tmp_path, "a.txt", ARTICLE.encode()))
    assert text == ARTICLE and meta["encoding"] == "utf-8" and meta["format"] == "text"


def test_utf8_with_bom_and_windows_newlines(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + f"{ARTICLE}\r\n\r\nSecond paragraph.".encode()
    text, _ = read_article(_write(tmp_path, "a.txt", data))
    assert text == f"{ARTICLE}\n\nSecond paragraph."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    text, meta = read_article(_write(tmp_path, "a.txt", data))
    assert text == ARTICLE and meta["encoding"] == "utf-16"


def test_cp1251_is_detected(tmp_path: Path) -> None:
    russian = "Товарооборот вырос на 12% и достиг $3,1 млрд."
    text, meta = read_article(_write(tmp_path, "ru.txt", russian.encode("cp1251")))
    assert text == russian and meta["encoding"] == "cp1251"


def test_cp1252_is_detected(tmp_path: Path) -> None:
    french = "Le commerce a atteint 3 milliards d’euros, a déclaré le ministre."
    text, meta = read_article(_write(tmp_path, "fr.txt", french.encode("cp1252")))
    assert text == french and meta["encoding"] == "cp1252"


def test_html_keeps_only_the_main_text(tmp_path: Path) -> None:
    text, meta = read_article(_write(tmp_path, "page.html", PAGE.encode()))
    assert meta == {
        "title": "Trade reaches record",
        "date": "2025-05-21",
        "source": "Wire",
        "encoding": "utf-8",
        "format": "html",
    }
    assert "$5.9 billion" in text and "& send" in text
    for junk in ("menu", "color", "Home", "Subscribe", "advert", "Related", "©"):
        assert junk not in text
    figures = [f.value for f in extract(text, date=meta["date"]).facts if f.unit == "USD"]
    assert figures == [5.9e9]


def test_html_title_falls_back_to_the_title_tag(tmp_path: Path) -> None:
    page = "<html><head><title>Plain title</title></head><body><p>Trade rose 5% in 2024.</p></body></html>"
    text, meta = read_article(_write(tmp_path, "p.htm", page.encode()))
    assert text == "Trade rose 5% in 2024." and meta["title"] == "Plain title"


def test_markdown(tmp_path: Path) -> None:
    md = "---\ntitle: Trade record\ndate: 2025-01-02\n---\n# Headline\n\nTrade **rose** to [$5 billion](https://x).\n\n- first point\n"
    text, meta = read_article(_write(tmp_path, "a.md", md.encode()))
    assert text == "Headline\n\nTrade rose to $5 billion.\n\nfirst point"
    assert (meta["title"], meta["date"]) == ("Trade record", "2025-01-02")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("nul.txt", b"Trade rose\x00\x01\x02 5%", "binary"),
        ("bad.txt", b"\x98\x98\x98 broken \xc3\x28 bytes", "encoding could not be recognised"),
        (
            "scripts.html",
            b"<html><script>alert(1)</script><iframe>x</iframe></html>",
            "no article text",
        ),
        ("numbers.txt", b"--- *** ---", "no article text"),
        ("report.pdf", b"%PDF-1.4", "only .txt, .md and .html"),
    ],
)
def test_bad_files_are_refused_by_name(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailure) as caught:
        read_article(_write(tmp_path, name, data))
    assert name in str(caught.value) and reason in str(caught.value)


def test_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 20 MB written to disk
    with pytest.raises(ImportFailure, match=r"big\.txt.*20 MB"):
        read_article(path)


def test_directory_and_missing_path(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ImportFailure, match=r"folder\.txt: it is a folder"):
        read_article(folder)
    with pytest.raises(ImportFailure, match=r"gone\.txt: no such file"):
        read_article(tmp_path / "gone.txt")


def test_import_failure_is_a_value_error() -> None:
    assert issubclass(ImportFailure, ValueError)


def test_extract_file_reads_imports_and_refuses_files_without_facts(tmp_path: Path) -> None:
    from desktop.extract.pipeline import extract_file

    data = extract_file(_write(tmp_path, "page.html", PAGE.encode()))
    assert data.article.title == "Trade reaches record" and data.article.date == "2025-05-21"
    assert extract_file(
        _write(tmp_path, "p.html", PAGE.encode()), date="2025-01-01"
    ).article.date == ("2025-01-01")
    with pytest.raises(ImportFailure, match=r"nothing\.txt: no facts"):
        extract_file(_write(tmp_path, "nothing.txt", b"Hello."))


def test_markdown_headline_title_leaves_the_body_and_lines_are_joined(tmp_path: Path) -> None:
    md = (
        "# Trade record\n\n**ASTANA** — Trade rose to\n$5 billion in 2024, officials said.\n\n"
        "> “We are pleased,” the minister\n> said.\n\n- first point\n- second point\n"
    )
    text, meta = read_article(_write(tmp_path, "a.md", md.encode()))
    assert meta["title"] == "Trade record"
    assert text == (
        "ASTANA — Trade rose to $5 billion in 2024, officials said.\n\n"
        "“We are pleased,” the minister said.\n\nfirst point\n\nsecond point"
    )
    assert extract(text, date="2025-01-02").article.place == "Astana"


def test_html_headline_that_is_the_title_leaves_the_body(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Trade reaches record - Wire</title></head><body><article>"
        "<h1>Trade reaches record</h1><p>ALMATY, Sept 6 — Trade rose 5% in 2024.</p>"
        "</article></body></html>"
    )
    text, meta = read_article(_write(tmp_path, "p.html", page.encode()))
    assert meta["title"] == "Trade reaches record - Wire"
    assert text == "ALMATY, Sept 6 — Trade rose 5% in 2024."
    assert extract(text).article.place == "Almaty"
