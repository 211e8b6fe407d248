"""Shared fixtures: every test gets its own database, settings and data dirs.

No test may touch the user's real database or Qt settings, so HOME, the XDG
folders and FACT_BROWSER_DB point into a temporary folder for every test, and
Qt renders offscreen (no screen is needed, none is used).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

if not os.environ.get("QT_QPA_PLATFORM"):  # unset, or set empty: never a real screen
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("FACT_BROWSER_DB", str(home / "facts.sqlite"))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "facts.sqlite"


@pytest.fixture
def store(db_path: Path):
    from desktop.store import Store

    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run the command line in-process; returns (exit code, stdout, stderr)."""
    from desktop.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def fresh_python():
    """Run a script in a new interpreter (what a fresh process imports is the point);
    returns its stdout, stripped, and fails the test with its stderr if it fails."""
    import subprocess
    import sys

    def run(script: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    return run


@pytest.fixture
def interrupting():
    """A context in which every statement of ``store`` is interrupted, as a newer
    search from the UI thread (``Store.interrupt``) stops the worker's."""
    from contextlib import contextmanager

    @contextmanager
    def interrupted(store):
        store._conn.set_progress_handler(lambda: store.interrupt() or 0, 1)
        try:
            yield
        finally:
            store._conn.set_progress_handler(None, 1)

    return interrupted
