"""The menu bar and its actions, kept out of the main window module.

Actions are built here and connected to the window's public methods, so the
window module stays about wiring views together, and tests can trigger any
action by name (``window.actions.copy.trigger()``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    ("Ctrl+Q", "Quit"),
    ("F1", "This list"),
)


@dataclass
class Actions:
    export: QAction
    quit: QAction
    copy: QAction
    find: QAction
    save: QAction
    themes: dict[str, QAction]
    panes: dict[str, QAction]
    shortcuts: QAction
    about: QAction


def build_menus(window: MainWindow) -> Actions:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    export = _action(window, "&Export…", "Ctrl+E", window.ask_export)
    export.setToolTip("Write the facts in view to .csv, .json or .xlsx")
    quit_ = _action(window, "&Quit", QKeySequence.StandardKey.Quit, window.close)
    file_menu.addAction(export)
    file_menu.addSeparator()
    file_menu.addAction(quit_)

    edit_menu = bar.addMenu("&Edit")
    copy = _action(window, "&Copy with citation", QKeySequence.StandardKey.Copy, window.copy)
    find = QAction("&Find", window)
    find.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
    find.triggered.connect(window.focus_search)
    save = _action(window, "&Save search", QKeySequence.StandardKey.Save, window.save_search)
    save.setToolTip("Keep the current query under Saved searches in the sidebar")
    edit_menu.addAction(copy)
    edit_menu.addAction(find)
    edit_menu.addAction(save)

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
    return Actions(export, quit_, copy, find, save, themes, panes, shortcuts, about)


def _action(window: MainWindow, text: str, shortcut: object, slot: object) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
    action.triggered.connect(slot)  # type: ignore[arg-type]
    return action
