"""Issue 18: the user's own exercise files never freeze or crash the window, never hold up "I
have a cramp now", and show their text as written (items 2, 3 and part of 12).

Real files throughout: a pipe named *.toml, a link to /dev/zero, an <img> of /dev/zero in a
tooltip, an SVG of nested <use> that takes minutes to draw (drawn, or given up on, by a real
process of its own), 5,000 broken files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from cramp_coach.content import Routine
from cramp_coach.content import exercises as exercises_module
from cramp_coach.content.assets import asset
from cramp_coach.settings import Settings
from cramp_coach.ui.library_screen import LibraryScreen
from cramp_coach.ui.main_window import MainWindow
from tests.content.test_exercises import GOOD
from tests.contexts import make_context, on_screen
from tests.fakes import FakeSpeaker, ManualClock
from tests.helpers import settle

MARKUP_PURPOSE = "<img src='/dev/zero'><h1>Big</h1> & <a href='x'>link</a>"
MARKUP_NAME = "<b>Mine</b> \u202eevil\u202c curl"  # shown as "<b>Mine</b> evil curl"


def svg_bomb() -> str:
    """2.6 KB of nested <use>: 10^8 paths to draw (Qt's renderer took 68 s and more)."""
    lines = [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' width="320" height="240"><defs><path id="a0" d="M0 0 L10 10 L0 10 Z"/>'
    ]
    for level in range(1, 9):
        uses = "".join(f'<use xlink:href="#a{level - 1}" x="{x}"/>' for x in range(10))
        lines.append(f'<g id="a{level}">{uses}</g>')
    lines.append('</defs><use xlink:href="#a8"/></svg>')
    return "\n".join(lines)


def exercise(number: int, name: str, purpose: str = "Mine.", picture: str = "") -> str:
    text = GOOD.replace('"calf-friendly-curl"', f'"mine-{number}"')
    text = text.replace('name = "My knee curl"', f'name = "{name}"')
    text = text.replace('purpose = "Mine."', f'purpose = "{purpose}"')
    return text + (f'picture = "{picture}"\n' if picture else "")


def hostile_folder(folder: Path) -> Path:
    """The user's exercise folder as issue 18 found it: every file here froze or crashed."""
    folder.mkdir()
    os.mkfifo(folder / "a-pipe.toml")  # nobody writes to it: reading it waits for good
    (folder / "b-zero.toml").symlink_to("/dev/zero")
    name = MARKUP_NAME.encode("unicode_escape").decode("ascii")
    (folder / "c-markup.toml").write_text(exercise(1, name, MARKUP_PURPOSE), encoding="utf-8")
    (folder / "bomb.svg").write_text(svg_bomb(), encoding="utf-8")
    (folder / "d-bomb.toml").write_text(exercise(2, "Bomb curl", picture="bomb.svg"), "utf-8")
    shutil.copy(asset("illustrations", "glute-bridge.svg"), folder / "mine.svg")
    (folder / "e-picture.toml").write_text(exercise(3, "Pictured", picture="mine.svg"), "utf-8")
    return folder


@pytest.fixture
def window(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock, tmp_path: Path
) -> Iterator[MainWindow]:
    context = make_context(
        routine,
        settings,
        clock,
        FakeSpeaker(clock),
        user_exercises=hostile_folder(tmp_path / "exercises"),
    )
    win = on_screen(qtbot, MainWindow(context))
    yield win
    win.close()


def read_users(qtbot: QtBot, window: MainWindow) -> LibraryScreen:
    qtbot.waitUntil(lambda: not window.library_controller.reading, timeout=20000)
    return window.library_controller.library_screen


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)
    settle()


def shown_as(text: str) -> str:
    """What Qt shows for a tooltip (or a label left to guess): HTML, if it looks like HTML."""
    document = QTextDocument()
    if GuiQt.mightBeRichText(text):  # as QToolTip and QLabel decide
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def by_name(screen: LibraryScreen, name: str) -> Any:
    for row in range(screen.list.count()):
        item = screen.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole).name == name:
            return item
    raise AssertionError(f"{name!r} is not in the list")


