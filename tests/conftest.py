"""Shared fixtures: headless Qt, isolated settings, the shipped routine, a manual clock."""

from __future__ import annotations

import os

# Tests never need a display; set before Qt is imported anywhere.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# And they measure sizes and looks as on any machine: a desktop's scaling, font DPI, platform
# theme or style (a HiDPI or KDE session sets these) would change them, in this process and in
# the app processes the tests start. Tests that want one of these set it themselves.
for _name in (
    "QT_SCALE_FACTOR",
    "QT_SCREEN_SCALE_FACTORS",
    "QT_AUTO_SCREEN_SCALE_FACTOR",
    "QT_ENABLE_HIGHDPI_SCALING",
    "QT_SCALE_FACTOR_ROUNDING_POLICY",
    "QT_USE_PHYSICAL_DPI",
    "QT_FONT_DPI",
    "QT_QPA_PLATFORMTHEME",
    "QT_STYLE_OVERRIDE",
):
    os.environ.pop(_name, None)

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cramp_coach.content import Routine, load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.journal.recorder import JournalWriter
from cramp_coach.routine.machine import RoutineMachine
from cramp_coach.settings import Settings
from tests.fakes import ManualClock
from tests.helpers import Driver, settle


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's settings or data."""
    names = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_BIN_HOME")
    for name in names:  # XDG_BIN_HOME: where the set-up links the command (desktop.py)
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "xdg_config_home"))


@pytest.fixture(scope="session")
def routine() -> Routine:
    return load_routine(default_routine_file())


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def writer(qapp: object, tmp_path: Path) -> Iterator[JournalWriter]:
    """A real journal (SQLite on its own thread) in this test's folder."""
    journal = JournalWriter(tmp_path / "journal.db")
    yield journal
    journal.close()


@pytest.fixture
def drive(qapp: object, routine: Routine, clock: ManualClock) -> Iterator[Callable[..., Driver]]:
    made: list[RoutineMachine] = []

    def make(custom: Routine | None = None) -> Driver:
        machine = RoutineMachine(custom or routine, clock)
        made.append(machine)
        return Driver(machine, clock).start()

    yield make
    for machine in made:
        machine.deleteLater()
    settle()
