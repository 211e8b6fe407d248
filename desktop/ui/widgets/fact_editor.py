"""Edit a fact (F2): statement, value and unit, qualifier, period, topic.

The evidence is shown and cannot change: a value must be one it states, and
the figures it does state are offered in a list. The dialog only collects;
the window stores the edit (undoably) and, when the store refuses it, the
reason appears here and the dialog stays open with what was typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import Topic
from desktop.formatting import format_amount
from desktop.ui.review_logic import (
    COMMON_UNITS,
    QUALIFIER_LABELS,
    changed_fields,
    parse_value,
    period_from,
    value_text,
)


class FactEditor(QDialog):
    submitted = Signal(str, object)  # fact id, the changed fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fact_editor")
        self.setWindowTitle("Edit fact")
        self.fact: dict[str, Any] = {}
        self._value_text = ""
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("editor_evidence")
        self.evidence.setReadOnly(True)
        self.evidence.setMaximumHeight(72)
        self.evidence.setToolTip("The article's words this fact stands on; they cannot be edited")
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("editor_statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumHeight(64)
        self.value = QLineEdit()
        self.value.setObjectName("editor_value")
        self.value.setPlaceholderText("none")
        self.value.setToolTip("e.g. 31.5 bn, 4,700 or 64 — it must be a figure the evidence states")
        self.unit = QComboBox()
        self.unit.setObjectName("editor_unit")
        self.unit.setEditable(True)
        self.unit.addItems(COMMON_UNITS)
        self.unit.setToolTip("ISO 4217 currency code (USD, CNY…), percent, count, tonne…")
        self.stated = QComboBox()
        self.stated.setObjectName("editor_stated")
        self.stated.setToolTip("Figures the evidence states: choose one to use it as the value")
        self.stated.activated.connect(self._on_stated_chosen)
        self.qualifier = QComboBox()
        self.qualifier.setObjectName("editor_qualifier")
        for key, label in QUALIFIER_LABELS.items():
            self.qualifier.addItem(label, key)
        self.period_label = QLineEdit()
        self.period_label.setObjectName("editor_period_label")
        self.period_label.setPlaceholderText("label, e.g. 2023 or Q1 2024")
        self.period_label.setToolTip("How the period reads; all three fields empty: no period")
        self.period_start = QLineEdit()
        self.period_start.setObjectName("editor_period_start")
        self.period_start.setPlaceholderText("from YYYY-MM-DD")
        self.period_start.setToolTip("The period's first day, YYYY-MM-DD")
        self.period_end = QLineEdit()
        self.period_end.setObjectName("editor_period_end")
        self.period_end.setPlaceholderText("to YYYY-MM-DD")
        self.period_end.setToolTip("The period's last day, YYYY-MM-DD")
        self.topic = QComboBox()
        self.topic.setObjectName("editor_topic")
        for topic in Topic:
            self.topic.addItem(topic.value.capitalize(), topic.value)
        self.reviewed = QCheckBox("Mark as reviewed")
        self.reviewed.setToolTip("You have checked this fact against its evidence")
        self.error = QLabel()
        self.error.setObjectName("editor_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; }")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip("Store the edit (Ctrl+Enter); Ctrl+Z in the window undoes it")
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 2)
        value_row.addWidget(self.unit, 1)
        value_row.addWidget(self.stated, 2)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_label, 2)
        period_row.addWidget(self.period_start, 1)
        period_row.addWidget(self.period_end, 1)
        form = QFormLayout()
        form.addRow("Evidence", self.evidence)
        form.addRow("&Statement", self.statement)
        form.addRow(_buddy("&Value", self.value), value_row)
        form.addRow("&Qualifier", self.qualifier)
        form.addRow(_buddy("&Period", self.period_label), period_row)
        form.addRow("&Topic", self.topic)
        form.addRow("", self.reviewed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._on_save)
        self.resize(640, 420)

    def edit(self, fact: dict[str, Any]) -> None:
        """Fill the fields from ``fact`` and open (window-modal, never blocking)."""
        self.fact = fact
        self.evidence.setPlainText(fact["evidence"]["text"])
        self.statement.setPlainText(fact["statement"])
        self._value_text = value_text(fact["value"])
        self.value.setText(self._value_text)
        self.unit.setCurrentText(fact["unit"] or "")
        self._fill_stated(fact["evidence"]["text"])
        self.qualifier.setCurrentIndex(max(0, self.qualifier.findData(fact["qualifier"])))
        period = fact["period"] or {}
        self.period_label.setText(period.get("label") or "")
        self.period_start.setText(period.get("start") or "")
        self.period_end.setText(period.get("end") or "")
        self.topic.setCurrentIndex(max(0, self.topic.findData(fact["topic"])))
        self.reviewed.setChecked(True)
        self.reviewed.setVisible(fact["origin"] == "extracted")
        derived = fact["origin"] == "derived"
        for widget in (self.value, self.unit, self.stated):
            widget.setEnabled(not derived)
        self.error.hide()
        self.open()
        QTimer.singleShot(0, self.activateWindow)  # once shown: its Ctrl+Enter works at once
        self.statement.setFocus()

    def show_error(self, reason: str) -> None:
        """The store refused the edit: say why and keep what was typed."""
        self.error.setText(reason)
        self.error.show()

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the fact; raises ValueError for an unreadable value."""
        fact = self.fact
        if self.value.text().strip() == self._value_text:
            value = fact["value"]  # untouched: no float round trip
        else:
            value = parse_value(self.value.text())
        unit = self.unit.currentText().strip() or None
        if value is None:
            unit = None
        elif unit is None:
            raise ValueError("Choose a unit for the value (USD, percent, count…).")
        statement = " ".join(self.statement.toPlainText().split())
        if statement == " ".join(fact["statement"].split()):
            statement = fact["statement"]
        fields = (self.period_label.text(), self.period_start.text(), self.period_end.text())
        old = fact["period"] or {}
        if tuple(f.strip() for f in fields) == tuple(
            old.get(k) or "" for k in ("label", "start", "end")
        ):
            period = fact["period"]
        else:
            period = period_from(*fields)
        after: dict[str, Any] = {
            "statement": statement,
            "value": value,
            "unit": unit,
            "qualifier": self.qualifier.currentData(),
            "period": period,
            "topic": self.topic.currentData(),
        }
        if fact["origin"] == "extracted" and self.reviewed.isChecked():
            after["reviewed"] = True
        return changed_fields(fact, after)

    def _fill_stated(self, evidence: str) -> None:
        from desktop.extract.readings import figures_in

        self.stated.clear()
        self.stated.addItem("Stated in the evidence…", None)
        seen = set()
        for mention in figures_in(evidence):
            key = (mention.value, mention.unit)
            if key in seen:
                continue
            seen.add(key)
            self.stated.addItem(format_amount(mention.value, mention.unit), key)
        self.stated.setVisible(self.stated.count() > 1)

    def _on_stated_chosen(self, index: int) -> None:
        key = self.stated.itemData(index)
        if key:
            value, unit = key
            self.value.setText(value_text(value))
            self.unit.setCurrentText(unit)
        self.stated.setCurrentIndex(0)

    def _on_save(self) -> None:
        try:
            changes = self.changes()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.submitted.emit(self.fact["id"], changes)


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt+letter focuses ``widget`` (rows that hold several fields)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label
