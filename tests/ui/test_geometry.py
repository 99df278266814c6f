"""The window comes back where it was left, never off-screen, and bad saved data is ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from cramp_coach.ui.geometry import GEOMETRY_KEY, keep_on_screen, restore_geometry, save_geometry


@pytest.fixture
def store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def reopened(store: QSettings) -> QSettings:
    """The same file read afresh, as the next run of the app would."""
    store.sync()
    return QSettings(store.fileName(), QSettings.Format.IniFormat)


def window(qtbot: QtBot) -> QMainWindow:
    made = QMainWindow()
    made.setMinimumSize(320, 240)
    made.resize(640, 480)  # the app's default size
    qtbot.addWidget(made)
    return made


def on_a_screen(rect: QRect) -> bool:
    return any(s.availableGeometry().intersects(rect) for s in QGuiApplication.screens())


def test_size_and_place_come_back(qtbot: QtBot, store: QSettings) -> None:
    first = window(qtbot)
    first.setGeometry(40, 60, 500, 380)
    first.show()
    qtbot.waitExposed(first)
    save_geometry(first, store)
    left_at = first.geometry()
    first.close()

    second = window(qtbot)
    assert restore_geometry(second, reopened(store))
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == left_at
    assert second.size().toTuple() == (500, 380)


def test_nothing_saved_keeps_the_default(qtbot: QtBot, store: QSettings) -> None:
    fresh = window(qtbot)
    assert not restore_geometry(fresh, store)
    assert fresh.size().toTuple() == (640, 480)


@pytest.mark.parametrize(
    "saved",
    [
        QByteArray(b"not a geometry"),
        QByteArray(),
        "some text",
        42,
    ],
    ids=["garbage bytes", "empty", "text", "number"],
)
def test_unusable_data_is_ignored(qtbot: QtBot, store: QSettings, saved: object) -> None:
    store.setValue(GEOMETRY_KEY, saved)
    fresh = window(qtbot)
    assert not restore_geometry(fresh, reopened(store))
    assert fresh.size().toTuple() == (640, 480)


@pytest.mark.parametrize("kept", [0.5, 0.9])
def test_a_truncated_save_is_ignored(qtbot: QtBot, store: QSettings, kept: float) -> None:
    """Qt itself restores from a cut-off save (a write cut short by a full disk)."""
    first = window(qtbot)
    first.setGeometry(10, 10, 500, 380)
    good = first.saveGeometry()
    store.setValue(GEOMETRY_KEY, good.left(int(good.size() * kept)))
    fresh = window(qtbot)
    assert not restore_geometry(fresh, reopened(store))
    assert fresh.size().toTuple() == (640, 480)


def test_a_hand_damaged_settings_file_is_ignored(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "damaged.ini"
    path.write_text("[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0)\n", encoding="utf-8")
    fresh = window(qtbot)
    assert not restore_geometry(fresh, QSettings(str(path), QSettings.Format.IniFormat))
    assert fresh.size().toTuple() == (640, 480)


def test_a_window_left_off_screen_comes_back_on_screen(qtbot: QtBot, store: QSettings) -> None:
    """E.g. it was on a second monitor that is now unplugged."""
    first = window(qtbot)
    first.setGeometry(6000, 4000, 500, 380)
    save_geometry(first, store)
    second = window(qtbot)
    assert restore_geometry(second, reopened(store))
    assert on_a_screen(second.frameGeometry())


def test_a_maximised_window_comes_back_maximised(qtbot: QtBot, store: QSettings) -> None:
    first = window(qtbot)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    save_geometry(first, store)
    second = window(qtbot)
    assert restore_geometry(second, reopened(store))
    second.show()
    qtbot.waitUntil(second.isMaximized)


def test_keep_on_screen_moves_only_a_lost_window(qtbot: QtBot) -> None:
    lost = window(qtbot)
    lost.setGeometry(-5000, -5000, 500, 380)
    assert keep_on_screen(lost)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(lost.geometry())

    seen = window(qtbot)
    seen.setGeometry(30, 30, 500, 380)
    assert not keep_on_screen(seen)
    assert seen.geometry() == QRect(30, 30, 500, 380)

    # A sliver at the edge cannot be grabbed: it counts as lost.
    sliver = window(qtbot)
    sliver.setGeometry(area.right() - 3, 30, 500, 380)
    assert keep_on_screen(sliver)
    assert area.contains(sliver.geometry())


def test_a_window_larger_than_the_screen_is_shrunk_to_fit(qtbot: QtBot) -> None:
    huge = window(qtbot)
    huge.setGeometry(-9000, 0, 4000, 3000)
    assert keep_on_screen(huge)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(huge.geometry())
