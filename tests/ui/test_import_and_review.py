"""Importing articles in the window and reviewing their facts, driven as a user does.

Articles are short invented wire reports written into ``tmp_path``; the
import runs on the real background worker against the test's database.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_testing import search_now

from desktop.ui.review_logic import TO_REVIEW

LATVIA = (
    "date 2025-04-14\n"
    "TASHKENT— Trade between Uzbekistan and Latvia reached $412 million in 2024, up 18% "
    "from a year earlier, Deputy Minister of Investment Farrukh Olimov said on Monday.\n\n"
    "Olimov said the two countries plan to open a joint logistics centre in Riga next year.\n"
)
DAIRY = (
    "---\ntitle: Kyrgyz dairy exports to China climb\ndate: 2025-05-02\n---\n"
    "BISHKEK— Kyrgyzstan exported 14,500 tonnes of dairy products to China in the first "
    "quarter of 2025, Agriculture Minister Bakyt Tursunaliev said on Friday.\n\n"
    "The shipments were worth about $23 million, he said.\n"
)
AIRPORT = (
    "<!doctype html><html><head><title>Almaty airport traffic</title>"
    '<meta property="article:published_time" content="2025-03-10T09:00:00Z"></head>'
    "<body><article><p>ALMATY— Almaty International Airport handled more than 2.1 million "
    "passengers in February, the airport's chief executive Dana Serikova said on Monday.</p>"
    "<p>Cargo volumes rose 9% to 18,000 tonnes, she said.</p></article></body></html>"
)


def wheat_report(n: int) -> str:
    """The n-th of a series of distinct short reports."""
    return (
        f"date 2025-06-{n:02d}\n"
        f"ASTANA— Kazakhstan exported {100 + n} thousand tonnes of wheat to Uzbekistan in May, "
        "Agriculture Minister Serik Zhumanov said on Tuesday.\n\n"
        f"Shipments by rail rose {n + 3}% from April, he said.\n"
    )


@pytest.fixture
def wires(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "wires"
    folder.mkdir()
    files = []
    for name, text in (("latvia.txt", LATVIA), ("dairy.md", DAIRY), ("airport.html", AIRPORT)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def import_via_menu(qtbot, window, monkeypatch, paths: list[Path]) -> None:
    """File ▸ Import… with the file dialog answered, then wait for the import."""
    chosen = [str(p) for p in paths]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    with qtbot.waitSignal(window.importing.finished, timeout=30000):
        window.actions.import_files.trigger()


def snapshot(store) -> tuple[list[dict], list[str]]:
    return store.records(""), list(store.articles()["id"])


def type_text(qtbot, widget, text: str) -> None:
    """keyClicks for ASCII; other characters one key event each (keyClicks aborts on them)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


# -- the ways in ------------------------------------------------------------------------


def test_file_import_adds_several_articles_marked_for_review(
    qtbot, window, monkeypatch, wires: list[Path], qtmodeltester
) -> None:
    store = window.store
    import_via_menu(qtbot, window, monkeypatch, wires)
    assert len(store.articles()) == 4
    new = store.count(TO_REVIEW)
    assert new >= 9 and store.count() == 34 + new
    message = window.statusBar().currentMessage()
    assert message == f"Imported 3 articles with {new} new facts to review."
    # Nothing was searched meanwhile, so the window shows what came in.
    assert window.search.text() == TO_REVIEW
    assert window.model.rowCount() == new
    assert window.status.text().startswith(f"{new} of {34 + new} facts")
    facts = [window.model.fact_at(r) for r in range(new)]
    assert all(f["origin"] == "extracted" and not f["reviewed"] for f in facts)
    assert isinstance(window.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert "not reviewed yet" in window.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.detail.review.text() == "Extracted · not reviewed"
    assert window.actions.accept.isEnabled()
    # Counted off the window's thread, so it arrives a moment later.
    qtbot.waitUntil(lambda: window.sidebar_model.index(1, 1).data() == str(new), timeout=3000)
    articles = window.sidebar_model.group("article")
    qtbot.waitUntil(lambda: articles.rowCount() == 4, timeout=5000)
    titles = [articles.child(r, 0).text() for r in range(4)]
    assert "Kyrgyz dairy exports to China climb (2025-05-02)" in titles
    assert window.status.text().split(" · ")[1] == "4 articles"
    assert window.undo_stack.undoText() == "Import 3 articles"
    assert window.importing.report is None  # no file was refused
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.sidebar_model)


