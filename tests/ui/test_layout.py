"""Every screen and dialog at every window size and text size: no text cut off or elided, no
two parts drawn over each other (with the notice showing), the routine's type larger with the
zoom and the countdown never smaller than at 100 %. Measured from the widgets' sizes and their
fonts' metrics (tests/layout.py), never from pixels."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.settings import Settings
from cramp_coach.ui import actions
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context, on_screen
from tests.fakes import FakeSpeaker, ManualClock
from tests.layout import clipped_texts, overlapping
from tests.screen_tour import NOW, fill_journal, settle, tour

if TYPE_CHECKING:  # Qt Charts is loaded when the journal first draws its chart
    from PySide6.QtCharts import QChart

SIZES = ((800, 600), (1024, 700), (1920, 1080))
NO_SOUND = (
    "Speech is off: no audio output was found (connect speakers or headphones, or start "
    "PulseAudio: pulseaudio --start)"
)
ZOOMS = (100, 150, 300)


@pytest.fixture
def journal(qapp: QApplication, tmp_path: Path) -> Iterator[JournalWriter]:
    writer = JournalWriter(tmp_path / "journal.db")
    fill_journal(writer)  # a week with 12 episodes: the chart's axis goes past 10
    yield writer
    writer.close()


@pytest.fixture
def window(
    qtbot: QtBot,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    journal: JournalWriter,
) -> Iterator[MainWindow]:
    from cramp_coach.content import load_routine
    from cramp_coach.content.assets import default_routine_file

    context = make_context(
        routine,
        settings,
        clock,
        FakeSpeaker(clock, default_duration=0.4),
        journal=journal,
        wall=lambda: NOW,
        routine_for=lambda code: load_routine(default_routine_file(), code),  # the language's
    )
    win = on_screen(qtbot, MainWindow(context))
    yield win
    win.apply_zoom(100)
    win.close()


def _ring(window: MainWindow) -> int | None:
    """The side of the countdown on screen (the routine's or a guided set's), if one shows."""
    from cramp_coach.ui.countdown_ring import CountdownRing

    for ring in window.findChildren(CountdownRing):
        if ring.isVisible():
            return int(min(ring.width(), ring.height()))
    return None


def _main_type(window: MainWindow) -> dict[str, int]:
    """The pixel size of the main texts of the routine (title and words) or the first screen
    (its big button and the lines under it), whichever shows."""
    screen = window.routine_screen
    home = window.home
    texts: tuple[QWidget, ...] = ()
    if screen.isVisible():
        texts = (screen.title, screen.instruction, screen.summary, screen.signs)
    elif home.isVisible():
        texts = (home.start_button, home.hint, home.message)
    return {
        f"{widget.objectName() or type(widget).__name__} {n}": widget.fontInfo().pixelSize()
        for n, widget in enumerate(texts)
        if widget.isVisible()
    }


def _small_type(window: MainWindow, least: int) -> list[str]:
    """The routine's texts (labels, buttons, the top row's toggles) under `least` px."""
    screen = window.routine_screen
    if not screen.isVisible():
        return []
    return [
        f"{type(w).__name__} {w.text()[:30]!r} is {w.fontInfo().pixelSize()} px"
        for w in screen.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton)
        and w.isVisible()
        and w.text().strip()
        and w.fontInfo().pixelSize() < least
    ]


def test_every_screen_shows_its_text_whole_at_every_size_and_text_size(
    window: MainWindow, clock: ManualClock
) -> None:
    """First screen, every step of the routine (the prolonged and the injury paths), the
    library (and its "no exercise matches"), a guided set, the plan and the journal."""
    problems: list[str] = []
    rings: dict[tuple[str, int], int] = {}  # the countdown's side at 100 %
    type_at_100: dict[tuple[str, int, str], int] = {}
    window.notify(NO_SOUND)  # a notice over every screen, as on a machine with no sound
    seen: set[str] = set()
    for zoom in ZOOMS:
        window.apply_zoom(zoom)
        for name in tour(window, clock):
            seen.add(name)
            for width, height in (*SIZES, *([(3840, 2160)] if zoom == 150 else [])):  # 4K too
                window.resize(width, height)
                settle()
                where = f"{name} at {width}x{height}, {zoom} %"
                if window.size() != QSize(width, height):
                    problems.append(f"{where}: the window will not shrink below {window.size()}")
                problems += [f"{where}: {problem}" for problem in clipped_texts(window)]
                problems += [f"{where}: {problem}" for problem in overlapping(window)]
                for part, pixels in _main_type(window).items():  # larger with the zoom
                    first = type_at_100.setdefault((name, width, part), pixels)
                    if pixels < first or (zoom == 300 and pixels <= first):
                        problems.append(f"{where}: the {part} is {pixels} px, {first} at 100 %")
                if zoom == 100 and (width, height) == (1024, 700):  # read from two metres
                    problems += [f"{where}: {small}" for small in _small_type(window, 18)]
                side = _ring(window)
                if side is not None:
                    first = rings.setdefault((name, width), side)
                    if side < first:
                        problems.append(f"{where}: the ring is {side} px, {first} px at 100 %")
    assert {"hold", "get-into-position", "done-prolonged", "injury-done", "journal"} <= seen
    assert {"library-no-match", "guided-set", "plan", "check", "triage", "home-not-saved"} <= seen
    assert {"session-get-ready", "session-left-leg", "session-switch", "session-done"} <= seen
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["de", "es"])
def test_german_and_spanish_show_their_text_whole(
    window: MainWindow, clock: ManualClock, language: str
) -> None:
    """The longer words and names of German and Spanish, at the sizes where room is short."""
    from cramp_coach import i18n

    app = QApplication.instance()
    assert app is not None
    problems: list[str] = []
    try:
        window.set_language(language)
        for zoom, (width, height) in ((150, (1024, 700)), (300, (800, 600))):
            window.apply_zoom(zoom)
            window.resize(width, height)
            for name in tour(window, clock):
                settle()
                where = f"{name} in {language} at {width}x{height}, {zoom} %"
                problems += [f"{where}: {problem}" for problem in clipped_texts(window)]
    finally:
        i18n.install(app, "en")
    assert not problems, "\n".join(problems)


def test_the_ring_takes_its_share_of_the_window_at_the_hold(
    window: MainWindow, clock: ManualClock
) -> None:
    """The hold shows the stretch's picture beside the words, and the countdown is a large
    share of the window (it was about 320 px in a 700 px high window, shrinking as the text
    grew)."""
    for name in tour(window, clock):
        if name == "hold":
            break
    screen = window.routine_screen
    for width, height in (*SIZES, (3840, 2160)):
        window.resize(width, height)
        settle()
        assert screen.picture.isVisible()
        # drawn at its own proportions, not squashed to the widget's shape
        assert screen.picture.renderer().aspectRatioMode() == Qt.AspectRatioMode.KeepAspectRatio
        side = min(screen.ring.width(), screen.ring.height())
        assert side >= 0.45 * height or side >= 0.4 * width, (width, height, side)


def _dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    from cramp_coach.ui.about_dialog import AboutDialog
    from cramp_coach.ui.journal_dialogs import EpisodeDialog, ResultDialog, WhyDialog
    from cramp_coach.ui.settings_dialog import SettingsDialog
    from cramp_coach.ui.shortcuts_dialog import ShortcutsDialog

    preferences = window.preferences
    yield "why", WhyDialog({"spread", "hot_weather"}, window)
    lines = "\n".join(["• Hot weather. Drink at least eight glasses of water a day."] * 3)
    yield "result", ResultDialog("Likely contributors", f"Likely contributors:\n{lines}", window)
    yield "episode", EpisodeDialog(None, NOW, window)
    yield (
        "settings",
        SettingsDialog(window.context.routine.hold, preferences.current_choices(), [], window),
    )
    yield "about", AboutDialog(window)
    yield "shortcuts", ShortcutsDialog(actions.help_rows(), window)


def test_every_dialog_reads_at_the_routine_type_scale_and_fits_the_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    """ "Why did it happen?" and its result, adding an episode, settings, about and the keys:
    their text is the routine's size (not the system's 11-13 px), follows the zoom, and shows
    whole on the screen (what does not fit scrolls)."""
    problems: list[str] = []
    sizes: dict[str, int] = {}
    for zoom in ZOOMS:
        window.apply_zoom(zoom)
        for name, dialog in _dialogs(window):
            qtbot.addWidget(dialog)
            dialog.show()
            settle()
            where = f"{name} at {zoom} %"
            room = dialog.screen().availableGeometry()
            if dialog.width() > room.width() or dialog.height() > room.height():
                problems.append(f"{where}: {dialog.size()} is larger than the screen {room}")
            problems += [f"{where}: {problem}" for problem in clipped_texts(dialog)]
            texts: list[QWidget] = [
                w
                for w in dialog.findChildren(QWidget)
                if (isinstance(w, QLabel | QAbstractButton) and w.text().strip())
                or isinstance(w, QAbstractItemView)
            ]
            smallest = min(widget.fontInfo().pixelSize() for widget in texts if widget.isVisible())
            if zoom == 100 and smallest < 18:
                problems.append(f"{where}: text of {smallest} px")
            if zoom > 100 and smallest <= sizes[name]:
                problems.append(f"{where}: {smallest} px, as at 100 %")
            sizes.setdefault(name, smallest)
            dialog.close()
            dialog.deleteLater()
    assert not problems, "\n".join(problems)


# -- the journal's chart -----------------------------------------------------------------------


def shown_chart(window: MainWindow, journal: JournalWriter) -> QChart:
    """The journal's chart, shown with what the journal holds."""
    window.open_journal()
    journal.flush()
    settle()
    screen = window.journal_controller.screen  # type: ignore[union-attr]
    assert screen is not None and screen.chart is not None
    return screen.chart.chart()


