"""Dialogs of the journal: "why did it happen?", and adding or editing an episode by hand."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.content.routine import MAX_REPS
from cramp_coach.i18n import fill
from cramp_coach.journal.rules import CAUSES
from cramp_coach.journal.store import UNFINISHED, Episode
from cramp_coach.routine.flow import Outcome
from cramp_coach.ui.access import describe, tab_chain
from cramp_coach.ui.dialog_fit import ChoiceBox, fit_dialog, wrapping
from cramp_coach.ui.texts import plain_label

WHERE = ("spread", "stayed")  # the one "where was the cramp?" answer; the rest are checkboxes


class WhyDialog(QDialog):
    """The short check from the source: where the cramp was, and what else was going on."""

    def __init__(self, chosen: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why did it happen?"))
        chosen = set(chosen)
        by_id = {cause.id: cause for cause in CAUSES}
        intro = QLabel(
            self.tr(
                "Tick what fits. The answers point to likely contributors and to what helps "
                "prevent the next cramp; they are not a diagnosis."
            )
        )
        intro.setWordWrap(True)
        self.setAccessibleDescription(intro.text())
        where_box = QGroupBox(self.tr("Where was the cramp?"))
        where_layout = QVBoxLayout(where_box)
        self.where = QButtonGroup(self)
        self.where.setExclusive(True)
        self.not_sure = QRadioButton(self.tr("Not sure"))
        self.where.addButton(self.not_sure)
        self.where_buttons: dict[str, QRadioButton] = {}
        for cause_id in WHERE:
            button = QRadioButton(by_id[cause_id].question)
            self.where.addButton(button)
            where_layout.addWidget(wrapping(button))
            button.setChecked(cause_id in chosen)
            self.where_buttons[cause_id] = button
        where_layout.addWidget(wrapping(self.not_sure))
        if not chosen & set(WHERE):
            self.not_sure.setChecked(True)
        one = self.tr("One answer: where the cramp was. The arrow keys choose.")
        for button in (*self.where_buttons.values(), self.not_sure):
            describe(button, button.accessibleName() or button.text(), one)
        other_box = QGroupBox(self.tr("Anything else that day or in your training?"))
        other_layout = QVBoxLayout(other_box)
        self.boxes: dict[str, QCheckBox] = {}
        for cause in CAUSES:
            if cause.id in WHERE:
                continue
            box = QCheckBox(cause.question)
            box.setChecked(cause.id in chosen)
            describe(box, cause.question, self.tr("Tick it if it fits. Press Space."))
            other_layout.addWidget(wrapping(box))
            self.boxes[cause.id] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        _describe_buttons(buttons, self.tr("Saves the answers. Press Enter."))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addWidget(where_box)
        column.addWidget(other_box)
        fit_dialog(self, body, buttons)
        radios = [*self.where_buttons.values(), self.not_sure]  # as shown, top to bottom
        tab_chain([*radios, *self.boxes.values(), *_in_order(buttons)])
        (self.where.checkedButton() or radios[0]).setFocus()  # Tab stops at the checked one

    def causes(self) -> set[str]:
        chosen = {cause_id for cause_id, box in self.boxes.items() if box.isChecked()}
        chosen |= {cause_id for cause_id, b in self.where_buttons.items() if b.isChecked()}
        return chosen


OUTCOME_NAMES = {  # by the name the journal stores; translated where shown (marked in i18n)
    Outcome.EASED.value: "It eased",
    Outcome.PROLONGED.value: "Prolonged (still there after the last stretch)",
    Outcome.STOPPED.value: "Stopped part-way",
    Outcome.UNANSWERED.value: "No answer given",
    Outcome.INJURY.value: "Suspected strain",  # the triage answer "could be an injury"
    UNFINISHED: "Unfinished",
}
LEGS = (("", "Not recorded"), ("left", "Left"), ("right", "Right"))


@dataclass(frozen=True)
class EpisodeFields:
    """What the user typed for an episode."""

    started_at: datetime
    leg: str | None
    reps: int
    outcome: str
    note: str


class EpisodeDialog(QDialog):
    """Adds a past episode by hand, or edits one."""

    def __init__(
        self,
        episode: Episode | None = None,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit episode") if episode else self.tr("Add a past episode"))
        now = now or datetime.now(UTC)
        started = episode.started_at if episode else now
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(started.timestamp())))
        self.when.setCalendarPopup(True)
        # a cramp can only be logged once it has happened
        self.when.setMaximumDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp()) + 60))
        describe(
            self.when,
            self.tr("When it started"),
            self.tr("Date and time of the cramp. Up and Down change the part the cursor is in."),
        )
        self.leg = ChoiceBox()
        describe(self.leg, self.tr("Leg"), self.tr("Which leg cramped."))
        for value, name in LEGS:
            self.leg.addItem(self.tr(name), value)
        self.leg.setCurrentIndex(max(0, self.leg.findData((episode.leg if episode else "") or "")))
        self.reps = QSpinBox()
        self.reps.setRange(0, MAX_REPS)  # as many as a routine file may ask for
        self.reps.setValue(episode.reps if episode else 0)
        describe(
            self.reps,
            self.tr("Stretches done"),
            fill(self.tr("How many stretches were done, 0 to %1."), MAX_REPS),
        )
        self.outcome = ChoiceBox()
        describe(self.outcome, self.tr("How it ended"), self.tr("How the cramp ended."))
        for value, name in OUTCOME_NAMES.items():
            if value != UNFINISHED or (episode and episode.outcome == UNFINISHED):
                self.outcome.addItem(self.tr(name), value)
        self.outcome.setCurrentIndex(
            max(0, self.outcome.findData(episode.outcome if episode else Outcome.EASED.value))
        )
        self.note = QLineEdit(episode.note if episode else "")
        describe(self.note, self.tr("Note"), self.tr("Anything to remember about this cramp."))
        self.note.setMaxLength(500)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        _describe_buttons(buttons, self.tr("Saves the episode. Press Enter."))
        body = QWidget()
        form = QFormLayout(body)
        # A label over its field when the two do not fit side by side (large text).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Started:"), self.when)
        form.addRow(self.tr("Leg:"), self.leg)
        form.addRow(self.tr("Stretches done:"), self.reps)
        form.addRow(self.tr("How it ended:"), self.outcome)
        form.addRow(self.tr("Note:"), self.note)
        fit_dialog(self, body, buttons)
        fields = [self.when, self.leg, self.reps, self.outcome, self.note]
        tab_chain([*fields, *_in_order(buttons)])
        self.when.setFocus(Qt.FocusReason.OtherFocusReason)

    def fields(self) -> EpisodeFields:
        seconds = self.when.dateTime().toSecsSinceEpoch()
        return EpisodeFields(
            started_at=datetime.fromtimestamp(seconds, UTC),
            leg=str(self.leg.currentData()) or None,
            reps=self.reps.value(),
            outcome=str(self.outcome.currentData()),
            note=self.note.text().strip(),
        )


class ResultDialog(QDialog):
    """What the "why" answers point to: one text that scrolls, and OK (Enter or Esc)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label = plain_label("result")
        self.label.setText(text)
        self.setAccessibleDescription(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        QVBoxLayout(body).addWidget(self.label)
        fit_dialog(self, body, buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        ok.setFocus()


def _describe_buttons(buttons: QDialogButtonBox, saves: str) -> None:
    """Save and Cancel: their names come from their text; what they do and their keys."""
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    save.setAccessibleDescription(saves)
    cancel.setAccessibleDescription(
        QCoreApplication.translate("JournalDialogs", "Closes without saving. Press Escape.")
    )


def _in_order(buttons: QDialogButtonBox) -> list[QWidget]:
    """The box's buttons left to right, as this platform lays them out (Save, Cancel or
    Cancel, Save), so Tab never runs backwards."""
    layout = buttons.layout()
    if layout is None:
        return list(buttons.buttons())
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QPushButton):
            found.append(widget)
    return found
