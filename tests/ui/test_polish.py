"""What QA found in the real window: the notice bar reads from two metres and follows the
language; the journal's headers and buttons show their whole text in every theme and language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cramp_coach import i18n
from cramp_coach.content import Routine
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.settings import Settings
from cramp_coach.speech.playback import NO_AUDIO_OUTPUT
from cramp_coach.speech.problems import DID_NOT_START, with_detail
from cramp_coach.ui import theme
from cramp_coach.ui.journal_dialogs import EpisodeDialog, WhyDialog
from cramp_coach.ui.journal_screen import JournalScreen
from cramp_coach.ui.main_window import MainWindow
from cramp_coach.ui.notice_bar import NoticeBar
from tests.contexts import make_context
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import look_kept, settle

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
READABLE_PIXELS = 18  # the notice is read from two metres away


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The app, in English and with its look as it was afterwards, whatever the test set."""
    with look_kept(qapp) as kept:
        yield kept
        i18n.install(qapp, "en")
        settle()


def switch(app: QApplication, language: str) -> None:
    """As the window switches: the translators, then Qt's LanguageChange to every widget."""
    i18n.install(app, language)
    settle()


def remade(qtbot: QtBot, app: QApplication, bar: NoticeBar, language: str) -> NoticeBar:
    """As the window switches its notice: the translators, then the bar made anew with the
    old one's lines."""
    switch(app, language)
    new = NoticeBar()
    qtbot.addWidget(new)
    new.carry_on(bar)
    return new


# -- the notice bar -----------------------------------------------------------------------------


