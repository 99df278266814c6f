"""Shared fixtures: headless Qt, isolated settings, the shipped routine, a manual clock."""

from __future__ import annotations

import os

# Tests never need a display; set before Qt is imported anywhere.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cramp_coach.content import Routine, load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.routine.machine import RoutineMachine
from cramp_coach.settings import Settings
from tests.fakes import ManualClock
from tests.helpers import Driver, settle


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's settings or data."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
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
