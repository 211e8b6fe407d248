"""The command line as a script or a person uses it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import render_table


def test_facts_json_lists_every_seed_fact_with_the_contract_fields(cli) -> None:
    code, out, _ = cli("facts", "--format", "json")
    facts = json.loads(out)
    assert code == 0 and len(facts) == 34
    required = {"id", "article_id", "topic", "kind", "statement", "value", "unit", "qualifier",
                "period", "date", "entities", "evidence", "origin", "reviewed"}  # fmt: skip
    assert all(required <= fact.keys() for fact in facts)
    trade = next(f for f in facts if f["value"] == 31.5e9)
    assert trade["period"] == {"start": "2023-01-01", "end": "2023-12-31", "label": "2023"}
    assert trade["unit"] == "USD" and trade["evidence"]["text"].count("$31.5 billion") == 1


def test_facts_urumqi_answers_with_the_quote_and_the_visit(cli) -> None:
    code, out, err = cli("facts", "urumqi")
    assert code == 0 and "2 facts" in err
    assert "Tokayev had recently visited Ürümqi" in out.replace("\n" + " " * 30, " ")


def test_filtered_query_shows_formatted_values(cli) -> None:
    code, out, _ = cli("facts", "topic:trade value>1e10")
    assert code == 0
    values = [re.split(r"\s{2,}", line)[1] for line in out.splitlines() if line.startswith("trade")]
    assert values == ["$31.5 bn", "$20.3 bn", "= $11.2 bn"]


def test_table_output_fits_80_columns(cli) -> None:
    for command in (["facts"], ["entities"], ["articles"]):
        code, out, _ = cli(*command)
        assert code == 0
        assert max(len(line) for line in out.splitlines()) <= 80, command


def test_csv_and_entities(cli) -> None:
    code, out, _ = cli("facts", "kind:quote", "--format", "csv")
    assert code == 0 and len(out.strip().splitlines()) >= 5  # header + 4 quotes (multi-line safe)
    assert out.startswith("id,article_id,topic,kind,statement")
    code, out, _ = cli("entities", "--kind", "person", "--format", "json")
    names = {e["name"] for e in json.loads(out)}
    assert {"Kassym-Jomart Tokayev", "Erkin Tuniyaz", "Olzhas Bektenov", "Xi Jinping"} == names


def test_articles_json_has_the_text(cli) -> None:
    code, out, _ = cli("articles", "--format", "json")
    assert code == 0
    (article,) = json.loads(out)
    assert article["date"] == "2024-03-27" and article["source"] == "Akorda press service"
    assert "$31.5 billion" in article["text"]


def test_an_undated_article_reads_as_blank_never_nan(cli, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Trade rose to $3 billion.\n\nImports fell by 5 percent in 2024.\n")
    assert cli("import", str(story))[0] == 0
    code, out, _ = cli("articles", "--format", "json")
    assert code == 0 and "NaN" not in out  # NaN is not JSON
    undated = [a for a in json.loads(out) if a["title"].startswith("Trade rose")]
    assert [(a["date"], a["place"], a["source"]) for a in undated] == [(None, None, None)]
    code, out, _ = cli("articles")
    assert code == 0 and "nan" not in out.split()


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_export_writes_each_format(cli, tmp_path: Path, suffix: str) -> None:
    import pandas as pd

    target = tmp_path / f"trade{suffix}"
    code, _, err = cli("export", "-o", str(target), "topic:trade")
    assert code == 0 and "Wrote 7 facts" in err
    if suffix == ".json":
        assert len(json.loads(target.read_text(encoding="utf-8"))) == 7
    else:
        frame = pd.read_csv(target) if suffix == ".csv" else pd.read_excel(target)
        assert len(frame) == 7 and 31.5e9 in set(frame["value"])
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["facts", "topic:sports"], "Unknown topic"),
        (["facts", "colour:red"], "Unknown field"),
        (["export", "-o", "facts.txt"], "use a .csv, .json or .xlsx"),
        (["--db", "/nonexistent/folder/x.sqlite", "facts"], "does not exist"),
        (["facts", "--db", "/nonexistent/folder/x.sqlite"], "does not exist"),
        (["import", "--date", "27/03/2024", "x.txt"], "YYYY-MM-DD"),
    ],
)
def test_user_mistakes_give_one_line_and_a_nonzero_exit(cli, args, message) -> None:
    code, out, err = cli(*args)
    assert code != 0 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_corrupt_database_gives_one_line_and_keeps_the_file(cli, tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    path.write_bytes(b"\x00garbage" * 100)
    code, _, err = cli("--db", str(path), "facts")
    assert code == 1 and "not a Fact Browser database" in err
    assert path.read_bytes() == b"\x00garbage" * 100


def test_without_a_screen_the_app_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FACT_BROWSER_DB": str(tmp_path / "f")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "No screen" in result.stderr and "fact-browser screenshot" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_render_table_wraps_the_last_column() -> None:
    text = render_table(("A", "B"), [("x", "word " * 40)], width=40)
    lines = text.splitlines()
    assert len(lines) > 3 and max(map(len, lines)) <= 40


def test_a_database_another_program_is_writing_says_busy(cli, tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    from desktop.store import Store

    path = tmp_path / "facts.sqlite"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(sqlite3, "connect", _with_timeout(sqlite3.connect, 0.1))
    try:
        story = tmp_path / "story.txt"
        story.write_text("ASTANA— Trade reached $2 billion in 2024, the minister said.\n")
        code, out, err = cli("--db", str(path), "import", str(story))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and out == "" and "busy" in err and "damaged" not in err


def _with_timeout(connect, seconds: float):
    def patched(*args, **kwargs):
        kwargs["timeout"] = seconds
        return connect(*args, **kwargs)

    return patched
