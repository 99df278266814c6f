"""The plan's controls at the top of the prevention plan screen: weekdays, time, session,
reminders, the tray and start at login. Thin: it shows a plan and says when the user changed
it; the plan controller keeps it (settings, reminders, autostart)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.plan import names
from cramp_coach.plan.schedule import ALTERNATE, WeeklyPlan
from cramp_coach.ui.access import describe
from cramp_coach.ui.dialog_fit import wrapping
from cramp_coach.ui.flow_layout import FlowLayout
from cramp_coach.ui.texts import plain_label, scaled_font

SESSIONS = (ALTERNATE, "strength-a", "strength-b", "warm-up", "post-run")


@dataclass(frozen=True)
class PlanChoice:
    """What the form shows: the plan and its three switches."""

    plan: WeeklyPlan
    reminders: bool
    keep_in_tray: bool
    start_at_login: bool
    log_page: bool = False


class PlanForm(QWidget):
    """Weekday boxes, a time, a session and three switches; `changed` on every edit."""

    changed = Signal(object)  # PlanChoice

    def __init__(self, choice: PlanChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        heading = plain_label("plan_heading")
        heading.setText(self.tr("Your plan"))
        scaled_font(heading, 24, bold=True)
        guidance = plain_label("plan_guidance")
        guidance.setText(
            self.tr(
                "General guidance for strength work: 2 to 3 days a week, with a rest day "
                "between (for example Monday and Thursday). Not medical advice."
            )
        )
        scaled_font(guidance, 17)
        column.addWidget(heading)
        column.addWidget(guidance)

        days = FlowLayout()
        self.days: list[QCheckBox] = []
        for number, name in enumerate(names.day_names()):
            box = QCheckBox(name)
            describe(
                box,
                name,
                self.tr("A planned session on this day. Space ticks or clears it."),
            )
            box.setChecked(number in choice.plan.days)
            scaled_font(box, 18)
            box.toggled.connect(self._edited)
            days.add(box)
            self.days.append(box)
        column.addLayout(days)

        row = FlowLayout()
        time_label = plain_label("plan_time_label", wrap=False)
        time_label.setText(self.tr("At"))
        time_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.time = QTimeEdit(QTime(choice.plan.at.hour, choice.plan.at.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        describe(self.time, self.tr("Time"), self.tr("When the planned session starts."))
        time_label.setBuddy(self.time)
        self.session = QComboBox()  # as wide as the line: a long name never widens the page
        self.session.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session.setMinimumContentsLength(8)
        self.session.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for session in SESSIONS:
            self.session.addItem(names.session_title(session), session)
        found = self.session.findData(choice.plan.session)
        if found < 0:  # a user's own session, kept as it is
            self.session.addItem(names.session_title(choice.plan.session), choice.plan.session)
            found = self.session.count() - 1
        self.session.setCurrentIndex(found)
        describe(self.session, self.tr("Session"), self.tr("Which session is planned."))
        for widget in (time_label, self.time, self.session):
            scaled_font(widget, 18)
            row.add(widget)
        self.time.timeChanged.connect(self._edited)
        self.session.currentIndexChanged.connect(self._edited)
        column.addLayout(row)

        self.reminders = QCheckBox(self.tr("Remind me at this time (a desktop notification)"))
        self.keep_in_tray = QCheckBox(
            self.tr("Keep Cramp Coach in the system tray when its window closes")
        )
        self.start_at_login = QCheckBox(self.tr("Start Cramp Coach when I log in"))
        self.log_page = QCheckBox(
            self.tr("Print this plan as a log to fill in, on a second page of the routine sheet")
        )
        for box, on in (
            (self.reminders, choice.reminders),
            (self.keep_in_tray, choice.keep_in_tray),
            (self.start_at_login, choice.start_at_login),
            (self.log_page, choice.log_page),
        ):
            describe(box, box.text(), self.tr("Space turns it on or off; kept at once."))
            box.setChecked(on)
            box.toggled.connect(self._edited)
            row_of_box = wrapping(box)
            scaled_font(row_of_box, 18)  # its words are in a label beside it
            column.addWidget(row_of_box)
        self.next_line = plain_label("plan_next")
        scaled_font(self.next_line, 18, bold=True)
        column.addWidget(self.next_line)
        self.controls: list[QWidget] = [
            *self.days,
            self.time,
            self.session,
            self.reminders,
            self.keep_in_tray,
            self.start_at_login,
            self.log_page,
        ]

    def choice(self) -> PlanChoice:
        days = tuple(number for number, box in enumerate(self.days) if box.isChecked())
        at = self.time.time()
        return PlanChoice(
            WeeklyPlan(days, at.toPython(), str(self.session.currentData())),  # type: ignore[arg-type]
            self.reminders.isChecked(),
            self.keep_in_tray.isChecked(),
            self.start_at_login.isChecked(),
            self.log_page.isChecked(),
        )

    def show_next(self, line: str) -> None:
        self.next_line.setText(line)

    def _edited(self) -> None:
        self.changed.emit(self.choice())