def test_paste_dialog_imports_text_with_title_and_date(qtbot, window) -> None:
    QGuiApplication.clipboard().setText(LATVIA.split("\n", 1)[1])  # without its date header
    window.table.setFocus()
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.importing.paste_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.toPlainText().startswith("TASHKENT— Trade between Uzbekistan")
    type_text(qtbot, dialog.title, "Uzbekistan–Latvia trade up 18%")
    qtbot.keyClicks(dialog.date, "2025-13-01")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "“2025-13-01” is not a date" in dialog.error.text()
    assert len(window.store.articles()) == 1
    dialog.date.clear()
    qtbot.keyClicks(dialog.date, "2025-04-14")
    with qtbot.waitSignal(window.importing.finished, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    article = window.store.articles().iloc[-1]
    assert article["title"] == "Uzbekistan–Latvia trade up 18%" and article["date"] == "2025-04-14"
    # One article came in: the window shows its facts and the reader shows it.
    assert window.search.text() == f"article:{article['id']}"
    qtbot.waitUntil(lambda: window.reader.article_id == article["id"], timeout=5000)
    assert window.reader.title.text() == "Uzbekistan–Latvia trade up 18%\nTashkent, 2025-04-14"
    periods = {window.model.index(r, 2).data() for r in range(window.model.rowCount())}
    assert "2024" in periods  # "in 2024" resolved; the typed date reached the extractor


def test_an_empty_paste_cannot_be_imported(qtbot, window) -> None:
    QGuiApplication.clipboard().clear()
    window.actions.paste.trigger()
    dialog = window.importing.paste_dialog
    assert dialog.isVisible() and not dialog.import_button.isEnabled()
    qtbot.keyClicks(dialog.text, "   ")
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def drag_and_drop(target, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    """What a drag does: enter (the window says whether it takes it), then drop."""
    at = QPointF(200, 100)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys)
    if enter.isAccepted():
        QApplication.sendEvent(target, drop)
    return enter, drop


def test_dropping_files_on_the_window_imports_them(qtbot, window, wires: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in wires[:2]])
    # Dropped on the table, the drop reaches the window (the table takes no drops itself).
    with qtbot.waitSignal(window.importing.finished, timeout=30000):
        enter, drop = drag_and_drop(window.table.viewport(), mime)
    assert enter.isAccepted() and drop.isAccepted()
    assert len(window.store.articles()) == 3
    assert window.statusBar().currentMessage().startswith("Imported 2 articles with ")


def test_dropping_text_opens_the_paste_dialog_with_it(window) -> None:
    mime = QMimeData()
    mime.setText(DAIRY)
    drag_and_drop(window.table.viewport(), mime)
    dialog = window.importing.paste_dialog
    assert dialog.isVisible() and dialog.text.toPlainText().startswith("---\ntitle: Kyrgyz")
    dialog.reject()
    assert len(window.store.articles()) == 1


def test_dropping_a_web_address_says_why_it_is_not_imported(window) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/news/1")])
    drag_and_drop(window.table.viewport(), mime)
    assert "save it as .html" in window.statusBar().currentMessage()
    assert len(window.store.articles()) == 1


# -- progress, cancel, bad input ------------------------------------------------------------