def test_i_have_a_cramp_now_opens_at_once_whatever_the_users_files_are(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The done-when check of issue 18, with the pipe, the /dev/zero tooltip and the SVG bomb in
    the user's folder: the library opens (L), its files are read, back (Esc), and Enter on the
    first screen shows the routine as soon as the key is handled. No user file was read on the
    window's thread, and the bomb was never drawn there."""
    read_on: list[threading.Thread] = []
    load = exercises_module.load_exercise

    def watched(source: Any, users: bool = False, language: str = "en") -> Any:
        if users:
            read_on.append(threading.current_thread())
        return load(source, users, language)

    monkeypatch.setattr(exercises_module, "load_exercise", watched)
    press(qtbot, Qt.Key.Key_L)
    screen = window.library_controller.library_screen
    assert window.stack.currentWidget() is screen  # at once, the shipped exercises listed
    read_users(qtbot, window)
    assert len(read_on) == 5 and threading.main_thread() not in read_on
    assert {e.name for e in screen.library.exercises if e.users} == {
        "<b>Mine</b> evil curl",
        "Bomb curl",
        "Pictured",
    }
    screen.select("mine-2")  # the bomb's exercise, shown
    settle()
    assert screen.current() is not None and screen.current().name == "Bomb curl"
    # Neither the picture nor the list's icon draws the bomb here: a process of its own does.
    assert screen.picture.isHidden() and screen.user_picture.isHidden()
    assert by_name(screen, "Bomb curl").icon().isNull()
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home
    press(qtbot, Qt.Key.Key_Return)  # I have a cramp now
    assert window.stack.currentWidget() is window.routine_screen
    assert window.routine_screen.title.text()


def test_the_cramp_button_is_not_held_up_while_the_users_files_are_read(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_L)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)  # the files may still be being read: it does not matter
    assert window.stack.currentWidget() is window.routine_screen


