"""The prevention library: exercises with pictures, search and filter, and the details of each."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QPixmap, QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.content.exercises import Exercise, Goal, Library
from cramp_coach.content.reader import clean_text
from cramp_coach.content.sessions import Session, dosed
from cramp_coach.i18n import fill
from cramp_coach.ui.access import describe, enter_or, name_scroll_bars, tab_chain
from cramp_coach.ui.actions import back_keys, bind_action, hint, with_key
from cramp_coach.ui.announce import announce
from cramp_coach.ui.keys import bind_keys
from cramp_coach.ui.texts import (
    FitsOnResize,
    fit_type,
    plain_label,
    plain_tooltip,
    scaled_font,
    widest_word,
    zoom_floor,
)
from cramp_coach.ui.user_pictures import show_picture

SKIPPED_SHOWN = 200  # lines in the list of skipped files; the rest are counted


class LibraryScreen(FitsOnResize, QWidget):
    """Lists the exercises (shipped and the user's own); Enter starts a guided set."""

    guide_requested = Signal(object)  # Exercise
    session_requested = Signal(str)  # a session's id
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = Library([], [])
        self.goal_names = {
            Goal.STRENGTH: self.tr("Hamstring strength"),
            Goal.BALANCE: self.tr("Hamstring/quadriceps balance"),
            Goal.LOOSE: self.tr("Staying loose"),
        }
        self.search = QLineEdit()
        self.search.setPlaceholderText(fill(self.tr("Search by name (%1)"), hint("search")))
        describe(
            self.search,
            self.tr("Search exercises"),
            fill(
                self.tr("Shows only the exercises whose name has these words. Press %1."),
                hint("search"),
            ),
        )
        self.search.setClearButtonEnabled(True)
        self.goal = QComboBox()
        describe(
            self.goal,
            self.tr("Filter by goal"),
            self.tr("Shows only the exercises for one goal."),
        )
        self.goal.addItem(self.tr("All goals"), None)
        for goal, name in self.goal_names.items():
            self.goal.addItem(name, goal)
        self.list = QListWidget()
        describe(
            self.list,
            self.tr("Exercises"),
            self.tr("Up and Down choose an exercise; Enter starts its guided set."),
        )
        name_scroll_bars(self.list, self.tr("Scroll the exercises"))
        self.list.setIconSize(QSize(96, 72))
        self.list.setSpacing(4)
        # Long names (Spanish, German, a bigger text size) wrap rather than run off the side.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        # Single exercises, or sessions of several: one list at a time, so neither is squeezed;
        # the switch sits beside Back, taking no row of its own.
        self.sessions_button = QPushButton()
        self.sessions_button.setObjectName("show_sessions")
        self.sessions_button.setCheckable(True)
        self.sessions = QListWidget()
        self.sessions.setObjectName("sessions")
        describe(
            self.sessions,
            self.tr("Sessions"),
            self.tr("Up and Down choose a session; Enter starts it, exercise after exercise."),
        )
        name_scroll_bars(self.sessions, self.tr("Scroll the sessions"))
        self.sessions.setWordWrap(True)
        self.sessions.setSpacing(4)
        self.sessions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sessions.setVisible(False)  # until the Sessions tab is chosen
        self.session_list: list[Session] = []
        self.empty = plain_label("empty")
        self.empty.setText(self.tr("No exercise matches."))
        # The files skipped: one line, and their list (scrolled, a few lines high) on request,
        # so that thousands of them never squeeze the exercises out of the column.
        self.problems = plain_label("problems")
        self.problems_button = QPushButton(self.tr("Show the skipped files"))
        self.problems_button.setObjectName("show_problems")
        self.problems_button.setCheckable(True)
        self.problem_list = QPlainTextEdit()
        self.problem_list.setObjectName("problem_list")
        self.problem_list.setReadOnly(True)
        self.problem_list.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problem_list.setMaximumBlockCount(SKIPPED_SHOWN + 1)
        describe(
            self.problem_list,
            self.tr("Skipped files"),
            self.tr("Your exercise files that could not be read, and why."),
        )
        self.problems_button.toggled.connect(self.problem_list.setVisible)
        self.problems_button.setVisible(False)
        self.problem_list.setVisible(False)
        self.drawn: dict[str, QPixmap] = {}  # the user's own pictures, drawn (ui.user_pictures)
        # The shipped pictures' icons, drawn once (the list is filled again when the user's
        # own exercises arrive), by picture, card colour and size.
        self._icons: dict[tuple[str, str, int, int], QIcon] = {}

        self.picture = QSvgWidget()
        self.picture.setObjectName("picture")
        self.picture.setMinimumSize(160, 120)  # in a narrow column (large text) smaller
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.user_picture = plain_label("user_picture", wrap=False)  # a user's, once drawn
        self.user_picture.setVisible(False)
        self.name = plain_label("name")
        self.badge = plain_label("badge")
        self.purpose = plain_label("purpose")
        self.dose = plain_label("dose")
        self.per_week = plain_label("per_week")  # strength work: how many days a week
        self.source = plain_label("source")
        self.how_heading = plain_label("how_heading")
        self.how_heading.setText(self.tr("General guidance, not from the source article:"))
        self.how = plain_label("how")
        self.mistakes = plain_label("mistakes")
        self.avoid = plain_label("avoid")
        self.basis = plain_label("basis")  # the published reference the guidance follows
        self.start = QPushButton(with_key(self.tr("Start guided set"), "confirm"))
        self.start.setObjectName("start_guided")
        self.back = QPushButton(with_key(self.tr("Back"), "stop"))
        describe(
            self.start,
            self.tr("Start guided set"),
            fill(
                self.tr("Guides you through the chosen exercise, set by set. Press %1."),
                hint("confirm"),
            ),
        )
        describe(
            self.back,
            self.tr("Back"),
            fill(self.tr("Goes back to the first screen. Press %1."), hint("stop")),
        )

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.goal)
        left.addWidget(self.list, 1)
        left.addWidget(self.sessions, 1)
        left.addWidget(self.empty)
        left.addWidget(self.problems)
        left.addWidget(self.problems_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.problem_list)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back)
        bottom.addWidget(self.sessions_button)
        left.addLayout(bottom)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.name)  # first: in view whatever the text size
        column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.user_picture, 0, Qt.AlignmentFlag.AlignHCenter)
        # What the source says first; everything under the heading is general guidance, and
        # last comes its basis.
        for label in (self.badge, self.source, self.how_heading, self.purpose):
            column.addWidget(label)
        for label in (self.dose, self.per_week, self.how, self.mistakes, self.avoid, self.basis):
            column.addWidget(label)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Up and down only: a sideways bar hid the heading under it (300 % in 800x600)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        describe(
            scroll,
            self.tr("Exercise details"),
            self.tr("How to do the chosen exercise. The arrow keys scroll."),
        )
        name_scroll_bars(scroll, self.tr("Scroll the exercise details"))
        self.details = scroll
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.start)
        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addLayout(right, 3)

        self.search.textChanged.connect(self._filter)
        self.goal.currentIndexChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self._guide())
        self.sessions.currentItemChanged.connect(lambda *_: self._show_session())
        self.sessions.itemActivated.connect(lambda _item: self._guide())
        self.sessions_button.toggled.connect(self._switch_lists)
        self._name_sessions_button()
        self.start.clicked.connect(self._guide)
        self.back.clicked.connect(self.closed)
        bind_keys(self, back_keys(self.closed.emit))  # the search field keeps its Backspace
        bind_action(
            self, [("confirm", enter_or(self, self._guide)), ("search", self.search.setFocus)]
        )
        # Left column, then right: top to bottom.
        skipped = [self.problems_button, self.problem_list]
        tab_chain(
            [
                self.search,
                self.goal,
                self.list,
                self.sessions,
                *skipped,
                self.back,
                self.sessions_button,
                self.details,
                self.start,
            ]
        )
        self._apply_sizes()

    def set_library(self, library: Library, reading: bool = False) -> None:
        """The exercises to list (the one chosen stays chosen); `reading`: the user's own
        files are still being read."""
        chosen = self.current()
        self.library = library
        self.list.clear()
        for exercise in library.exercises:
            item = QListWidgetItem(self._title(exercise))
            item.setData(Qt.ItemDataRole.UserRole, exercise)
            self._set_icon(item, exercise)
            item.setToolTip(plain_tooltip(exercise.purpose))
            self.list.addItem(item)
        self._show_problems(library, reading)
        self._filter()
        if chosen is not None:
            self.select(chosen.id)

    def _show_problems(self, library: Library, reading: bool) -> None:
        problems = library.problems
        if reading:
            line = self.tr("Reading your own exercises…")
        elif problems:
            line = fill(self.tr("%1 of your exercise files were skipped."), library.skipped)
        else:
            line = ""
        self.problems.setText(line)
        self.problems.setVisible(bool(line))
        shown = [fill(self.tr("Skipped: %1"), p) for p in problems[:SKIPPED_SHOWN]]
        if len(problems) > SKIPPED_SHOWN:
            shown.append(fill(self.tr("… and %1 more"), len(problems) - SKIPPED_SHOWN))
        self.problem_list.setPlainText("\n".join(shown))
        lines = min(len(shown), 5)  # a few lines, scrolled: the exercises keep their room
        margins = self.problem_list.contentsMargins()
        height = self.problem_list.fontMetrics().lineSpacing() * lines + margins.top() * 2 + 8
        self.problem_list.setMaximumHeight(height)
        self.problems_button.setVisible(bool(problems) and not reading)
        self.problem_list.setVisible(self.problems_button.isChecked() and bool(problems))

    def _set_icon(self, item: QListWidgetItem, exercise: Exercise) -> None:
        if exercise.picture is None:
            return
        if not exercise.users:  # on a light card, so it shows in high contrast too
            item.setIcon(self._shipped_icon(str(exercise.picture)))
        elif str(exercise.picture) in self.drawn:  # never drawn here: see ui.user_pictures
            item.setIcon(QIcon(self.drawn[str(exercise.picture)]))

    def _shipped_icon(self, path: str) -> QIcon:
        from cramp_coach.ui.theme import painted_colours

        size = self.list.iconSize()
        key = (path, painted_colours().picture_card, size.width(), size.height())
        if key not in self._icons:
            self._icons[key] = picture_icon(path, size)
        return self._icons[key]

    def show_drawn(self, path: str, pixmap: QPixmap) -> None:
        """A user's picture, drawn: in the list, and in the details if shown now."""
        self.drawn[path] = pixmap
        for i in range(self.list.count()):
            item = self.list.item(i)
            exercise: Exercise = item.data(Qt.ItemDataRole.UserRole)
            if str(exercise.picture) == path:
                self._set_icon(item, exercise)
        current = self.current()
        if current is not None and str(current.picture) == path:
            self._show_current()

    def _title(self, exercise: Exercise) -> str:
        mine = self.tr("  (yours)") if exercise.users else ""
        return f"{exercise.name}{mine}\n{exercise.dose}"

    def select(self, exercise_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole).id == exercise_id:
                self.list.setCurrentRow(i)

    def _filter(self) -> None:
        words = self.search.text().strip().lower()
        goal = self.goal.currentData()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            exercise: Exercise = item.data(Qt.ItemDataRole.UserRole)
            hidden = (words and words not in exercise.name.lower()) or (
                goal is not None and goal not in exercise.goals
            )
            item.setHidden(bool(hidden))
            if not hidden and first is None:
                first = item
        if first is None and not self.empty.isVisibleTo(self) and self.list.count():
            announce(self, self.empty.text())  # the list went empty: say so, once
        self.empty.setVisible(first is None and not self.showing_sessions)
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self.start.setEnabled(first is not None)
        self._show_current()  # nothing matches: no exercise left on show from before

    def current(self) -> Exercise | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    def set_sessions(self, sessions: list[Session]) -> None:
        """The sessions to list (shipped, then the user's own), each with its exercises."""
        chosen = self.sessions.currentRow()
        self.session_list = list(sessions)
        self.sessions.clear()
        for session in sessions:
            mine = self.tr("  (yours)") if session.users else ""
            many = len(session.items)
            count = self.tr("1 exercise") if many == 1 else fill(self.tr("%1 exercises"), many)
            item = QListWidgetItem(f"{session.name}{mine}\n{count}")
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setToolTip(plain_tooltip(session.purpose))
            self.sessions.addItem(item)
        self.sessions.setCurrentRow(chosen if 0 <= chosen < self.sessions.count() else 0)

    @property
    def showing_sessions(self) -> bool:
        """The sessions are listed (and shown in the details), not the single exercises."""
        return self.sessions_button.isChecked()

    def _name_sessions_button(self) -> None:
        if self.showing_sessions:
            text, what = self.tr("Exercises"), self.tr("Lists the single exercises again.")
        else:
            text = self.tr("Sessions")
            what = self.tr("Lists the sessions: several exercises in a row, guided end to end.")
        self.sessions_button.setText(text)
        describe(self.sessions_button, text, what)

    def _switch_lists(self) -> None:
        sessions = self.showing_sessions
        self._name_sessions_button()
        for widget in (self.search, self.goal, self.list):
            widget.setVisible(not sessions)
        self.sessions.setVisible(sessions)
        if self.isVisible():  # the list switched to is where the keys go on
            (self.sessions if sessions else self.list).setFocus()
        if sessions:
            self.empty.setVisible(False)
            self._show_session()
        else:
            self._filter()

    def current_session(self) -> Session | None:
        row = self.sessions.currentRow()
        return self.session_list[row] if 0 <= row < len(self.session_list) else None

    def _show_session(self) -> None:
        """The session chosen, in the details: what it is for and its exercises with doses."""
        session = self.current_session()
        if session is None or not self.showing_sessions:
            return
        by_id = {e.id: e for e in self.library.exercises}
        self.details.setVisible(True)
        self.picture.setVisible(False)
        self.user_picture.setVisible(False)
        self.name.setText(session.name)
        self.badge.setText(fill(self.tr("Your own session, from %1"), clean_text(session.path)))
        self.badge.setVisible(session.users)
        self.purpose.setText(session.purpose)
        lines = []
        for number, item in enumerate(session.items, 1):
            exercise = by_id.get(item.exercise_id)
            if exercise is not None:
                at_dose = dosed(exercise, item)
                lines.append(f"{number}. {at_dose.name}: {at_dose.dose}")
        self.how.setText("\n".join(lines))
        self.dose.setText(
            fill(
                self.tr("%1 s to get ready, %2 s rest between exercises"),
                session.get_ready_seconds,
                session.rest_between_seconds,
            )
        )
        for label in (self.source, self.per_week, self.mistakes, self.avoid):
            label.setVisible(False)
        self.how_heading.setVisible(bool(session.basis))
        self.basis.setText(fill(self.tr("Basis of this guidance: %1"), session.basis))
        self.basis.setVisible(bool(session.basis))
        self._name_start()
        self._apply_sizes()

    def _name_start(self) -> None:
        if self.showing_sessions:
            text, what = (
                self.tr("Start session"),
                self.tr(
                    "Guides you through the chosen session, exercise after exercise. Press %1."
                ),
            )
        else:
            text, what = (
                self.tr("Start guided set"),
                self.tr("Guides you through the chosen exercise, set by set. Press %1."),
            )
        self.start.setText(with_key(text, "confirm"))
        describe(self.start, text, fill(what, hint("confirm")))
        self.start.setEnabled(
            self.current_session() is not None
            if self.showing_sessions
            else self.current() is not None
        )

    def _show_current(self) -> None:
        if self.showing_sessions:
            self._show_session()
            return
        exercise = self.current()
        self._name_start()
        self.details.setVisible(exercise is not None)
        if exercise is None:
            return
        for label in (self.source, self.mistakes, self.avoid, self.how_heading):
            label.setVisible(True)
        drawn = self.drawn.get(str(exercise.picture))
        show_picture(self.picture, self.user_picture, exercise, drawn)
        for picture in (self.picture, self.user_picture):
            describe(picture, fill(self.tr("Picture: %1"), exercise.name), exercise.purpose)
        self.name.setText(exercise.name)
        self.badge.setText(fill(self.tr("Your own exercise, from %1"), clean_text(exercise.path)))
        self.badge.setVisible(exercise.users)
        goals = ", ".join(self.goal_names[g] for g in exercise.goals)
        good_for = self.tr("Good for:")
        self.purpose.setText(f"{exercise.purpose}\n{good_for} {goals}")
        rest = (
            fill(self.tr(", %1 s rest between sets"), exercise.rest_seconds)
            if exercise.rest_seconds and exercise.sets > 1
            else ""
        )
        self.dose.setText(f"{exercise.dose}{rest} · {exercise.tempo}")
        self.per_week.setText(fill(self.tr("How often: %1"), exercise.per_week))
        self.per_week.setVisible(bool(exercise.per_week))
        self.basis.setText(fill(self.tr("Basis of this guidance: %1"), exercise.basis))
        self.basis.setVisible(bool(exercise.basis))  # the user's own file may name none
        self.source.setText(fill(self.tr("From the source article: %1"), exercise.from_source))
        self.how.setText("\n".join(f"{n}. {s}" for n, s in enumerate(exercise.steps, 1)))
        self.mistakes.setText(
            self.tr("Common mistakes:") + "\n" + "\n".join(f"• {m}" for m in exercise.mistakes)
        )
        self.avoid.setText(
            self.tr("Don't do it:") + "\n" + "\n".join(f"• {a}" for a in exercise.avoid)
        )
        self._apply_sizes()  # its longest word fits the details' width

    def _guide(self) -> None:
        session = self.current_session() if self.showing_sessions else None
        if session is not None:
            self.session_requested.emit(session.id)
            return
        exercise = self.current()
        if exercise is not None:
            self.guide_requested.emit(exercise)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._apply_sizes()  # first shown at a size it was given while hidden
        self.list.setFocus()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """The window gives the screen the focus (back from a dialog): the list takes it. Not
        a focus proxy: Tab would jump to it, skipping the search and the filter before it."""
        super().focusInEvent(event)
        self.list.setFocus(event.reason())

    def _apply_sizes(self) -> None:
        fit_type(self._size, self._fits, zoom_floor(0.7))

    def _fits(self) -> bool:
        """The buttons' whole names, and every word of the details, fit their columns (as last
        laid out: a smaller font only widens the details' column)."""
        if not self.isVisible():
            return True
        room = self.details.viewport().width() - 24
        labels = (self.name, self.purpose, self.dose, self.source, self.how, self.mistakes)
        words = max(widest_word(label) for label in (*labels, self.avoid, self.how_heading))
        hint = self.search.placeholderText()
        return (
            self.search.fontMetrics().horizontalAdvance(hint) + 30 <= self.search.width()
            and self.start.sizeHint().width() <= self.start.width()
            and self.back.sizeHint().width() <= self.back.width()
            and self.sessions_button.sizeHint().width() <= self.sessions_button.width()
            and max(words, widest_word(self.empty)) <= room
        )

    def _size(self, factor: float) -> None:
        scaled_font(self.list, 17 * factor)
        for control in (self.search, self.goal):
            scaled_font(control, 17 * factor)  # as big as the list they filter
        scaled_font(self.name, 30 * factor, bold=True)
        for label in (self.purpose, self.dose, self.source, self.how, self.mistakes, self.avoid):
            scaled_font(label, 18 * factor)
        scaled_font(self.per_week, 18 * factor)
        scaled_font(self.basis, 16 * factor, italic=True)
        scaled_font(self.how_heading, 18 * factor, bold=True)
        scaled_font(self.start, 24 * factor, bold=True)
        self.start.setMinimumHeight(int(56 * factor))
        scaled_font(self.back, 18 * factor)
        # "No exercise matches": as large as the list it stands for, not the system's 11 px.
        scaled_font(self.empty, 20 * factor, bold=True)
        scaled_font(self.sessions, 17 * factor)
        scaled_font(self.sessions_button, 18 * factor)
        scaled_font(self.problems, 16 * factor)


def picture_icon(path: str, size: QSize) -> QIcon:
    """An exercise picture (drawn dark on light) on its light card, as the details show it: a
    dark figure stays visible on the high-contrast theme's black list."""
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    from cramp_coach.ui.theme import painted_colours

    icon = QIcon()
    renderer = QSvgRenderer(path)  # read once, drawn at both sizes
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    for scale in (1, 2):  # crisp on a high-density screen too
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(painted_colours().picture_card))
        painter.drawRoundedRect(pixmap.rect(), 6 * scale, 6 * scale)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
