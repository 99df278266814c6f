"""The prevention plan page: the source's advice, section by section, linked to the library."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from cramp_coach.content.prevention import Plan
from cramp_coach.i18n import fill
from cramp_coach.ui.access import describe, name_scroll_bars, tab_chain
from cramp_coach.ui.actions import back_keys, hint, with_key
from cramp_coach.ui.keys import bind_keys
from cramp_coach.ui.plan_form import PlanForm
from cramp_coach.ui.texts import plain_label, scaled_font


class PreventionScreen(QWidget):
    """Shows the plan; each section's exercises open in the library."""

    exercise_requested = Signal(str)  # exercise id
    closed = Signal()

    def __init__(
        self,
        plan: Plan,
        names: dict[str, str],
        parent: QWidget | None = None,
        form: PlanForm | None = None,
    ) -> None:
        super().__init__(parent)
        page = QWidget()
        column = QVBoxLayout(page)
        title = plain_label("title")
        title.setText(plan.title)
        scaled_font(title, 36, bold=True)
        column.addWidget(title)
        if form is not None:  # the user's weekly plan (issue 19), above the advice
            column.addWidget(form)
        self.links: list[QPushButton] = []
        for section in plan.sections:
            heading = plain_label("heading")
            heading.setText(section.heading)
            scaled_font(heading, 24, bold=True)
            points = plain_label("points")
            points.setText("\n".join(f"• {p}" for p in section.points))
            scaled_font(points, 19)
            column.addWidget(heading)
            column.addWidget(points)
            for exercise_id in section.exercises:
                name = names.get(exercise_id, exercise_id)
                link = QPushButton(fill(self.tr("Show: %1"), name))
                describe(
                    link,
                    fill(self.tr("Show %1"), name),
                    self.tr("Opens this exercise in the exercise library. Press Enter."),
                )
                link.setAutoDefault(True)  # Enter presses it (Space does anyway)
                scaled_font(link, 18)  # next to 19 px points: not a footnote
                link.clicked.connect(lambda _=False, e=exercise_id: self.exercise_requested.emit(e))
                column.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
                self.links.append(link)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # PageDown, PageUp, arrows scroll
        describe(
            scroll,
            self.tr("Prevention plan"),
            self.tr("What helps prevent the next cramp. Page Down, Page Up and the arrows scroll."),
        )
        name_scroll_bars(scroll, self.tr("Scroll the prevention plan"))
        self.setFocusProxy(scroll)
        self.scroll = scroll
        back = QPushButton(with_key(self.tr("Back"), "stop"))
        scaled_font(back, 18)
        back.clicked.connect(self.closed)
        back.setAutoDefault(True)
        describe(
            back,
            self.tr("Back"),
            fill(self.tr("Goes back to the first screen. Press %1."), hint("stop")),
        )
        self.back = back
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        controls = form.controls if form is not None else []
        tab_chain([scroll, *controls, *self.links, back])  # the page, its plan and links, Back
        bind_keys(self, back_keys(self.closed.emit))