def test_the_notice_reads_from_two_metres(app: QApplication, qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show_text(NO_AUDIO_OUTPUT)
    for widget in (bar.label, bar.dismiss):
        assert widget.font().pixelSize() >= READABLE_PIXELS, widget
        assert QFontMetrics(widget.font()).height() >= READABLE_PIXELS + 2, widget


def test_the_notice_follows_the_language(app: QApplication, qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show()
    other = "bad.toml: not valid TOML"  # a line the bar cannot translate: kept as given
    bar = remade(qtbot, app, bar, "es")
    bar.show()
    bar.show_text(NO_AUDIO_OUTPUT)
    bar.show_text(other)
    assert bar.dismiss.text() == "Cerrar"
    assert bar.accessibleName() == "Aviso"
    spanish = bar.label.text().split("\n")
    assert spanish[0].startswith("La voz está desactivada: no se ha encontrado")
    assert spanish[1] == other
    assert bar.accessibleDescription() == bar.label.text()
    bar = remade(qtbot, app, bar, "de")
    assert bar.dismiss.text() == "Schließen"
    assert bar.label.text().split("\n") == [
        QCoreApplication.translate("Speech", NO_AUDIO_OUTPUT),
        other,
    ]
    assert bar.label.text().startswith("Die Sprachausgabe ist aus: kein Audioausgang")
    bar = remade(qtbot, app, bar, "en")
    assert bar.dismiss.text() == "Dismiss"
    assert bar.label.text() == f"{NO_AUDIO_OUTPUT}\n{other}"


def test_a_line_is_not_repeated_across_languages(app: QApplication, qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    bar.show()
    switch(app, "de")
    bar.show_text(NO_AUDIO_OUTPUT)
    bar.show_text(QCoreApplication.translate("Speech", NO_AUDIO_OUTPUT))  # already translated
    assert bar.label.text().count("Die Sprachausgabe ist aus") == 1
    bar.dismiss_all()
    assert bar.isHidden() and bar.lines == []


def test_a_detail_stays_in_the_translated_line(app: QApplication, qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    switch(app, "es")
    bar.show_text(with_detail(DID_NOT_START, "libespeak-ng.so.1: cannot open"))
    assert bar.label.text() == (
        "La voz está desactivada: el motor de voz no ha arrancado "
        "(libespeak-ng.so.1: cannot open); revisa espeak-ng"
    )


def test_the_window_notice_changes_language_with_the_window(
    app: QApplication, qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock
) -> None:
    """QA's path: Español, then Deutsch, then English, with speech off."""
    speaker = FakeSpeaker()
    speaker.problem = NO_AUDIO_OUTPUT
    window = MainWindow(make_context(routine, settings, clock, speaker))
    qtbot.addWidget(window)
    window.show()
    expected = {
        "es": ("Cerrar", "La voz está desactivada"),
        "de": ("Schließen", "Die Sprachausgabe ist aus"),
        "en": ("Dismiss", "Speech is off"),
    }
    for language, (button, line) in expected.items():
        window.set_language(language)
        settle()
        assert window.notice.isVisible()
        assert window.notice.dismiss.text() == button, language
        assert window.notice.label.text().startswith(line), language
        assert "\n" not in window.notice.label.text()  # one problem, one line


# -- the journal --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_the_journal_headers_show_their_whole_height(
    app: QApplication, qtbot: QtBot, name: str
) -> None:
    theme.apply(app, name)
    screen = JournalScreen(lambda: NOW)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitExposed(screen)
    settle()
    header = screen.table.horizontalHeader()
    line = QFontMetrics(header.font()).height()
    assert header.height() >= line + 4
    # what the text is drawn in: the header minus any margin and outline the style sheet gives it
    assert header.viewport().height() >= line + 4
    assert header.contentsRect().height() == header.height()


@pytest.fixture
def writer(qapp: QApplication, tmp_path: Path) -> Iterator[JournalWriter]:
    journal = JournalWriter(tmp_path / "journal.db")

    def add(j):  # type: ignore[no-untyped-def]
        started = NOW - timedelta(days=3)
        episode = j.add_manual(started, started + timedelta(minutes=9), 2, "eased", "left")
        j.set_causes(episode, {"stayed"})

    journal.submit(add)
    journal.flush()
    yield journal
    journal.close()


def clipped(root: QWidget) -> list[str]:
    """The visible buttons under `root` whose text does not fit them."""
    return [
        f"{button.text()!r}: {button.width()} < {button.sizeHint().width()}"
        for button in root.findChildren(QPushButton)
        if button.isVisible() and button.width() < button.sizeHint().width()
    ]


@pytest.mark.parametrize("language", ["es", "de"])
@pytest.mark.parametrize("size", [(1024, 700), (800, 600), (640, 480)])
def test_journal_buttons_fit_their_text(
    app: QApplication,
    qtbot: QtBot,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    writer: JournalWriter,
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    theme.apply(app, "light")
    i18n.install(app, language)
    window = MainWindow(
        make_context(
            routine,
            settings,
            clock,
            FakeSpeaker(),
            user_exercises=tmp_path / "none",
            journal=writer,
            wall=lambda: NOW,
        )
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.open_journal()
    writer.flush()
    qtbot.wait(10)
    settle()
    screen = window.journal_controller.screen
    assert screen is not None and screen.isVisible()
    assert screen.episodes, "the journal shows the episode"
    assert clipped(screen) == []
    assert all(button.isVisible() for button in screen.buttons.values())
    episode = screen.episodes[0]
    for dialog in (
        EpisodeDialog(None, NOW, window),
        EpisodeDialog(episode, NOW, window),
        WhyDialog(episode.causes, window),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        settle()
        assert dialog.findChildren(QPushButton), dialog.windowTitle()
        assert clipped(dialog) == [], dialog.windowTitle()
        dialog.close()
        dialog.deleteLater()


def test_journal_buttons_take_one_row_when_they_fit(app: QApplication, qtbot: QtBot) -> None:
    holder = QWidget()  # as in the window, which may be narrower than the screen would ask
    qtbot.addWidget(holder)
    holder.resize(1600, 700)
    screen = JournalScreen(lambda: NOW, parent=holder)
    screen.resize(1600, 700)
    holder.show()
    qtbot.waitExposed(holder)
    settle()
    assert screen.buttons_per_row == len(screen.buttons)
    side_by_side = sum(button.sizeHint().width() for button in screen.buttons.values())
    screen.resize(side_by_side * 2 // 3, 700)  # too narrow for one row, whatever the font
    settle()
    assert screen.buttons_per_row < len(screen.buttons)
    assert clipped(screen) == []
    rows = {button.y() for button in screen.buttons.values()}
    assert len(rows) == -(-len(screen.buttons) // screen.buttons_per_row)


@pytest.mark.parametrize("seconds", [5, 30, 99, 600, 9 * 60 + 59])
def test_the_countdown_number_stays_well_inside_its_ring(qtbot: QtBot, seconds: int) -> None:
    """ "10:00" (the ice timer) as much as "30": at most 3/4 of the ring's inside, and still
    large."""
    from PySide6.QtGui import QFontMetricsF

    from cramp_coach.ui.countdown_ring import CountdownRing

    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_total(seconds)
    for side in (120, 320, 600):
        pen = max(6.0, side / 14)
        inside = side - 2 * pen
        font = ring.number_font(side, inside)
        assert QFontMetricsF(font).horizontalAdvance(ring.text) <= 0.75 * inside + 1
        assert font.pixelSize() >= (12 if side < 200 else side * 0.18)  # still large
