"""The journal view: episodes and prevention sessions, a chart of both per week, likely causes,
when to see a doctor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.i18n import fill
from cramp_coach.journal.recurring import RECURRING_COUNT, RECURRING_DAYS
from cramp_coach.journal.rules import (
    cause_tally,
    episodes_per_week,
    likely_contributors,
    physician_guidance,
)
from cramp_coach.journal.store import Episode, PreventionSession
from cramp_coach.ui.access import describe, name_scroll_bars, scrolled, tab_chain
from cramp_coach.ui.actions import back_keys, bind_action, hint, with_key
from cramp_coach.ui.journal_dialogs import OUTCOME_NAMES
from cramp_coach.ui.keys import bind_keys
from cramp_coach.ui.texts import fit_type, plain_label, scaled_font, widest_word, zoom_floor

if TYPE_CHECKING:  # Qt Charts is loaded when the chart is first drawn
    from PySide6.QtCharts import QChart, QChartView

COLUMNS = (  # marked for lupdate; the screen translates them with tr()
    QT_TRANSLATE_NOOP("JournalScreen", "Started"),
    QT_TRANSLATE_NOOP("JournalScreen", "Leg"),
    QT_TRANSLATE_NOOP("JournalScreen", "Stretches"),
    QT_TRANSLATE_NOOP("JournalScreen", "How it ended"),
    QT_TRANSLATE_NOOP("JournalScreen", "Likely contributors"),
    QT_TRANSLATE_NOOP("JournalScreen", "Note"),
)
SESSION_COLUMNS = (
    QT_TRANSLATE_NOOP("JournalScreen", "Started"),
    QT_TRANSLATE_NOOP("JournalScreen", "Session"),
    QT_TRANSLATE_NOOP("JournalScreen", "Exercises"),
    QT_TRANSLATE_NOOP("JournalScreen", "Sets"),
    QT_TRANSLATE_NOOP("JournalScreen", "How it ended"),
)
SESSION_OUTCOMES = {
    "complete": QT_TRANSLATE_NOOP("JournalScreen", "Complete"),
    "partial": QT_TRANSLATE_NOOP("JournalScreen", "Partly done"),
    "interrupted": QT_TRANSLATE_NOOP("JournalScreen", "Stopped by a cramp"),
    "unfinished": QT_TRANSLATE_NOOP("JournalScreen", "Unfinished"),
}
# The app style sheet gives every item view a margin and an outline (theme.py); the header is an
# item view too, and inside the table's own outline those would eat its text's height.
HEADER_STYLE = "QHeaderView { border: none; margin: 0px; }"


class JournalScreen(QWidget):
    """Shows the journal and turns buttons and keys into requests the window carries out."""

    add_requested = Signal()
    edit_requested = Signal(object)  # Episode
    delete_requested = Signal(object)  # Episode
    why_requested = Signal(object)  # Episode
    export_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        now: Callable[[], datetime] | None = None,
        recurring: Callable[[], tuple[int, int]] = lambda: (RECURRING_COUNT, RECURRING_DAYS),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.now = now or (lambda: datetime.now(UTC))
        self.recurring = recurring  # (cramps, days), from the settings
        self.episodes: list[Episode] = []
        self.preventions: list[PreventionSession] = []
        self.title = plain_label("title")
        self.title.setText(self.tr("Cramp journal"))
        self.guidance = plain_label("guidance")
        self.guidance.setFrameShape(QFrame.Shape.StyledPanel)
        # With the advice, when it shows: the warning signs, one a line (general guidance).
        self.signs = plain_label("signs")
        self.tally = plain_label("tally")
        self.empty = plain_label("empty")
        self.unavailable: str | None = None  # why the journal cannot be read, while it cannot
        self._say_empty()
        self.chart_holder = QVBoxLayout()
        self.chart: QChartView | None = None  # made on first show (Qt Charts is loaded then)
        self._weeks: list[date] = []  # the chart's weeks, by their first day
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        describe(
            self.table,
            self.tr("Episodes"),
            self.tr("One row per cramp. Up and Down choose one; Enter edits it."),
        )
        name_scroll_bars(self.table, self.tr("Scroll the episodes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.setFocusProxy(self.table)  # back from a dialog, the arrows and Enter work at once
        header = self.table.horizontalHeader()
        header.setStyleSheet(HEADER_STYLE)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemActivated.connect(lambda _item: self._for_current(self.edit_requested))
        self.sessions_line = plain_label("sessions_line")  # "2 sessions this week"
        self.session_table = QTableWidget(0, len(SESSION_COLUMNS))
        self.session_table.setObjectName("session_table")
        self.session_table.setHorizontalHeaderLabels([self.tr(c) for c in SESSION_COLUMNS])
        describe(
            self.session_table,
            self.tr("Prevention sessions"),
            self.tr("One row per prevention session, complete or not, newest first."),
        )
        name_scroll_bars(self.session_table, self.tr("Scroll the prevention sessions"))
        self.session_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.session_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.session_table.verticalHeader().setVisible(False)
        self.session_table.setTabKeyNavigation(False)
        session_header = self.session_table.horizontalHeader()
        session_header.setStyleSheet(HEADER_STYLE)
        session_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        session_header.setStretchLastSection(True)

        self.button_rows = QVBoxLayout()  # one row, or more when they do not fit side by side
        self.buttons_per_row = 0
        self.buttons: dict[str, QPushButton] = {}
        for name, text, key, action in (
            ("add", self.tr("Add a past episode"), "add_episode", self.add_requested.emit),
            ("edit", self.tr("Edit"), "confirm", lambda: self._for_current(self.edit_requested)),
            (
                "why",
                self.tr("Why did it happen?"),
                "why",
                lambda: self._for_current(self.why_requested),
            ),
            (
                "delete",
                self.tr("Delete"),
                "delete_episode",
                lambda: self._for_current(self.delete_requested),
            ),
            ("export", self.tr("Export…"), "export_journal", self.export_requested.emit),
            ("back", self.tr("Back"), "stop", self.closed.emit),
        ):
            button = QPushButton(with_key(text, key))
            button.clicked.connect(action)
            button.setAutoDefault(True)  # Enter presses the focused button (Space does anyway)
            self.buttons[name] = button
        for name, accessible, description in (
            ("add", self.tr("Add a past episode"), fill(self.tr("Press %1."), hint("add_episode"))),
            (
                "edit",
                self.tr("Edit"),
                fill(self.tr("Edits the chosen episode. Press %1."), hint("confirm")),
            ),
            (
                "why",
                self.tr("Why did it happen?"),
                fill(
                    self.tr("A few questions about what led to the chosen cramp. Press %1."),
                    hint("why"),
                ),
            ),
            (
                "delete",
                self.tr("Delete"),
                fill(
                    self.tr("Deletes the chosen episode; %1 brings it back. Press %2."),
                    hint("undo"),
                    hint("delete_episode"),
                ),
            ),
            (
                "export",
                self.tr("Export"),
                fill(
                    self.tr("Saves the journal as CSV or JSON. Press %1."), hint("export_journal")
                ),
            ),
            (
                "back",
                self.tr("Back"),
                fill(self.tr("Goes back to the first screen. Press %1."), hint("stop")),
            ),
        ):
            describe(self.buttons[name], accessible, description)
        # Everything but the buttons scrolls when it does not fit (large text, small window).
        body = QWidget()
        words = QVBoxLayout(body)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.title)
        words.addWidget(self.guidance)
        words.addLayout(self.chart_holder)
        words.addWidget(self.tally)
        words.addWidget(self.empty)
        words.addWidget(self.table, 1)
        words.addWidget(self.sessions_line)
        words.addWidget(self.session_table, 1)
        words.addWidget(self.signs)  # long: after the episodes, so they are in sight
        self.body = scrolled(body, self.tr("Scroll the journal"))
        self.body.viewport().installEventFilter(self)  # the chart and table fit its height
        column = QVBoxLayout(self)
        column.addWidget(self.body, 1)
        column.addLayout(self.button_rows)
        self._apply_sizes()
        self._arrange_buttons()
        tab_chain([self.table, self.session_table, *self.buttons.values()])
        bind_action(
            self,
            [
                ("add_episode", self.add_requested.emit),
                ("why", lambda: self._for_current(self.why_requested)),
                ("delete_episode", lambda: self._for_current(self.delete_requested)),
                ("export_journal", self.export_requested.emit),
            ],
        )
        bind_keys(self, back_keys(self.closed.emit))

    # -- the buttons: in as few rows as their whole text fits in ---------------------------------

    def _arrange_buttons(self, width: int | None = None) -> None:
        """Lays the buttons out in one row when their text fits, else in two or three rows
        (German and Spanish names are long), never cutting a name."""
        buttons = list(self.buttons.values())
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        room = (width if width is not None else self.width()) - (
            margins.left() + margins.right() if margins is not None else 0
        )
        spacing = max(0, self.button_rows.spacing())
        per_row = 1
        for candidate in (len(buttons), 3, 2):
            rows = [buttons[i : i + candidate] for i in range(0, len(buttons), candidate)]
            needed = max(
                sum(b.sizeHint().width() for b in row) + spacing * (len(row) - 1) for row in rows
            )
            if needed <= room:
                per_row = candidate
                break
        if per_row == self.buttons_per_row:
            return
        self.buttons_per_row = per_row
        while (item := self.button_rows.takeAt(0)) is not None:
            old = item.layout()
            if old is not None:
                while old.takeAt(0) is not None:
                    pass
                old.deleteLater()
        for start in range(0, len(buttons), per_row):
            row = QHBoxLayout()
            for button in buttons[start : start + per_row]:
                row.addWidget(button)
            self.button_rows.addLayout(row)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._apply_sizes(event.size().width())
        self._arrange_buttons(event.size().width())
        super().resizeEvent(event)
        if self.chart is not None:
            self._paint_chart(self.chart.chart())  # the dates upright or on their side

    # -- sizes: the routine's type scale, as large as the width allows --------------------------

    def _apply_sizes(self, width: int | None = None) -> None:
        width = width if width is not None else self.width()
        room = width - 60
        # A large window (4K) reads from further away: the type grows with it, as the routine's.
        unit = max(1.0, min(self.height() / 600, width / 800))
        fit_type(
            lambda factor: self._size(unit * factor),
            lambda: self._widest() <= room and self._low(room),
            zoom_floor(0.7) / unit,
        )

    def _low(self, width: int) -> bool:
        """Whether the buttons, in as few rows as fit `width`, take under 2/5 of the height."""
        hint = max(button.sizeHint().width() for button in self.buttons.values())
        per_row = max(1, min(len(self.buttons), width // max(1, hint)))
        rows = -(-len(self.buttons) // per_row)
        high = max(button.sizeHint().height() for button in self.buttons.values())
        return rows * (high + 6) <= 0.4 * self.height()

    def _widest(self) -> int:
        """The widest button's whole name, or the longest word of the journal's text."""
        labels = (self.guidance, self.signs, self.tally, self.empty)
        buttons = max(button.sizeHint().width() for button in self.buttons.values())
        return max(buttons, *(widest_word(label) for label in labels))

    def _size(self, factor: float) -> None:
        scaled_font(self.title, 32 * factor, bold=True)
        scaled_font(self.guidance, 18 * factor, bold=True)
        for label in (self.signs, self.tally, self.empty):
            scaled_font(label, 18 * factor)
        scaled_font(self.sessions_line, 18 * factor, bold=True)
        for table in (self.table, self.session_table):
            scaled_font(table, 18 * factor)
            scaled_font(table.horizontalHeader(), 18 * factor, bold=True)
            # Each row as tall as its text at this size (the style's default fits 13 px text)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        for button in self.buttons.values():
            scaled_font(button, 18 * factor)
        self._fit_in_view()  # room for a few episodes whatever the text size: the rest scroll

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self._arrange_buttons()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._apply_sizes()  # the user's zoom changed: fit it again
            self.buttons_per_row = 0  # the names' widths changed: lay them out again
            self._arrange_buttons()
        changes = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if event.type() in changes and self.chart is not None:
            self._paint_chart(self.chart.chart())  # the theme or the text size changed
        super().changeEvent(event)

    # -- the episodes -------------------------------------------------------------------------

    def show_unavailable(self, problem: str | None) -> None:
        """The journal cannot be opened or written (`problem`, one line), or can again (None)."""
        self.unavailable = problem
        self._say_empty()
        self.empty.setVisible(problem is not None or not self.episodes)

    def _say_empty(self) -> None:
        """What shows in place of the episodes: none yet, or the journal cannot be read."""
        problem = self.unavailable
        if problem is None:
            self.empty.setText(
                self.tr("No episodes yet. Each cramp routine you run is saved here by itself.")
            )
        else:
            line = self.tr(
                "The journal is unavailable: %1. What you save is kept and written as soon as "
                "the journal can be written again."
            )
            self.empty.setText(fill(line, problem))

    def show_episodes(self, episodes: Sequence[Episode]) -> None:
        selected = self.current()
        self.episodes = list(episodes)
        self.table.setRowCount(len(self.episodes))
        for row, episode in enumerate(self.episodes):
            local = episode.started_at.astimezone()
            contributors = ", ".join(c.short for c in likely_contributors(episode.causes))
            values = (
                local.strftime("%Y-%m-%d %H:%M"),
                self.tr(episode.leg.capitalize()) if episode.leg else "",
                str(episode.reps),
                self.tr(OUTCOME_NAMES.get(episode.outcome, episode.outcome)),
                contributors,
                episode.note,
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)  # plain text: a note is never read as HTML
                item.setData(Qt.ItemDataRole.UserRole, episode.id)
                self.table.setItem(row, col, item)
        self.empty.setVisible(self.unavailable is not None or not self.episodes)
        for name in ("edit", "why", "delete"):
            self.buttons[name].setEnabled(bool(self.episodes))
        if self.episodes:
            ids = [e.id for e in self.episodes]
            self.table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)

        count, days = self.recurring()
        guidance = physician_guidance(self.episodes, self.now(), count, days)
        self.guidance.setText(guidance.message or "")
        self.guidance.setVisible(guidance.see_physician)
        self.signs.setText(guidance.signs_text)
        self.signs.setVisible(guidance.see_physician)
        tally = cause_tally(self.episodes)
        self.tally.setText(
            fill(
                self.tr("Likely contributors so far: %1"),
                ", ".join(f"{c.short} ({n})" for c, n in tally),
            )
            if tally
            else ""
        )
        self.tally.setVisible(bool(tally))
        self._show_chart()

    def show_sessions(
        self, sessions: Sequence[PreventionSession], this_week: int, planned: int = 0
    ) -> None:
        """The prevention log beside the episodes (the chart follows with show_episodes);
        `planned`: the plan's sessions a week, which this week's are counted against."""
        self.preventions = list(sessions)
        self.session_table.setRowCount(len(self.preventions))
        for row, session in enumerate(self.preventions):
            outcome = SESSION_OUTCOMES.get(session.outcome)
            values = (
                session.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                session.name,
                fill(self.tr("%1 of %2"), session.exercises_done, session.exercises),
                str(len(session.sets)),
                self.tr(outcome) if outcome else session.outcome,
            )
            for col, value in enumerate(values):
                self.session_table.setItem(row, col, QTableWidgetItem(value))
        if planned:
            line = fill(
                self.tr("%1 of %2 planned prevention sessions this week"), this_week, planned
            )
        elif not sessions:
            line = self.tr("No prevention sessions yet: start one from the library.")
        elif this_week == 1:
            line = self.tr("1 prevention session this week")
        else:
            line = fill(self.tr("%1 prevention sessions this week"), this_week)
        self.sessions_line.setText(line)
        self.session_table.setVisible(bool(sessions))

    def current(self) -> Episode | None:
        row = self.table.currentRow()
        return self.episodes[row] if 0 <= row < len(self.episodes) else None

    def _for_current(self, signal: SignalInstance) -> None:
        episode = self.current()
        if episode is not None:
            signal.emit(episode)

    def _show_chart(self) -> None:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QValueAxis,
        )

        weeks = episodes_per_week(self.episodes, self.now(), weeks=12)
        done = episodes_per_week(self.preventions, self.now(), weeks=12)
        self._weeks = [start for start, _ in weeks]
        bars = QBarSet(self.tr("Cramps"))
        bars.append([float(count) for _, count in weeks])
        sessions = QBarSet(self.tr("Prevention sessions"))
        sessions.append([float(count) for _, count in done])
        series = QBarSeries()  # side by side in each week: one time axis
        series.append(bars)
        series.append(sessions)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("Cramps and prevention sessions per week, last 12 weeks"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        axis_x = QBarCategoryAxis()
        axis_x.append([week_label(start) for start, _ in weeks])
        axis_y = QValueAxis()
        top, step = axis_steps(max((c for _, c in (*weeks, *done)), default=0))
        axis_y.setRange(0, top)
        axis_y.setLabelFormat("%d")
        axis_y.setTickCount(top // step + 1)  # a handful of whole numbers, never "…"
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        if self.chart is None:
            self.chart = QChartView()
            self.chart.setAccessibleName(self.tr("Chart of episodes per week"))
            # A picture, not a control: no Tab stop; its numbers are in its description.
            self.chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.chart_holder.addWidget(self.chart)
        self.chart.setChart(chart)
        self._paint_chart(chart)
        self.chart.setAccessibleDescription(
            self._chart_in_words(weeks) + " " + self._sessions_in_words(done)
        )

    def _paint_chart(self, chart: QChart) -> None:
        """The chart in the theme's colours and the journal's type size; each date on one line
        under its bar when it fits, else day over month, smaller if need be (never cut to
        "14 S…")."""
        from PySide6.QtGui import QBrush, QColor, QPen

        palette = self.palette()
        role = QPalette.ColorRole
        text, grid = palette.color(role.WindowText), palette.color(role.Mid)
        chart.setBackgroundBrush(QBrush(palette.color(role.Window)))
        chart.setPlotAreaBackgroundVisible(False)
        chart.setTitleBrush(QBrush(text))
        font = QFont(self.table.font())
        title = QFont(font)
        title.setBold(True)
        chart.setTitleFont(title)
        for series in chart.series():
            # Cramps in the highlight colour, sessions in the text's: apart on every theme.
            colours = (palette.color(role.Highlight), palette.color(role.WindowText))
            for bars, colour in zip(series.barSets(), colours, strict=False):  # type: ignore[attr-defined]
                bars.setColor(colour)
                bars.setBorderColor(QColor(colour))
        chart.legend().setLabelBrush(QBrush(text))
        chart.legend().setFont(font)
        width = self.width() - 60  # the chart's, once laid out: the screen's less the margins
        for axis in chart.axes():
            axis.setLabelsFont(font)
            axis.setLabelsBrush(QBrush(text))
            axis.setLinePen(QPen(grid))
            axis.setGridLinePen(QPen(grid))
            if axis.orientation() == Qt.Orientation.Horizontal:
                # Each date's room: the plot's width (less the counts' axis) over the weeks.
                slot = (width - 6 * font.pixelSize() - 40) / max(1, len(self._weeks))
                labels, size = date_labels(self._weeks, font, slot)
                axis.setCategories(labels)  # type: ignore[attr-defined]
                small = QFont(font)
                small.setPixelSize(size)
                axis.setLabelsFont(small)
        self._fit_in_view()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.body.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_in_view()
        return super().eventFilter(watched, event)

    def _fit_in_view(self) -> None:
        """The chart whole in view under the title and the advice when it can be read there
        (its dates and a few bars' height), else as tall as the view, so scrolling to it
        shows all of it; the table never taller than the view either (large text, small
        window: at 300 % in 800x600 the chart was twice the view's height)."""
        view = self.body.viewport().height()
        lines = QFontMetrics(self.table.font()).height()
        rows = 5 * (self.table.fontMetrics().height() + 12)
        table = self.table.horizontalHeader().sizeHint().height() + rows
        self.table.setMinimumHeight(max(lines * 3, min(table, view)))
        sessions = self.session_table.horizontalHeader().sizeHint().height() + rows * 3 // 5
        self.session_table.setMinimumHeight(max(lines * 3, min(sessions, view)))
        if self.chart is None:
            return
        spacing = max(0, self.body.widget().layout().spacing())
        width = self.body.viewport().width()
        above = self.title.heightForWidth(width) + spacing
        if self.guidance.isVisibleTo(self):
            above += self.guidance.heightForWidth(width) + spacing
        under = view - above  # the room under the title and the advice
        # Readable: its title, the dates on two lines, the legend and a few bars' height (at
        # 6 lines the dates were cut to "1…" and the axis to "…" once a notice was dismissed).
        readable = 11 * lines + 60
        high = min(16 * lines + 60, under if under >= readable else view)
        self.chart.setFixedHeight(max(120, high))

    def _sessions_in_words(self, weeks: Sequence[tuple[date, int]]) -> str:
        busy = [fill(self.tr("week of %1: %2"), week_label(start), n) for start, n in weeks if n]
        if not busy:
            return fill(self.tr("No prevention sessions in the last %1 weeks."), len(weeks))
        line = self.tr("Prevention sessions in the last %1 weeks: %2.")
        return fill(line, len(weeks), "; ".join(busy))

    def _chart_in_words(self, weeks: Sequence[tuple[date, int]]) -> str:
        """The chart for someone who cannot see it: the weeks that had a cramp."""
        busy = [fill(self.tr("week of %1: %2"), week_label(start), n) for start, n in weeks if n]
        if not busy:
            return fill(self.tr("No episodes in the last %1 weeks."), len(weeks))
        return fill(self.tr("Episodes in the last %1 weeks: %2."), len(weeks), "; ".join(busy))


def week_label(start: date, form: str = "d MMM") -> str:
    """A week's first day as the app's language writes it ("14 Sep", "14 sept", "14 Sept.")."""
    from PySide6.QtCore import QDate, QLocale

    from cramp_coach.i18n import current_language

    locale = QLocale(current_language())
    return locale.toString(QDate(start.year, start.month, start.day), form)


LABEL_PADDING = 12  # px Qt Charts keeps around a date before cutting it to "…"


def date_labels(weeks: Sequence[date], font: QFont, slot: float) -> tuple[list[str], int]:
    """The dates under the bars and their pixel size: one line each at `font` when the widest
    fits its `slot`, else the day over the month, at a size at which they fit."""
    one = [week_label(start) for start in weeks]
    metrics = QFontMetrics(font)
    if max((metrics.horizontalAdvance(t) for t in one), default=0) + LABEL_PADDING <= slot:
        return one, font.pixelSize()
    parts = [(week_label(start, "d"), week_label(start, "MMM")) for start in weeks]
    widest = max((metrics.horizontalAdvance(p) for pair in parts for p in pair), default=1)
    size = font.pixelSize()
    if widest + LABEL_PADDING > slot:
        size = max(10, int(size * (slot - LABEL_PADDING) / widest))
    return [f"{day}<br>{month}" for day, month in parts], size


def axis_steps(most: int) -> tuple[int, int]:
    """The top of the episodes axis and the step between its labels: whole numbers, at most six
    labels (0 to 3 for a quiet chart; 0, 5, 10, 15 for a week with 12)."""
    top = max(3, most)
    step = 1
    for candidate in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        step = candidate
        if top / candidate <= 5:
            break
    return -(-top // step) * step, step
