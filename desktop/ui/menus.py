"""The menu bar and its actions, kept out of the main window module.

Actions are built here and connected to the window's public methods, so the
window module stays about wiring views together, and tests can trigger any
action by name (``window.actions.copy.trigger()``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop.ui.theme import THEMES

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SHORTCUTS = (
    ("Ctrl+F, Ctrl+K", "Focus the search field"),
    ("Esc", "Clear the search (in the search field)"),
    ("Down", "Move from the search field into the table"),
    ("Enter", "Open the detail of the current fact"),
    ("Ctrl+C", "Copy the fact with its citation"),
    ("Ctrl+S", "Save the search (Delete on it in the sidebar forgets it)"),
    ("Ctrl+E", "Export the facts in view"),
    ("Ctrl+O", "Import article files (.txt .md .html); or drop them on the window"),
    ("Ctrl+Shift+V", "Paste an article's text, with its title and date"),
    ("Ctrl+Enter", "Accept the extracted fact as it stands"),
    ("F2", "Edit the fact: statement, value, qualifier, period, topic"),
    ("Delete", "Delete the fact (in the fact table)"),
    ("Ctrl+Z, Ctrl+Shift+Z", "Undo, redo an accept, edit, delete or import"),
    ("Ctrl+Q", "Quit"),
    ("F1", "This list"),
)


@dataclass
class Actions:
    import_files: QAction
    paste: QAction
    export: QAction
    quit: QAction
    copy: QAction
    find: QAction
    save: QAction
    undo: QAction
    redo: QAction
    accept: QAction
    edit_fact: QAction
    delete_fact: QAction
    themes: dict[str, QAction]
    panes: dict[str, QAction]
    shortcuts: QAction
    about: QAction


def build_menus(window: MainWindow) -> Actions:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    importing = window.importing
    import_files = _action(window, "&Import…", QKeySequence.StandardKey.Open, importing.ask_files)
    import_files.setToolTip(
        "Import articles (.txt .md .html); dropping files on the window works too"
    )
    paste = _action(window, "&Paste article…", "Ctrl+Shift+V", importing.ask_paste)
    paste.setToolTip("Import an article's text from the clipboard, with its title and date")
    file_menu.addAction(import_files)
    file_menu.addAction(paste)
    file_menu.addSeparator()
    export = _action(window, "&Export…", "Ctrl+E", window.ask_export)
    export.setToolTip("Write the facts in view to .csv, .json or .xlsx")
    quit_ = _action(window, "&Quit", QKeySequence.StandardKey.Quit, window.close)
    file_menu.addAction(export)
    file_menu.addSeparator()
    file_menu.addAction(quit_)

    edit_menu = bar.addMenu("&Edit")
    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    copy = _action(window, "&Copy with citation", QKeySequence.StandardKey.Copy, window.copy)
    find = QAction("&Find", window)
    find.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
    find.triggered.connect(window.focus_search)
    save = _action(window, "&Save search", QKeySequence.StandardKey.Save, window.save_search)
    save.setToolTip("Keep the current query under Saved searches in the sidebar")
    edit_menu.addAction(copy)
    edit_menu.addAction(find)
    edit_menu.addAction(save)
    edit_menu.addSeparator()
    reviewing = window.reviewing
    accept = QAction("&Accept fact", window)
    accept.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    accept.setToolTip("The extracted fact is right as it stands: mark it reviewed (Ctrl+Enter)")
    accept.triggered.connect(reviewing.accept)
    edit_fact = _action(window, "&Edit fact…", "F2", reviewing.edit)
    edit_fact.setToolTip("Correct the statement, value, qualifier, period or topic (F2)")
    delete_fact = _action(window, "&Delete fact", QKeySequence.StandardKey.Delete, reviewing.delete)
    delete_fact.setToolTip("Remove the fact; Ctrl+Z brings it back")
    # Delete acts in the fact table only: elsewhere it edits text or forgets a saved search.
    delete_fact.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.table.addAction(delete_fact)
    for action, short in ((accept, "Accept"), (edit_fact, "Edit…"), (delete_fact, "Delete")):
        action.setIconText(short)  # the detail pane's buttons
        edit_menu.addAction(action)

    view_menu = bar.addMenu("&View")
    panes: dict[str, QAction] = {}
    for key, title in (("sidebar", "&Sidebar"), ("reader", "&Article"), ("charts", "C&harts")):
        action = QAction(title, window, checkable=True, checked=True)
        action.toggled.connect(lambda on, k=key: window.set_pane_visible(k, on))
        view_menu.addAction(action)
        panes[key] = action
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu("&Theme")
    group = QActionGroup(window)
    themes: dict[str, QAction] = {}
    for theme in THEMES:
        label = "Follow &system" if theme == "system" else f"&{theme.capitalize()}"
        action = QAction(label, window, checkable=True)
        action.triggered.connect(lambda _=False, t=theme: window.set_theme(t))
        group.addAction(action)
        theme_menu.addAction(action)
        themes[theme] = action

    help_menu = bar.addMenu("&Help")
    shortcuts = _action(window, "&Keyboard shortcuts", "F1", window.show_shortcuts)
    about = _action(window, "&About Fact Browser", None, window.show_about)
    help_menu.addAction(shortcuts)
    help_menu.addAction(about)
    for menu in (file_menu, edit_menu, view_menu, help_menu):
        menu.setToolTipsVisible(True)
    return Actions(
        import_files,
        paste,
        export,
        quit_,
        copy,
        find,
        save,
        undo,
        redo,
        accept,
        edit_fact,
        delete_fact,
        themes,
        panes,
        shortcuts,
        about,
    )


def _action(window: MainWindow, text: str, shortcut: object, slot: object) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
    action.triggered.connect(slot)  # type: ignore[arg-type]
    return action