def test_the_users_pictures_are_drawn_by_a_process_and_a_bomb_is_given_up(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cramp_coach.ui.user_pictures import UserPictures

    monkeypatch.setattr(UserPictures, "SECONDS", 1)  # the bomb takes minutes: give up soon
    window.open_library("mine-3")
    screen = read_users(qtbot, window)
    pictures = window.library_controller.pictures
    folder = window.context.user_exercises
    mine, bomb = str(folder / "mine.svg"), str(folder / "bomb.svg")
    qtbot.waitUntil(lambda: mine in screen.drawn, timeout=30000)  # drawn after the bomb
    assert screen.current() is not None and screen.current().name == "Pictured"
    assert screen.user_picture.isVisible() and not screen.user_picture.pixmap().isNull()
    assert screen.picture.isHidden()
    assert not by_name(screen, "Pictured").icon().isNull()
    assert pictures.pixmap(bomb) is None and bomb not in screen.drawn
    assert by_name(screen, "Bomb curl").icon().isNull()
    screen.list.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # the guided set shows the picture as drawn
    guided = window.library_controller.guided_screen
    assert window.stack.currentWidget() is guided and guided.picture.isHidden()
    assert guided.user_picture.isVisible() and not guided.user_picture.pixmap().isNull()


def test_the_users_pictures_stay_after_a_change_of_language(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library is made anew in another language; the pictures already drawn are not drawn
    again (nothing says "drawn" a second time), so the new screen is handed them as it reads."""
    from cramp_coach.ui.user_pictures import UserPictures

    monkeypatch.setattr(UserPictures, "SECONDS", 1)
    window.open_library("mine-3")
    mine = str(window.context.user_exercises / "mine.svg")
    qtbot.waitUntil(lambda: mine in read_users(qtbot, window).drawn, timeout=30000)
    window.set_language("de")
    try:
        settle()
        window.open_library("mine-3")
        screen = read_users(qtbot, window)
        settle()
        assert mine in screen.drawn
        assert not by_name(screen, "Pictured").icon().isNull()
        assert screen.user_picture.isVisible() and not screen.user_picture.pixmap().isNull()
    finally:
        window.set_language("en")  # the other tests read English


def test_user_text_is_plain_in_every_widget_that_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    """Tooltips, labels, accessible names and descriptions, list items, the notice and the
    guided screen show a user's markup as the characters they typed, never as HTML; bidi
    overrides are gone."""
    window.open_library("mine-1")
    screen = read_users(qtbot, window)
    settle()
    item = by_name(screen, "<b>Mine</b> evil curl")
    assert shown_as(item.toolTip()) == MARKUP_PURPOSE
    assert item.text().startswith("<b>Mine</b> evil curl")
    assert screen.name.text() == "<b>Mine</b> evil curl"
    assert screen.purpose.text().startswith(MARKUP_PURPOSE)
    assert "\u202e" not in screen.badge.text()
    press(qtbot, Qt.Key.Key_Return)  # its guided set
    guided = window.library_controller.guided_screen
    assert window.stack.currentWidget() is guided
    assert guided.title.text() == "<b>Mine</b> evil curl"
    for root in (screen, guided, window.notice, window.statusBar()):
        check_plain(root)


def check_plain(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()):
            assert not {"\u202e", "\u202c"} & set(text), (widget, text)
        if widget.toolTip():
            assert "<img" not in widget.toolTip() or "&lt;img" in widget.toolTip()
        if isinstance(widget, QLabel) and "<" in widget.text():
            assert widget.textFormat() is Qt.TextFormat.PlainText, widget.objectName()
        if isinstance(widget, QAbstractButton):
            assert "<b>" not in widget.text()
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                tip = widget.item(row).toolTip()
                assert not tip or "<img" not in shown_as(tip) or "&lt;" in tip


def test_5000_broken_files_are_one_line_and_leave_the_list_usable(
    qtbot: QtBot, routine: Routine, settings: Settings, clock: ManualClock, tmp_path: Path
) -> None:
    folder = tmp_path / "exercises"
    folder.mkdir()
    for number in range(5000):
        (folder / f"{number:04}-\u202ebad.toml").write_text("name = ", encoding="utf-8")
    window = on_screen(
        qtbot, MainWindow(make_context(routine, settings, clock, user_exercises=folder))
    )
    window.open_library()
    screen = read_users(qtbot, window)
    settle()
    assert screen.problems.text() == "5000 of your exercise files were skipped."
    assert window.notice.label.text().startswith("5000 of your exercise files could not be read")
    assert screen.problem_list.isHidden() and screen.problems_button.isVisible()
    rows = screen.list.sizeHintForRow(0)
    assert screen.list.viewport().height() >= 3 * rows  # the exercises are still to be seen
    screen.problems_button.click()
    settle()
    assert screen.problem_list.isVisible() and screen.list.viewport().height() >= 3 * rows
    lines = screen.problem_list.toPlainText().splitlines()
    assert len(lines) == 201 and lines[-1] == "… and 301 more"
    assert "\u202e" not in screen.problem_list.toPlainText() + window.notice.label.text()
    window.close()


HOVER = """
import resource, sys
from pathlib import Path
limit = 2 * 1024**3
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
app = QApplication(["hover"])
from cramp_coach.content.exercises import load_library
from cramp_coach.ui.library_screen import LibraryScreen
screen = LibraryScreen()
screen.resize(1000, 700)
screen.show()
screen.set_library(load_library(Path(sys.argv[1])))
for _ in range(5):
    app.processEvents()
items = [screen.list.item(row) for row in range(screen.list.count())]
item = next(i for i in items if i.data(Qt.ItemDataRole.UserRole).users)
screen.list.scrollToItem(item)
at = screen.list.visualItemRect(item).center()
view = screen.list.viewport()
QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, at, view.mapToGlobal(at)))
app.processEvents()
print(QToolTip.isVisible())
print(QToolTip.text())
"""


def test_hovering_over_an_img_of_dev_zero_shows_the_text(tmp_path: Path) -> None:
    """The tooltip of a user's exercise whose purpose is <img src='/dev/zero'>: Qt read
    /dev/zero into an image until std::bad_alloc aborted the app. A real hover, in a process
    of its own (with a memory limit, so that the abort comes fast when it comes)."""
    (tmp_path / "mine.toml").write_text(exercise(1, "Mine", MARKUP_PURPOSE), "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", HOVER, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-1000:]
    visible, tip = done.stdout.split("\n", 1)
    assert visible == "True" and shown_as(tip.strip()) == MARKUP_PURPOSE