def test_the_chart_counts_in_whole_steps_and_keeps_its_dates_whole(
    window: MainWindow, journal: JournalWriter
) -> None:
    """A week of 12 episodes: a handful of labels on the axis (13 crowded into "…" before);
    at 150 % each date's lines fit under its bar rather than being cut to "14 S…"."""
    from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
    from PySide6.QtGui import QFontMetrics

    from cramp_coach.ui.journal_screen import LABEL_PADDING

    window.resize(1024, 700)
    window.apply_zoom(150)
    chart = shown_chart(window, journal)
    (axis_y,) = [a for a in chart.axes() if isinstance(a, QValueAxis)]
    (axis_x,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert axis_y.max() >= 12 and axis_y.tickCount() <= 6
    slot = chart.plotArea().width() / axis_x.count()
    metrics = QFontMetrics(axis_x.labelsFont())
    lines = [line for label in axis_x.categories() for line in label.split("<br>")]
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    assert widest + LABEL_PADDING <= slot, (widest, slot)  # Qt Charts cuts what is wider
    assert axis_y.labelsFont().pixelSize() >= 18 * 1.5  # the journal's text size, times the zoom


@pytest.mark.parametrize("notice", [True, False])
@pytest.mark.parametrize(("zoom", "size"), [(300, (800, 600)), (150, (1024, 700))])
def test_the_journal_shows_its_chart_and_table_whole(
    window: MainWindow, journal: JournalWriter, zoom: int, size: tuple[int, int], notice: bool
) -> None:
    """With the notice showing: at 300 % in 800x600 the chart was twice the height of the
    journal's view (never seen whole) and the table taller than it; at 150 % in 1024x700 the
    chart's dates sat just under the fold. The chart and the table each fit the view, and the
    chart shows whole under the advice without scrolling where it can be read there."""
    if notice:
        window.notify(NO_SOUND)
    window.apply_zoom(zoom)
    window.resize(*size)
    shown_chart(window, journal)
    settle()
    screen = window.journal_controller.screen  # type: ignore[union-attr]
    assert screen is not None and screen.chart is not None
    view = screen.body.viewport()
    assert screen.chart.height() <= view.height() and screen.table.height() <= view.height()
    # Never squeezed below readable (its title, dates on two lines, legend, bars): with two
    # series and a legend, the room under the advice at 150 % cut the dates to "1…" and the
    # axis to "…" once the notice was dismissed (seen on a fresh clone). Where that room is
    # readable, the chart shows whole in it.
    lines = QFontMetrics(screen.table.font()).height()
    assert screen.chart.height() >= min(11 * lines + 60, view.height())
    top = screen.chart.mapTo(view, screen.chart.rect().topLeft()).y()
    if view.height() - top >= 11 * lines + 60:
        bottom = screen.chart.mapTo(view, screen.chart.rect().bottomLeft()).y()
        assert bottom <= view.height(), (bottom, view.height())


@pytest.mark.parametrize(("zoom", "size"), [(300, (800, 600)), (150, (1024, 700))])
def test_the_library_details_start_with_their_heading_in_view(
    window: MainWindow, zoom: int, size: tuple[int, int]
) -> None:
    """At 300 % in 800x600 the details scrolled sideways and their heading sat under the
    sideways bar, under a picture that took the whole view."""
    window.notify(NO_SOUND)
    window.apply_zoom(zoom)
    window.resize(*size)
    window.open_library("glute-bridge")
    settle()
    screen = window.library_controller.library_screen
    details = screen.details
    assert not details.horizontalScrollBar().isVisible()
    view = details.viewport()
    bottom = screen.name.mapTo(view, screen.name.rect().bottomLeft()).y()
    assert screen.name.isVisible() and bottom <= view.height(), (bottom, view.height())


@pytest.mark.parametrize(("language", "september"), [("es", "sept"), ("de", "Sept")])
def test_the_chart_dates_are_in_the_app_language(
    window: MainWindow, language: str, september: str
) -> None:
    from cramp_coach import i18n
    from cramp_coach.ui.journal_screen import week_label

    app = QApplication.instance()
    assert app is not None
    i18n.install(app, language)
    try:
        label = week_label((NOW - timedelta(days=70)).date())
    finally:
        i18n.install(app, "en")
    assert label.startswith("16") and september in label, label


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_the_chart_follows_the_theme(
    qapp: QApplication, window: MainWindow, journal: JournalWriter, name: str
) -> None:
    from cramp_coach.ui import theme
    from tests.helpers import look_kept

    with look_kept(qapp):
        theme.apply(qapp, name)
        chart = shown_chart(window, journal)
        colours = theme.COLOURS[theme.resolve(name)]
        assert chart.backgroundBrush().color().name() == colours.window
        for axis in chart.axes():
            assert axis.labelsBrush().color().name() == colours.window_text
        theme.apply(qapp, "light")


def test_high_contrast_thumbnails_sit_on_a_light_card(
    qapp: QApplication, window: MainWindow
) -> None:
    """The pictures are dark figures: on the high-contrast theme's black list they vanished."""
    from PySide6.QtGui import QColor

    from cramp_coach.ui import theme
    from tests.helpers import look_kept

    with look_kept(qapp):
        theme.apply(qapp, "high-contrast")
        window.open_library("glute-bridge")
        settle()
        screen = window.library_controller.library_screen
        screen.set_library(screen.library)  # the icons as drawn in this theme
        item = screen.list.item(0)
        image = item.icon().pixmap(screen.list.iconSize()).toImage()
        corner = image.pixelColor(image.width() // 2, 2)  # the card's top edge, no figure
        card = QColor(theme.COLOURS[theme.Theme.HIGH_CONTRAST].picture_card)
        assert corner.lightness() >= card.lightness() - 40, corner.name()
        theme.apply(qapp, "light")


def test_the_chart_shows_cramps_and_sessions_per_week_on_one_time_axis(
    window: MainWindow, journal: JournalWriter
) -> None:
    """The prevention log beside the cramps: one bar of each per week, the sessions listed."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries

    from tests.screen_tour import SESSIONS

    chart = shown_chart(window, journal)
    (series,) = chart.series()
    assert isinstance(series, QBarSeries)
    cramps, sessions = series.barSets()
    assert (cramps.label(), sessions.label()) == ("Cramps", "Prevention sessions")
    (axis_x,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert cramps.count() == sessions.count() == axis_x.count() == 12  # one time axis
    assert sum(sessions.at(week) for week in range(12)) == len(SESSIONS)  # all in 12 weeks
    assert max(sessions.at(week) for week in range(12)) == 2  # twice a week, lately
    screen = window.journal_controller.screen  # type: ignore[union-attr]
    assert screen is not None and screen.session_table.rowCount() == len(SESSIONS)
    assert screen.session_table.item(0, 1).text() == "Strength B: one leg at a time"
    assert screen.sessions_line.text().endswith("this week")
    assert "Prevention sessions in the last 12 weeks" in screen.chart.accessibleDescription()  # type: ignore[union-attr]
