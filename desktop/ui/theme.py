"""Light, dark or follow-the-system palettes, and one colour per topic.

Topic colours are mid-tones: blended into the base colour they tint text
backgrounds readably in both themes (the reader's highlights, the legend).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark", "system")

TOPIC_COLOURS = {
    "trade": "#e8a33d",
    "investment": "#4caf7a",
    "officials": "#5b8def",
    "meetings": "#b07cd8",
    "cooperation": "#3fb8c4",
    "economy": "#e06c75",
    "geography": "#a3a84a",
    "diplomacy": "#d98cb3",
}


def topic_colour(topic: str) -> QColor:
    return QColor(TOPIC_COLOURS.get(topic, "#999999"))


def tint(colour: QColor, base: QColor, amount: float) -> QColor:
    """``colour`` mixed into ``base``: a highlight that keeps text readable."""
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * amount,
        base.greenF() + (colour.greenF() - base.greenF()) * amount,
        base.blueF() + (colour.blueF() - base.blueF()) * amount,
    )


#: The text colours a label on a coloured shape chooses between.
DARK_TEXT = "#1d1d1f"
LIGHT_TEXT = "#ffffff"


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colour_on(background: QColor) -> QColor:
    """Dark text on a light shape, light text on a dark one: whichever reads better,
    whatever the theme (a label inside a chart's bar)."""
    dark, light = QColor(DARK_TEXT), QColor(LIGHT_TEXT)
    return dark if contrast(dark, background) >= contrast(light, background) else light


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def resolve(theme: str) -> str:
    """``light`` or ``dark``: what ``system`` means on this desktop now."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with an explicit palette, so both themes look the same everywhere.

    The style is set once: ``setStyle`` deletes the style it replaces, and a widget still
    waiting for its deferred deletion could then reach freed memory (a crash seen after many
    windows in one test run); changing theme only needs a new palette.
    """
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if resolve(theme) == "dark" else light_palette())


def light_palette() -> QPalette:
    roles = {
        QPalette.ColorRole.Window: "#f3f3f3",
        QPalette.ColorRole.WindowText: "#1d1d1f",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f6f7f9",
        QPalette.ColorRole.Text: "#1d1d1f",
        QPalette.ColorRole.Button: "#ececec",
        QPalette.ColorRole.ButtonText: "#1d1d1f",
        QPalette.ColorRole.Highlight: "#2f6fde",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffe8",
        QPalette.ColorRole.ToolTipText: "#1d1d1f",
        QPalette.ColorRole.PlaceholderText: "#8a8a8e",
        QPalette.ColorRole.Link: "#1f5fbf",
        QPalette.ColorRole.Mid: "#c8c8c8",
    }
    return _palette(roles, disabled="#a0a0a4")


def dark_palette() -> QPalette:
    roles = {
        QPalette.ColorRole.Window: "#25272b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1b1c1f",
        QPalette.ColorRole.AlternateBase: "#222428",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#34373c",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7ae0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#34373c",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8d9096",
        QPalette.ColorRole.Link: "#7fb0ff",
        QPalette.ColorRole.Mid: "#4a4d52",
    }
    return _palette(roles, disabled="#77797e")


def _palette(roles: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    """A palette of these colours, whose disabled menu items and buttons look disabled."""
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette
