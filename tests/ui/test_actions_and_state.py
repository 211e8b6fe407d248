"""Copy with citation, export, menus, saved state, the screenshot and the entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QTableWidget
from ui_testing import fact_id, search_now

from desktop.store import StoreError

TURNOVER = (
    "Kazakhstan–China bilateral trade turnover reached $31.5 billion in 2023."
    " — Akorda press service, Astana, 2024-03-27"
)


def _select_turnover(qtbot, window) -> None:
    search_now(qtbot, window, "turnover 31.5")
    window.table.select_row(0)
    assert window.detail.fact["id"] == fact_id("trade-turnover-2023")


def test_ctrl_c_on_a_fact_copies_it_with_its_citation(qtbot, window) -> None:
    _select_turnover(qtbot, window)
    QGuiApplication.clipboard().clear()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == TURNOVER
    QGuiApplication.clipboard().clear()
    window.actions.copy.trigger()  # Edit ▸ Copy does the same
    assert QGuiApplication.clipboard().text() == TURNOVER


def test_copy_in_the_search_field_copies_the_selected_text(qtbot, window) -> None:
    _select_turnover(qtbot, window)
    window.search.setFocus()
    window.search.selectAll()
    window.actions.copy.trigger()
    assert QGuiApplication.clipboard().text() == "turnover 31.5"


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_export_writes_the_facts_in_view(qtbot, window, tmp_path: Path, suffix: str) -> None:
    search_now(qtbot, window, "topic:investment")
    target = tmp_path / f"view{suffix}"
    assert window.export_view(target)
    assert "Exported 7 facts" in window.statusBar().currentMessage()
    if suffix == ".json":
        ids = [fact["id"] for fact in json.loads(target.read_text(encoding="utf-8"))]
        assert ids == [window.model.fact_at(r)["id"] for r in range(7)]
    elif suffix == ".csv":
        lines = target.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("id,article_id,topic") and len(lines) == 8
    else:
        assert target.read_bytes()[:2] == b"PK"


def test_export_menu_asks_for_a_file(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "chosen.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions.export.trigger()
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 34


def test_export_to_a_missing_folder_reports_calmly(window, tmp_path: Path) -> None:
    assert not window.export_view(tmp_path / "missing" / "x.csv")
    assert "Cannot write" in window.statusBar().currentMessage()


def test_view_panes_and_help_windows(qtbot, window) -> None:
    window.actions.panes["charts"].trigger()
    assert not window.charts.isVisible()
    window.actions.panes["charts"].trigger()
    assert window.charts.isVisible()
    window.actions.shortcuts.trigger()
    dialog = window._dialogs["shortcuts"]
    assert dialog.isVisible()
    table = dialog.findChild(QTableWidget, "shortcuts")
    assert table.item(0, 0).text() == "Ctrl+F, Ctrl+K"
    dialog.close()
    window.actions.about.trigger()
    about = window._dialogs["about"]
    qtbot.waitUntil(about.isVisible, timeout=2000)
    assert "Fact Browser 0.1.0" in about.text()
    about.close()


def test_state_persists_in_the_test_config(qtbot, make_window, settings_file: Path) -> None:
    first = make_window(restore=True)
    search_now(qtbot, first, "tokayev")
    first.sidebar.topic_chosen.emit("meetings")
    first.actions.themes["dark"].trigger()
    first.main_split.setSizes([220, 730, 330])
    sizes = first.main_split.sizes()
    first.close()
    assert settings_file.is_file()
    from desktop.ui.app import build_window
    from desktop.ui.settings import open_settings

    second = build_window(first.store, open_settings(settings_file))
    qtbot.addWidget(second)
    # (The offscreen screen is 800x600: restoring the geometry made the window fit it,
    # and the panes shrank with it. A window as wide as before has the panes as before.)
    second.resize(first.size())
    second.show()
    second.start()
    qtbot.waitUntil(lambda: second.is_ready, timeout=5000)
    assert second.search.text() == "tokayev"
    assert second.topic == "meetings"
    assert second.model.rowCount() == first.store.count("tokayev", topic="meetings")
    assert second.theme == "dark" and second.actions.themes["dark"].isChecked()
    assert second.main_split.sizes() == sizes
    second.set_theme("light")


def test_settings_live_under_the_isolated_config_dir(isolated_home: Path) -> None:
    from desktop.ui.settings import settings_path

    assert settings_path().is_relative_to(isolated_home)


def test_screenshot_renders_the_window_in_the_asked_state(db_path: Path, tmp_path: Path) -> None:
    from desktop.ui.screenshot import save_screenshot

    target = tmp_path / "shot.png"
    save_screenshot(target, db_path=str(db_path), query="trade", topic="trade", size=(1000, 700))
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1000, 700)
    assert not (Path.home() / ".config" / "fact-browser" / "settings.ini").exists()


def test_run_app_lets_a_store_error_reach_the_command_line(tmp_path: Path, capsys) -> None:
    from desktop.cli import main
    from desktop.ui.app import run_app

    bad = tmp_path / "no-such-folder" / "facts.sqlite"
    with pytest.raises(StoreError):
        run_app(str(bad))
    assert main(["--db", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("fact-browser: ") and "\n" not in err


def test_run_app_shows_the_window_and_returns_the_exit_code(db_path: Path, monkeypatch) -> None:
    from desktop.ui.app import run_app
    from desktop.ui.main_window import MainWindow

    shown: list[MainWindow] = []

    def fake_exec(self) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.extend(w for w in windows if w.isVisible())
        for w in windows:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_app(str(db_path)) == 0
    assert shown and shown[0].windowTitle().startswith("Fact Browser")


def test_saved_searches_are_kept_clicked_and_forgotten(
    qtbot, make_window, settings_file: Path
) -> None:
    window = make_window(restore=True)
    search_now(qtbot, window, "value>1e9")
    window.actions.save.trigger()
    search_now(qtbot, window, "person:tokayev")
    window.actions.save.trigger()
    assert window.sidebar_model.saved_searches() == ["value>1e9", "person:tokayev"]
    window.close()
    again = make_window(restore=True)
    group = again.sidebar_model.group("saved")
    assert again.sidebar_model.saved_searches() == ["value>1e9", "person:tokayev"]
    again.sidebar.expand(group.index())
    first = group.child(0, 0).index()
    rect = again.sidebar.visualRect(first)
    qtbot.mouseClick(again.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert again.search.text() == "value>1e9"
    assert again.model.rowCount() == again.store.count("value>1e9")
    again.sidebar.setFocus()
    qtbot.keyClick(again.sidebar, Qt.Key.Key_Delete)
    assert again.sidebar_model.saved_searches() == ["person:tokayev"]


def test_changing_theme_keeps_the_style_and_changes_the_palette(qtbot, window) -> None:
    """Replacing the style deletes the old one under widgets that may still use it."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    style = QApplication.style()
    window.actions.themes["dark"].trigger()
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness()
    window.actions.themes["light"].trigger()
    light = QApplication.palette().color(QPalette.ColorRole.Base).lightness()
    assert QApplication.style() is style
    assert dark < 128 <= light