def test_progress_shows_and_cancel_half_way_leaves_no_partial_article(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    import desktop.extract.pipeline as pipeline
    import desktop.ui.import_worker as import_worker

    # Extract on the worker thread, where the held extractor below is seen.
    monkeypatch.setattr(import_worker, "PROCESS_FROM", 1000)
    paths = []
    for n in range(1, 13):
        path = tmp_path / f"wheat-{n:02d}.txt"
        path.write_text(wheat_report(n), encoding="utf-8")
        paths.append(path)
    real = pipeline.extract_file
    reached, release = threading.Event(), threading.Event()
    calls: list[Path] = []

    def held_at_the_fourth(path, **kwargs):
        calls.append(Path(path))
        if len(calls) == 4:  # hold the worker while it reads the fourth article
            reached.set()
            release.wait(20)
        return real(path, **kwargs)

    monkeypatch.setattr(pipeline, "extract_file", held_at_the_fourth)
    window.importing.import_paths(paths)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    progress = window.importing.progress
    qtbot.waitUntil(progress.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: progress.bar.value() == 3, timeout=3000)
    assert progress.bar.maximum() == 12
    assert progress.label.text() == "Importing 4 of 12: wheat-04.txt"
    # The window stays usable meanwhile: searching works while the worker is busy.
    search_now(qtbot, window, "turnover")
    assert window.model.rowCount() >= 1
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.label.text() == "Cancelling…"
    with qtbot.waitSignal(window.importing.finished, timeout=20000):
        release.set()
    store = window.store
    articles = store.articles()
    assert len(articles) == 4  # the seed and the three read before Cancel
    for path in paths[:3]:  # each stored article has all its facts
        dataset = real(path)
        assert store.count(f"article:{dataset.article.id}") == len(dataset.facts)
    fourth = real(paths[3])
    assert store.article(fourth.article.id) is None
    assert store.count(f"article:{fourth.article.id}") == 0
    assert len(calls) == 4  # nothing after the cancel was even read
    assert not progress.isVisible()
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported 3 articles with ") and "cancelled after 3 of 12" in message


def test_a_large_import_extracts_in_another_process(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    import desktop.ui.import_worker as import_worker
    from desktop.extract.pipeline import extract_file

    monkeypatch.setattr(import_worker, "PROCESS_FROM", 3)
    paths = []
    for n in range(1, 7):
        path = tmp_path / f"wheat-{n:02d}.txt"
        path.write_text(wheat_report(n), encoding="utf-8")
        paths.append(path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.importing.import_paths([*paths[:3], empty, *paths[3:]])
    importer = window.importing.importer
    with qtbot.waitSignal(window.importing.finished, timeout=60000):
        pass
    assert importer._worker.extracted_in_process == 7  # the sources were read in a process
    assert importer._worker._pool is None  # whose processes ended with the batch
    store = window.store
    for path in paths:
        dataset = extract_file(path)
        assert store.count(f"article:{dataset.article.id}") == len(dataset.facts)
    assert window.importing.report.text() == "Cannot import empty.txt: the file is empty."
    # Cancel after the first article: the rest, read ahead or not, are not stored.
    more = []
    for n in range(7, 15):
        path = tmp_path / f"wheat-{n:02d}.txt"
        path.write_text(wheat_report(n), encoding="utf-8")
        more.append(path)
    # (Cancel is pressed the moment the first article is stored, on the worker's side.)
    importer._worker.imported.connect(
        lambda *_: importer.cancel(), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(window.importing.finished, timeout=60000):
        window.importing.import_paths(more)
    stored = [p for p in more if store.article(extract_file(p).article.id) is not None]
    assert stored == more[:1]
    dataset = extract_file(more[0])
    assert store.count(f"article:{dataset.article.id}") == len(dataset.facts)
    assert "cancelled after 1 of 8" in window.statusBar().currentMessage()
    assert importer._worker._pool is None  # cancelled: what was read ahead is dropped


@pytest.fixture
def bad_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB (sparse: costs no disk)
    (folder / "nul.txt").write_bytes(b"Trade rose 5% to $3 million.\x00\x00 More follows.")
    (folder / "latin.txt").write_bytes(b"Exports rose \x98\x81 to $4 million in May.")
    (folder / "folder.txt").mkdir()
    (folder / "nofact.txt").write_text("Photos: Reuters.\n\nMore soon.", encoding="utf-8")
    return [
        *(folder / n for n in ("empty.txt", "photo.txt", "huge.txt", "nul.txt", "latin.txt")),
        folder / "folder.txt",
        folder / "missing.txt",
        folder / "nofact.txt",
    ]


def test_bad_files_get_one_message_naming_each_and_change_nothing(
    qtbot, window, monkeypatch, bad_files: list[Path], wires: list[Path]
) -> None:
    before = snapshot(window.store)
    import_via_menu(qtbot, window, monkeypatch, bad_files)
    assert snapshot(window.store) == before
    report = window.importing.report
    assert report is not None and report.isVisible()
    text = report.text()
    assert text.startswith("8 of 8 sources were not imported:")
    for reason in (
        "Cannot import empty.txt: the file is empty.",
        "Cannot import photo.txt: it is a binary file, not text.",
        "Cannot import huge.txt: it is 50 MB; articles are limited to 20 MB.",
        "Cannot import nul.txt: it is a binary file, not text.",
        "Cannot import latin.txt: it is not UTF-8 and its encoding could not be recognised.",
        "Cannot import folder.txt: it is a folder, not a file.",
        "Cannot import missing.txt: no such file.",
        "Cannot import nofact.txt: no facts were found in it.",
    ):
        assert reason in text
    assert report.informativeText() == "Nothing already stored was changed."
    assert window.statusBar().currentMessage() == "Nothing was imported · 8 sources refused."
    assert window.undo_stack.count() == 0
    report.close()
    # One bad file among good ones costs only itself; its message is the one sentence.
    import_via_menu(qtbot, window, monkeypatch, [wires[0], bad_files[0]])
    assert report.text() == "Cannot import empty.txt: the file is empty."
    assert len(window.store.articles()) == 2
    report.close()


def test_importing_the_same_article_again_adds_nothing(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    import_via_menu(qtbot, window, monkeypatch, wires[:1])
    before = snapshot(window.store)
    import_via_menu(qtbot, window, monkeypatch, wires[:1])
    assert snapshot(window.store) == before
    assert window.statusBar().currentMessage() == (
        "Nothing was imported · 1 article stored already."
    )


def test_closing_the_window_during_an_import_stops_it_cleanly(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    import desktop.extract.pipeline as pipeline

    window = make_window()
    paths = []
    for n in range(1, 6):
        path = tmp_path / f"wheat-{n:02d}.txt"
        path.write_text(wheat_report(n), encoding="utf-8")
        paths.append(path)
    real = pipeline.extract_file
    reached, release = threading.Event(), threading.Event()

    def held(path, **kwargs):
        reached.set()
        release.wait(20)
        return real(path, **kwargs)

    monkeypatch.setattr(pipeline, "extract_file", held)
    window.importing.import_paths(paths)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    threading.Timer(0.2, release.set).start()
    window.close()  # waits for the article being read, which is then dropped
    assert len(window.store.articles()) == 1 and window.store.count() == 34


# -- reviewing ------------------------------------------------------------------------------


def _import_latvia(qtbot, window, monkeypatch, wires: list[Path]) -> str:
    import_via_menu(qtbot, window, monkeypatch, wires[:1])
    values = [window.model.index(r, 1).data() for r in range(window.model.rowCount())]
    row = values.index("$412 mn")
    window.table.setFocus()
    window.table.select_row(row)
    fact = window.detail.fact
    assert fact["value"] == 412e6 and fact["unit"] == "USD"
    return fact["id"]


def key(qtbot, window, which, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in the fact table (after a dialog closed, the window is active again)."""

    def active() -> bool:
        # Asked again on each try: under load the offscreen platform may drop a request.
        if QApplication.activeWindow() is not window:
            window.activateWindow()
        return QApplication.activeWindow() is window

    qtbot.waitUntil(active, timeout=10000)
    window.table.setFocus()
    qtbot.keyClick(window.table, which, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_accept_marks_reviewed_and_ctrl_z_restores(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    fact_id = _import_latvia(qtbot, window, monkeypatch, wires)
    store = window.store
    waiting = store.count(TO_REVIEW)
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert store.fact(fact_id)["reviewed"] is True
    assert window.detail.review.text() == "Extracted · reviewed"
    assert not window.actions.accept.isEnabled()
    qtbot.waitUntil(
        lambda: window.sidebar_model.index(1, 1).data() == str(waiting - 1), timeout=3000
    )
    assert window.statusBar().currentMessage() == "Accepted. Ctrl+Z undoes it."
    assert window.undo_stack.undoText() == "Accept fact"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.fact(fact_id)["reviewed"] is False
    assert window.detail.fact["id"] == fact_id
    assert window.detail.review.text() == "Extracted · not reviewed"
    assert window.statusBar().currentMessage() == "Undo: Accept fact"
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert store.fact(fact_id)["reviewed"] is True


def test_an_edit_the_evidence_does_not_state_is_refused_with_the_reason(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    fact_id = _import_latvia(qtbot, window, monkeypatch, wires)
    before = window.store.fact(fact_id)
    key(qtbot, window, Qt.Key.Key_F2)
    editor = window.reviewing.editor
    assert editor is not None and editor.isVisible()
    assert editor.value.text() == "412 mn" and editor.unit.currentText() == "USD"
    editor.value.selectAll()
    qtbot.keyClicks(editor.value, "500 mn")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.error.isVisible()
    assert editor.error.text().startswith("The evidence does not state $500 mn: “Trade between")
    assert window.statusBar().currentMessage().startswith("Not saved: The evidence does not state")
    assert window.store.fact(fact_id) == before
    assert window.undo_stack.undoText() == "Import 1 article"
    editor.value.selectAll()
    qtbot.keyClicks(editor.value, "many")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "“many” is not a number" in editor.error.text()
    editor.reject()
    assert window.store.fact(fact_id) == before


def test_edit_every_field_then_undo_and_redo(qtbot, window, monkeypatch, wires: list[Path]) -> None:
    fact_id = _import_latvia(qtbot, window, monkeypatch, wires)
    store = window.store
    before = store.fact(fact_id)
    window.actions.edit_fact.trigger()
    editor = window.reviewing.editor
    # The evidence also states 18%: choose it from the figures it states.
    stated = [editor.stated.itemText(i) for i in range(editor.stated.count())]
    assert stated == ["Stated in the evidence…", "$412 mn", "18 %"]
    editor.stated.setCurrentIndex(2)
    editor.stated.activated.emit(2)
    assert (editor.value.text(), editor.unit.currentText()) == ("18", "percent")
    editor.statement.selectAll()
    type_text(qtbot, editor.statement, "Uzbekistan–Latvia trade grew 18% in 2024.")
    editor.qualifier.setCurrentIndex(editor.qualifier.findText("about"))
    editor.period_label.selectAll()
    qtbot.keyClicks(editor.period_label, "calendar 2024")
    editor.topic.setCurrentIndex(editor.topic.findText("Trade"))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=3000)
    qtbot.keyClick(editor.statement, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves
    assert not editor.isVisible(), editor.error.text()
    after = store.fact(fact_id)
    assert after["statement"] == "Uzbekistan–Latvia trade grew 18% in 2024."
    assert (after["value"], after["unit"], after["qualifier"]) == (18.0, "percent", "approx")
    assert after["period"] == {"start": "2024-01-01", "end": "2024-12-31", "label": "calendar 2024"}
    assert after["topic"] == "trade" and after["reviewed"] is True
    assert after["evidence"] == before["evidence"]
    # Table, detail pane and reader show the edit at once.
    row = window.table.current_row()
    assert window.model.index(row, 0).data() == "Uzbekistan–Latvia trade grew 18% in 2024."
    assert window.model.index(row, 1).data() == "≈ 18 %"
    assert window.detail.statement.text() == "Uzbekistan–Latvia trade grew 18% in 2024."
    assert window.detail.period.text() == "calendar 2024"
    assert window.undo_stack.undoText() == "Edit statement, value, qualifier, period and topic"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.fact(fact_id) == before
    assert window.detail.statement.text() == before["statement"]
    assert window.model.index(window.table.current_row(), 1).data() == "$412 mn"
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert store.fact(fact_id) == after


def test_delete_removes_the_fact_and_ctrl_z_brings_it_back(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    fact_id = _import_latvia(qtbot, window, monkeypatch, wires)
    store = window.store
    before = store.fact(fact_id)
    count = window.model.rowCount()
    row = window.table.current_row()
    key(qtbot, window, Qt.Key.Key_Delete)
    assert store.fact(fact_id) is None
    assert window.model.rowCount() == count - 1
    assert window.table.current_row() == min(row, count - 2)  # the next fact is current
    assert window.detail.fact["id"] != fact_id
    assert window.statusBar().currentMessage() == "Deleted. Ctrl+Z brings it back."
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.fact(fact_id) == before
    assert window.detail.fact["id"] == fact_id
    assert window.model.rowCount() == count


def test_delete_in_the_search_field_edits_the_text_only(qtbot, window) -> None:
    search_now(qtbot, window, "turnover")
    count = window.store.count()
    window.search.setFocus()
    window.search.setCursorPosition(0)
    qtbot.keyClick(window.search, Qt.Key.Key_Delete)
    assert window.search.text() == "urnover"
    assert window.store.count() == count


def test_undo_an_import_removes_its_articles_and_redo_brings_them_back(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    import_via_menu(qtbot, window, monkeypatch, wires[:2])
    store = window.store
    added = store.count(TO_REVIEW)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(store.articles()) == 1 and store.count() == 34
    assert window.model.rowCount() == 0  # the To review list is empty now
    assert window.results.currentWidget() is window.empty
    qtbot.waitUntil(lambda: window.sidebar_model.index(1, 1).data() == "", timeout=3000)
    articles = window.sidebar_model.group("article")
    qtbot.waitUntil(lambda: articles.rowCount() == 1, timeout=5000)
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert len(store.articles()) == 3 and store.count(TO_REVIEW) == added
    assert window.model.rowCount() == added
    qtbot.waitUntil(lambda: articles.rowCount() == 3, timeout=5000)


def test_facts_imported_after_an_undone_import_show_their_own_rows(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    """SQLite gives the new facts the rowids the undone import freed: the table's
    rows read before the undo must not stand in for them."""

    def drawn() -> list[tuple[int, str]]:
        window.table.scrollToBottom()  # painted: the rows are read, and kept
        qtbot.wait(20)
        model = window.model
        return [(model.rowid_at(r), model.index(r, 0).data()) for r in range(model.rowCount())]

    def stored() -> list[tuple[int, str]]:
        rowids = window.model.rowids()
        facts = window.store.rows(rowids)
        return [(rowid, fact["statement"]) for rowid, fact in zip(rowids, facts, strict=True)]

    import_via_menu(qtbot, window, monkeypatch, wires[:1])
    window.show_query("")
    latvia = drawn()[34:]
    assert latvia and latvia == stored()[34:]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # the import goes, its rowids are free again
    assert window.store.count() == 34
    import_via_menu(qtbot, window, monkeypatch, wires[1:2])
    window.show_query("")
    dairy = stored()[34:]
    assert {rowid for rowid, _text in dairy} & {rowid for rowid, _text in latvia}  # reused
    assert drawn() == stored()


def test_review_actions_follow_the_current_fact(qtbot, window) -> None:
    search_now(qtbot, window, "turnover")
    assert window.detail.fact["origin"] == "curated"
    assert window.detail.review.text() == "Curated"
    assert not window.actions.accept.isEnabled()
    assert window.actions.edit_fact.isEnabled() and window.actions.delete_fact.isEnabled()
    search_now(qtbot, window, "zzzzqqq")
    assert not window.actions.edit_fact.isEnabled()


# -- reviewing while an import runs -------------------------------------------------------


def _hold_extraction_of(monkeypatch, name: str) -> threading.Event:
    """Extract on the worker thread and hold it before reading ``name``; set the event to go on."""
    import desktop.extract.pipeline as pipeline
    import desktop.ui.import_worker as import_worker

    monkeypatch.setattr(import_worker, "PROCESS_FROM", 1000)
    real = pipeline.extract_file
    release = threading.Event()

    def held(path, **kwargs):
        if Path(path).name == name:
            release.wait(20)
        return real(path, **kwargs)

    monkeypatch.setattr(pipeline, "extract_file", held)
    return release


def _review_first_article_mid_import(qtbot, window, wires: list[Path]) -> tuple[str, str]:
    """While dairy.md is held: delete one fact of latvia.txt and accept another."""
    from desktop.extract.pipeline import extract_file

    importer = window.importing.importer
    window.importing.import_paths(wires[:2])
    qtbot.waitUntil(lambda: importer.done == 1, timeout=20000)
    assert importer.busy
    window.show_query(f"article:{extract_file(wires[0]).article.id}")
    qtbot.waitUntil(lambda: window.model.rowCount() >= 2, timeout=5000)
    window.table.select_row(0)
    deleted = window.detail.fact["id"]
    key(qtbot, window, Qt.Key.Key_Delete)
    assert window.store.fact(deleted) is None
    accepted = window.detail.fact["id"]
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert window.store.fact(accepted)["reviewed"] is True
    return deleted, accepted


def _stack(window) -> list[str]:
    stack = window.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_undo_and_redo_stay_consistent_with_review_during_an_import(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    store = window.store
    stack = window.undo_stack
    undo = window.actions.undo
    before_import = snapshot(store)
    release = _hold_extraction_of(monkeypatch, "dairy.md")
    deleted, accepted = _review_first_article_mid_import(qtbot, window, wires)
    # The import's step came with its first article, so the reviews sit above it.
    assert _stack(window) == ["Import 1 article", "Delete fact", "Accept fact"]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.fact(deleted) is not None and store.fact(accepted)["reviewed"] is False
    # The import is next and still runs: Undo is off, and Ctrl+Z does nothing.
    assert stack.index() == 1 and not undo.isEnabled()
    assert undo.text() == "&Undo Import 1 article"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert stack.index() == 1 and len(store.articles()) == 2
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert store.fact(deleted) is None and store.fact(accepted)["reviewed"] is True
    with qtbot.waitSignal(window.importing.finished, timeout=20000):
        release.set()
    assert _stack(window) == ["Import 2 articles", "Delete fact", "Accept fact"]
    after_import = snapshot(store)
    assert len(after_import[1]) == 3
    # Undo everything, the import last; redo everything, the import first.
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert stack.index() == 0 and snapshot(store) == before_import
    assert not undo.isEnabled()
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert stack.index() == 3 and snapshot(store) == after_import
    assert store.fact(deleted) is None and store.fact(accepted)["reviewed"] is True
    # Part way and back again.
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.fact(deleted) is not None and store.fact(accepted)["reviewed"] is False
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert snapshot(store) == before_import
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert store.fact(deleted) is not None and store.fact(accepted)["reviewed"] is False
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert snapshot(store) == after_import
    assert "failed" not in window.statusBar().currentMessage()


def test_an_import_too_large_to_undo_is_a_floor_undo_stops_at(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    import desktop.ui.import_worker as import_worker

    monkeypatch.setattr(import_worker, "UNDO_LIMIT", 1)
    store = window.store
    stack = window.undo_stack
    # With nothing above it, the step leaves the stack: earlier steps stay undoable.
    import_via_menu(qtbot, window, monkeypatch, wires[2:])
    assert stack.count() == 1  # one article: undoable
    import_via_menu(qtbot, window, monkeypatch, wires[:2][::-1])
    assert "cannot be undone" in window.statusBar().currentMessage()
    assert _stack(window) == ["Import 1 article"]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert len(store.articles()) == 4
    # With a review above it, it stays, and Undo stops there.
    more = wires[0].parent
    for n in (1, 2):
        (more / f"wheat-{n}.txt").write_text(wheat_report(n), encoding="utf-8")
    release = _hold_extraction_of(monkeypatch, "wheat-2.txt")
    deleted, _accepted = _review_first_article_mid_import(
        qtbot, window, [more / "wheat-1.txt", more / "wheat-2.txt"]
    )
    with qtbot.waitSignal(window.importing.finished, timeout=20000):
        release.set()
    assert _stack(window)[1:] == [
        "Import 2 articles (cannot be undone)",
        "Delete fact",
        "Accept fact",
    ]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.fact(deleted) is not None and not window.actions.undo.isEnabled()
    stored = snapshot(store)
    stack.undo()  # called directly: refused, and the store is left alone
    assert snapshot(store) == stored
    assert "cannot be undone" in window.statusBar().currentMessage()
    stack.redo()
    assert snapshot(store) == stored and stack.index() == 2


def test_a_busy_database_is_reported_not_raised(
    qtbot, window, monkeypatch, wires: list[Path]
) -> None:
    fact_id = _import_latvia(qtbot, window, monkeypatch, wires)
    store = window.store

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    with monkeypatch.context() as patched:
        patched.setattr(store, "update_fact", locked)
        key(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert window.statusBar().currentMessage() == (
        "Not saved: The database is busy (an import or another program is writing); try again."
    )
    assert window.undo_stack.undoText() == "Import 1 article"
    with monkeypatch.context() as patched:
        patched.setattr(store, "delete_fact", locked)
        key(qtbot, window, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage().startswith("Cannot delete this fact: The database")
    assert store.fact(fact_id) is not None
    key(qtbot, window, Qt.Key.Key_Delete)
    with monkeypatch.context() as patched:
        patched.setattr(store, "restore_fact", locked)
        key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.statusBar().currentMessage() == (
        "Undo: Delete fact failed: The database is busy (an import or another program is "
        "writing); try again."
    )
