"""The ``fact-browser`` command: the window by default, and subcommands for scripts.

User mistakes (a bad query, a missing folder, a damaged file) end with one
sentence on stderr and a non-zero exit, never a traceback. Heavy imports
(pandas, Qt) happen inside the subcommand that needs them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.domain import ContractError, EntityKind, Topic
from desktop.formatting import fact_value_text, period_text
from desktop.store import Added, QueryError, Store, StoreError
from desktop.store.rows import CONTRACT_COLUMNS

EXIT_ERROR = 1
EXIT_USAGE = 2
EXPORT_SUFFIXES = (".csv", ".json", ".xlsx")


class UserError(Exception):
    """A mistake in what was asked; printed as one line."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file (default: $FACT_BROWSER_DB or one in the user data dir)",
    )
    parser = argparse.ArgumentParser(
        prog="fact-browser",
        description="Browse news articles as facts, each traceable to its sentence.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    facts = sub.add_parser("facts", parents=[common], help="list facts matching a query")
    facts.add_argument("query", nargs="?", default="", help='e.g. "topic:trade value>1e9 tok"')
    facts.add_argument("--topic", choices=[t.value for t in Topic])
    _format_option(facts, ("table", "json", "csv"))

    entities = sub.add_parser(
        "entities", parents=[common], help="list people, places, organizations"
    )
    entities.add_argument("--kind", choices=[k.value for k in EntityKind])
    _format_option(entities, ("table", "json", "csv"))

    articles = sub.add_parser("articles", parents=[common], help="list stored articles")
    _format_option(articles, ("table", "json"))

    imp = sub.add_parser("import", parents=[common], help="import articles (.txt .md .html)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--date", metavar="YYYY-MM-DD")
    imp.add_argument("--title", metavar="T")
    _format_option(imp, ("table", "json"))

    export = sub.add_parser("export", parents=[common], help="write facts to .csv, .json or .xlsx")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("query", nargs="?", default="")

    shot = sub.add_parser("screenshot", parents=[common], help="render the window to a PNG")
    shot.add_argument("output", metavar="OUT.png")
    shot.add_argument("query", nargs="?", default="")
    shot.add_argument("--topic", choices=[t.value for t in Topic])
    shot.add_argument("--size", default="1280x800", metavar="WxH")
    return parser


def _format_option(parser: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    parser.add_argument("--format", choices=choices, default="table")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        return _COMMANDS[command](args)
    except (UserError, StoreError, QueryError, ContractError) as exc:
        _fail(str(exc))
        return EXIT_ERROR
    except sqlite3.DatabaseError as exc:
        _fail(_database_problem(exc))
        return EXIT_ERROR
    except BrokenPipeError:
        # `fact-browser facts | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


def _database_problem(exc: sqlite3.Error) -> str:
    if "locked" in str(exc) or "busy" in str(exc):
        return "The database is busy: another program is writing to it; try again shortly."
    return f"The database is damaged or unreadable ({exc})."


def _fail(message: str) -> None:
    print(f"fact-browser: {message}", file=sys.stderr)


def _open(args: argparse.Namespace) -> Store:
    return Store.open(getattr(args, "db", None))


# -- listing -------------------------------------------------------------------


def cmd_facts(args: argparse.Namespace) -> int:
    with _open(args) as store:
        records = store.records(args.query, topic=args.topic)
    _print_facts(records, args.format, empty="No facts match.")
    return 0


def _print_facts(records: list[dict[str, Any]], fmt: str, *, empty: str) -> None:
    if fmt == "json":
        _print_json(records)
    elif fmt == "csv":
        _print(flat_facts(records).to_csv(index=False))
    elif not records:
        print(empty, file=sys.stderr)
    else:
        rows = [
            (
                r["topic"],
                fact_value_text(r),
                period_text(r),
                r["statement"],
            )
            for r in records
        ]
        _print(render_table(("TOPIC", "VALUE", "PERIOD", "STATEMENT"), rows))
        print(f"{len(rows)} facts", file=sys.stderr)


def cmd_entities(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.format == "csv":
            frame = store.entities(kind=args.kind)
            flat = frame.assign(
                aliases=frame["aliases"].map("; ".join),
                roles=frame["roles"].map(lambda roles: "; ".join(_role_text(r) for r in roles)),
            )
            _print(flat.to_csv(index=False))
            return 0
        records = store.entity_records(kind=args.kind)
    if args.format == "json":
        _print_json(records)
    else:
        rows = [
            (r["kind"], r["name"], "; ".join(_role_text(role) for role in r["roles"]))
            for r in records
        ]
        _print(render_table(("KIND", "NAME", "ROLES"), rows, clip=32))
    return 0


def _role_text(role: dict[str, Any]) -> str:
    where = role.get("organization") or role.get("country")
    return f"{role['title']}, {where}" if where else role["title"]


def cmd_articles(args: argparse.Namespace) -> int:
    with _open(args) as store:
        records = store.article_records()
    if args.format == "json":
        _print_json(records)
    else:
        rows = [(r["id"], r["date"] or "", r["place"] or "", r["title"]) for r in records]
        _print(render_table(("ID", "DATE", "PLACE", "TITLE"), rows))
    return 0


# -- writing files ---------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    suffix = target.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise UserError(f"Cannot export to “{target.name}”: use a .csv, .json or .xlsx file name.")
    if not target.parent.is_dir():
        raise UserError(f"Cannot export to {target}: the folder {target.parent} does not exist.")
    with _open(args) as store:
        records = store.records(args.query)
    write_facts(records, target)
    print(f"Wrote {len(records)} facts to {target}", file=sys.stderr)
    return 0


def write_facts(records: list[dict[str, Any]], target: Path) -> None:
    """Write facts to ``target`` by its suffix, atomically: a failure leaves no half file."""
    suffix = target.suffix.lower()
    handle, temp_name = tempfile.mkstemp(prefix=".fact-browser-", suffix=suffix, dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        if suffix == ".json":
            temp.write_text(
                json.dumps(records, ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        elif suffix == ".csv":
            flat_facts(records).to_csv(temp, index=False)
        else:
            from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

            # Text stored before importers dropped control characters: Excel refuses them.
            frame = flat_facts(records).map(
                lambda v: ILLEGAL_CHARACTERS_RE.sub(" ", v) if isinstance(v, str) else v
            )
            frame.to_excel(temp, index=False, sheet_name="facts")
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def flat_facts(records: list[dict[str, Any]]) -> Any:
    """The contract with its nested parts spread into plain columns (CSV, XLSX)."""
    import pandas as pd

    rows = []
    for fact in records:
        period = fact["period"] or {}
        evidence = fact["evidence"]
        row = {key: fact[key] for key in CONTRACT_COLUMNS if key not in _NESTED}
        row |= {
            "period_start": period.get("start"),
            "period_end": period.get("end"),
            "period_label": period.get("label"),
            "entities": "; ".join(fact["entities"]),
            "evidence_text": evidence["text"],
            "evidence_start": evidence["start"],
            "evidence_end": evidence["end"],
            "derived_from": "; ".join(fact["derived_from"]),
        }
        rows.append(row)
    columns = [k for k in CONTRACT_COLUMNS if k not in _NESTED]
    columns += ["period_start", "period_end", "period_label", "entities"]
    columns += ["evidence_text", "evidence_start", "evidence_end", "derived_from"]
    return pd.DataFrame.from_records(rows, columns=columns)


_NESTED = {"period", "evidence", "entities", "derived_from"}


def cmd_import(args: argparse.Namespace) -> int:
    """Each file is stored whole or not at all: one bad file costs only itself."""
    from desktop.extract.dates import parse_iso
    from desktop.extract.pipeline import ImportFailure, extract_file

    if args.date and parse_iso(args.date) is None:
        raise UserError(
            f"--date {args.date!r} is not a date of a news article: write it as YYYY-MM-DD."
        )
    failures = 0
    names: list[str] = []  # one per article handed to the writer, in order
    stored: list[Added] = []  # what the writer has committed, in the same order
    with _open(args) as store:
        try:
            with store.batch() as writer:
                stored = writer.stored
                for name in args.files:
                    path = Path(name).expanduser()
                    try:
                        dataset = extract_file(path, title=args.title, date=args.date)
                        writer.add(dataset)
                    except ImportFailure as exc:  # its message names the file
                        _fail(str(exc))
                        failures += 1
                        continue
                    except (ContractError, ValueError, ArithmeticError) as exc:
                        _fail(f"Cannot import {path.name}: {exc}.")
                        failures += 1
                        continue
                    names.append(path.name)
        except (sqlite3.Error, StoreError) as exc:
            _report_imported(names, stored)
            reason = str(exc) if isinstance(exc, StoreError) else _database_problem(exc)
            kept = "Only the files listed above were stored." if stored else "Nothing was stored."
            raise UserError(f"The import stopped. {reason} {kept}") from exc
        _report_imported(names, stored)
        added = [fid for result in stored for fid in result.fact_ids]
        records = [record for fid in added if (record := store.fact(fid)) is not None]
    _print_facts(records, args.format, empty="No new facts.")
    return EXIT_ERROR if failures else 0


def _report_imported(names: list[str], stored: list[Added]) -> None:
    """One line per stored file, written only once its article is committed."""
    for name, result in zip(names, stored, strict=False):
        if result.duplicate:
            print(f"{name}: already stored as article {result.article_id}.", file=sys.stderr)
        else:
            print(
                f"{name}: {len(result.fact_ids)} facts, article {result.article_id}.",
                file=sys.stderr,
            )


def cmd_screenshot(args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser()
    if target.suffix.lower() != ".png":
        raise UserError(f"Cannot write “{target.name}”: screenshots are .png files.")
    if not target.parent.is_dir():
        raise UserError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    width, height = _size(args.size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.screenshot import save_screenshot

    save_screenshot(
        target,
        db_path=getattr(args, "db", None),
        query=args.query,
        topic=args.topic,
        size=(width, height),
    )
    print(f"Wrote {target}", file=sys.stderr)
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise UserError(f"“{text}” is not a size; write WIDTHxHEIGHT, e.g. 1280x800.") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise UserError(f"{text} is outside 320x240 … 8000x8000.")
    return width, height


def cmd_gui(args: argparse.Namespace) -> int:
    if not has_screen():
        raise UserError(
            "No screen is available here, so the window cannot open; "
            "`fact-browser screenshot out.png` renders it to a file instead."
        )
    from desktop.ui.app import run_app

    return run_app(db_path=getattr(args, "db", None))


def has_screen() -> bool:
    """Whether Qt can open a window: a display, or a platform chosen explicitly."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


# -- output helpers --------------------------------------------------------------------


def _print(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _print_json(records: list[dict[str, Any]]) -> None:
    _print(json.dumps(records, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: Any) -> Any:
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def render_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int | None = None,
    clip: int = 16,
) -> str:
    """Aligned columns up to ``clip`` wide; the last wraps to fit the terminal (80 when piped)."""
    width = width or shutil.get_terminal_size((80, 24)).columns
    if not rows:
        return ""
    fixed = [
        max(len(str(headers[i])), *(len(str(row[i])) for row in rows))
        for i in range(len(headers) - 1)
    ]
    fixed = [min(w, clip) for w in fixed]
    used = sum(fixed) + 2 * len(fixed)
    last = max(20, width - used)
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, [*fixed, 0], strict=True)).rstrip()]
    indent = " " * used
    for row in rows:
        cells = [_clip(str(cell), w).ljust(w) for cell, w in zip(row[:-1], fixed, strict=True)]
        wrapped = textwrap.wrap(str(row[-1]), last) or [""]
        lines.append("  ".join([*cells, wrapped[0]]).rstrip())
        lines.extend(indent + more for more in wrapped[1:])
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


_COMMANDS = {
    "gui": cmd_gui,
    "facts": cmd_facts,
    "entities": cmd_entities,
    "articles": cmd_articles,
    "import": cmd_import,
    "export": cmd_export,
    "screenshot": cmd_screenshot,
}
