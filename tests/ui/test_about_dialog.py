"""About and safety: the notice says what it must, in the source's words, and closes by key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cramp_coach import __version__
from cramp_coach.ui.about_dialog import AboutDialog

SEED = Path(__file__).resolve().parents[2] / "docs" / "source" / "hamstring-cramps.txt"


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[AboutDialog]:
    shown = AboutDialog()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.close_button.hasFocus)
    yield shown
    shown.close()


def test_says_it_is_not_medical_advice_and_when_to_seek_care(dialog: AboutDialog) -> None:
    text = dialog.text()
    assert "not medical advice" in text
    assert "Seek medical care for severe pain, swelling, or cramps that keep returning." in text
    assert "Cramp Coach" in text
    assert __version__ in text


def test_quotes_the_source_word_for_word(dialog: AboutDialog) -> None:
    """What the article says about seeing a doctor, quoted exactly as it is written."""
    seed = " ".join(SEED.read_text(encoding="utf-8").split())
    quoted = dialog.source_says.text().split("“")[1:]
    sentences = [part.split("”")[0] for part in quoted]
    assert sentences == [
        "Consult a physician about reoccurring or prolonged hamstring cramps.",
        "Check with your doctor if cramping continues to rule out any undiagnosed medical "
        "conditions.",
    ]
    for sentence in sentences:
        assert sentence in seed


def test_credits_the_source_and_the_licence(dialog: AboutDialog) -> None:
    text = dialog.text()
    assert "Hamstring Cramps and Running" in text
    assert "docs/source/hamstring-cramps.txt" in text
    assert SEED.read_text(encoding="utf-8").startswith("Hamstring Cramps and Running")
    assert "MIT" in text


def test_the_safety_line_is_big_and_bold(dialog: AboutDialog) -> None:
    font = dialog.seek_care.font()
    assert font.bold()
    assert font.pixelSize() >= 20
    for label in dialog.page.findChildren(QLabel):
        if label.text():
            assert label.font().pixelSize() >= 20, label.text()


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_a_key_closes_it(qtbot: QtBot, dialog: AboutDialog, key: Qt.Key) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.close_button, key)
    assert not dialog.isVisible()


def test_enter_closes_it_from_the_scrolled_text(qtbot: QtBot, dialog: AboutDialog) -> None:
    dialog.body.setFocus()
    qtbot.waitUntil(dialog.body.hasFocus)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return)


def test_every_control_has_an_accessible_name(dialog: AboutDialog) -> None:
    focusable = [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(dialog)
    ]
    assert dialog.close_button in focusable and dialog.body in focusable
    for widget in focusable:
        if isinstance(widget, QAbstractButton) or widget is dialog.body:
            assert widget.accessibleName(), widget
    assert dialog.icon.accessibleName() == "Cramp Coach icon"
    assert "Seek medical care" in dialog.body.accessibleDescription()


def test_fits_on_the_screen(dialog: AboutDialog) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert QRect(area.topLeft(), area.size()).width() >= dialog.width()
    assert area.height() >= dialog.height()


def test_is_no_larger_than_the_window_it_is_opened_from(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(600, 450)  # smaller than the screen's 90 %, which also bounds it
    shown = AboutDialog(window)
    qtbot.addWidget(shown)
    assert (shown.width(), shown.height()) == (600, 450)
    window.resize(300, 200)
    smallest = AboutDialog(window)
    qtbot.addWidget(smallest)
    assert (smallest.width(), smallest.height()) == (480, 400)  # still readable
