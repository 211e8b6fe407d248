"""The import and review logic, without a screen: sources, outcomes, values typed in an editor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.ui.import_jobs import Outcome, Source, check_date, failures, import_one, summary
from desktop.ui.review_logic import (
    Change,
    changed_fields,
    describe_changes,
    needs_review,
    parse_value,
    period_from,
    review_state,
    value_text,
)

WIRE = (
    "date 2025-04-14\n"
    "TASHKENT— Trade between Uzbekistan and Latvia reached $412 million in 2024, "
    "Deputy Minister of Investment Farrukh Olimov said on Monday."
)


def test_import_and_review_logic_do_not_import_qt() -> None:
    script = (
        "import sys\n"
        "import desktop.ui.import_jobs, desktop.ui.review_logic\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_a_pasted_article_is_stored_with_its_title_and_date(store: Store) -> None:
    outcome = import_one(store, Source.pasted(WIRE, "Latvia trade", "2025-04-15"))
    assert outcome is not None and outcome.added and outcome.fact_ids
    article = store.article(outcome.article_id)
    assert article["title"] == "Latvia trade" and article["date"] == "2025-04-15"
    again = import_one(store, Source.pasted(WIRE))
    assert again is not None and again.duplicate and not again.added


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "the pasted text: it is empty"),
        ("  \n\t ", "the pasted text: it is empty"),
        ("Trade rose\x00 by $5 million.", "NUL characters"),
        ("— … —", "no article text"),
        ("Contact us.", "no facts were found"),
    ],
)
def test_unusable_pasted_text_is_refused_and_nothing_is_stored(
    store: Store, text: str, reason: str
) -> None:
    before = store.count()
    outcome = import_one(store, Source.pasted(text))
    assert outcome is not None and outcome.error and reason in outcome.error
    assert outcome.error.startswith("Cannot import the pasted text")
    assert store.count() == before and len(store.articles()) == 1


def test_a_cancel_during_extraction_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "latvia.txt"
    path.write_text(WIRE, encoding="utf-8")
    assert import_one(store, Source.file(path), cancelled=lambda: True) is None
    assert store.count() == 34 and len(store.articles()) == 1


def test_dates_typed_beside_pasted_text() -> None:
    assert check_date("") is None and check_date("2025-04-14") is None
    for bad in ("2025-13-01", "14.04.2025", "2025-4-1", "tomorrow"):
        assert "is not a date" in (check_date(bad) or "")


def test_summary_and_failures_name_what_happened(tmp_path: Path) -> None:
    ok = Outcome(Source.file(tmp_path / "a.txt"), "a1", "A", ("f1", "f2"))
    dup = Outcome(Source.file(tmp_path / "b.txt"), "b1", duplicate=True)
    bad = Outcome(Source.file(tmp_path / "c.txt"), error="Cannot import c.txt: the file is empty.")
    assert summary([ok, dup, bad], 3, False) == (
        "Imported 1 article with 2 new facts to review · 1 article stored already · 1 source refused."
    )
    assert summary([ok], 5, True).endswith("cancelled after 1 of 5.")
    assert summary([bad], 1, False).startswith("Nothing was imported")
    assert failures([ok, bad]) == ["Cannot import c.txt: the file is empty."]
    assert Source.pasted("x", "Title").name == "the pasted text “Title”"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("31.5 bn", 31.5e9),
        ("$31.5 billion", 31.5e9),
        ("31,500,000,000", 31.5e9),
        ("1.2e9", 1.2e9),
        ("4.1 bn", 4.1e9),
        ("64", 64.0),
        ("64%", 64.0),
        ("412 mn", 412e6),
    ],
)
def test_values_are_read_as_typed(text: str, value: float | None) -> None:
    assert parse_value(text) == value


@pytest.mark.parametrize("text", ["abc", "5 zz", "31.5 bn dollars"])
def test_unreadable_values_say_why(text: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        parse_value(text)


@pytest.mark.parametrize("value", [31.5e9, 4.1e9, 64.0, 0.1234, 1234567.0, 1 / 3, 2.5e12])
def test_a_value_shown_in_the_editor_reads_back_exactly(value: float) -> None:
    assert parse_value(value_text(value)) == value


def test_periods_changes_and_states() -> None:
    assert period_from("", "", "") is None
    assert period_from("", "2024-01-01", "2024-03-31")["label"] == "2024-01-01 – 2024-03-31"
    assert period_from("Q1 2024", "2024-01-01", "2024-03-31")["label"] == "Q1 2024"
    before = {"statement": "a", "value": 1.0, "unit": "USD", "reviewed": False}
    after = {"statement": "a", "value": 2.0, "unit": "USD", "reviewed": True}
    assert changed_fields(before, after) == {"value": 2.0, "reviewed": True}
    assert describe_changes({"reviewed": True}) == "Accept fact"
    assert describe_changes({"value": 2.0, "unit": "EUR", "reviewed": True}) == "Edit value"
    assert describe_changes({"statement": "b", "period": None}) == "Edit statement and period"
    fact = {"origin": "extracted", "reviewed": False}
    assert needs_review(fact) and review_state(fact) == "Extracted · not reviewed"
    assert review_state({"origin": "curated", "reviewed": True}) == "Curated"
    assert not needs_review(None)
    assert Change().articles_changed is False
