"""The settings table: defaults, what is kept between runs, and one line for an unusable value."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from cramp_coach import settings as kept
from cramp_coach.content.routine import Step, StepKind
from cramp_coach.journal import recurring
from cramp_coach.settings import Settings
from cramp_coach.ui.settings_dialog import Choices, SettingsDialog


def open_file(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def test_a_fresh_file_gives_the_defaults(path: Path) -> None:
    settings = open_file(path)
    assert settings.hold_seconds(30, 5, 60) == 30  # the routine file's
    assert (settings.hands_free(), settings.speech_on(), settings.time_marks()) == (
        False,
        True,
        True,
    )
    assert (settings.voice(), settings.rate(), settings.volume()) == ("", 175, 100)
    assert settings.recurring() == (recurring.RECURRING_COUNT, recurring.RECURRING_DAYS) == (3, 30)
    assert (settings.language(), settings.theme(), settings.zoom()) == ("", "system", 100)
    assert settings.warnings == []


def test_what_is_set_is_there_the_next_time_the_app_starts(path: Path) -> None:
    settings = open_file(path)
    settings.set_hold_seconds(45)
    settings.set_hands_free(True)
    settings.set_speech_on(False)
    settings.set_voice("de")
    settings.set_rate(140)
    settings.set_volume(60)
    settings.set_time_marks(False)
    settings.set_recurring(4, 60)
    settings.set_language("es")
    settings.set_theme("high-contrast")
    settings.set_zoom(150)

    again = open_file(path)  # a new QSettings reads the file written before
    assert again.hold_seconds(30, 5, 60) == 45
    assert (again.hands_free(), again.speech_on(), again.time_marks()) == (True, False, False)
    assert (again.voice(), again.rate(), again.volume()) == ("de", 140, 60)
    assert again.recurring() == (4, 60)
    assert (again.language(), again.theme(), again.zoom()) == ("es", "high-contrast", 150)
    assert again.warnings == []


@pytest.mark.parametrize(
    ("key", "stored", "read", "fallback", "said"),
    [
        ("speech/rate", "fast", Settings.rate, 175, "speech/rate must be 80 to 260, got 'fast'"),
        ("speech/rate", "300", Settings.rate, 175, "must be 80 to 260, got '300'; using 175"),
        ("speech/volume", "-1", Settings.volume, 100, "speech/volume must be 0 to 100"),
        ("appearance/zoom", "10", Settings.zoom, 100, "appearance/zoom must be 50 to 300"),
        ("speech/on", "maybe", Settings.speech_on, True, "speech/on must be true or false"),
        ("routine/hands_free", "2", Settings.hands_free, False, "true or false, got '2'"),
        (
            "journal/recurring_count",
            "1",
            lambda s: s.recurring()[0],
            3,
            "journal/recurring_count must be 2 to 5, got '1'; using 3",
        ),
        (
            "journal/recurring_days",
            "400",
            lambda s: s.recurring()[1],
            30,
            "journal/recurring_days must be 30 to 90, got '400'; using 30",
        ),
        (
            "appearance/theme",
            "purple",
            Settings.theme,
            "system",
            "appearance/theme must be system, light, dark or high-contrast, got 'purple'; "
            "using system",
        ),
        (
            "appearance/language",
            "fr",
            Settings.language,
            "",
            "appearance/language must be empty (as the system), en, es, de, got 'fr'; using ",
        ),
        (
            "routine/hold_seconds",
            "600",
            lambda s: s.hold_seconds(30, 5, 60),
            30,
            "routine/hold_seconds must be 5 to 60, got '600'; using 30",
        ),
    ],
)
def test_an_unusable_stored_value_falls_back_and_is_said_once_in_one_line(
    path: Path, key: str, stored: str, read: Callable[[Settings], Any], fallback: Any, said: str
) -> None:
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setValue(key, stored)
    settings = Settings(store)
    assert read(settings) == fallback
    assert read(settings) == fallback  # read again: still one warning
    (warning,) = settings.warnings
    assert warning.startswith(f"{path}: ")
    assert said in warning
    assert "\n" not in warning


def test_a_recurring_rule_saved_before_the_range_narrowed_falls_back_and_keeps_the_rest(
    path: Path,
) -> None:
    """10 cramps in 365 days was allowed once: so loose the physician advice might never come.
    Such a file still opens: the two numbers fall back to the defaults, each with one line that
    names the file, the key and the range; the file's other settings stay as they were."""
    path.write_text(
        "[journal]\nrecurring_count=10\nrecurring_days=365\n"
        "[speech]\nrate=140\n[appearance]\ntheme=dark\nlanguage=de\n",
        encoding="utf-8",
    )
    settings = open_file(path)
    assert settings.recurring() == (recurring.RECURRING_COUNT, recurring.RECURRING_DAYS)
    assert settings.warnings == [
        f"{path}: journal/recurring_count must be 2 to 5, got '10'; using 3",
        f"{path}: journal/recurring_days must be 30 to 90, got '365'; using 30",
    ]
    assert (settings.rate(), settings.theme(), settings.language()) == (140, "dark", "de")
    assert "recurring_count=10" in path.read_text(encoding="utf-8")  # nothing rewritten


@pytest.mark.parametrize(("count", "days"), [(2, 30), (5, 90), (5, 30), (2, 90)])
def test_every_recurring_rule_in_range_can_still_give_the_advice(count: int, days: int) -> None:
    """Whatever the user sets, a runner who cramps once a week is told to consult a physician
    within five weeks: the loosest setting cannot switch the advice off."""
    from datetime import UTC, datetime, timedelta

    from cramp_coach.journal.rules import physician_guidance
    from cramp_coach.journal.store import Episode

    low_count, high_count = recurring.RECURRING_COUNT_RANGE
    low_days, high_days = recurring.RECURRING_DAYS_RANGE
    assert low_count <= count <= high_count and low_days <= days <= high_days
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    episodes = [
        Episode(
            id=n + 1,
            started_at=now - timedelta(weeks=n),
            ended_at=None,
            leg=None,
            reps=1,
            outcome="eased",
            note="",
            manual=True,
            steps=(),
            causes=frozenset(),
        )
        for n in range(5)  # one a week, for five weeks
    ]
    assert physician_guidance(episodes, now, count, days).see_physician
    # ...and the loosest setting is no looser than that: four weekly cramps are not yet enough
    assert not physician_guidance(episodes[:4], now, high_count, low_days).see_physician


def test_a_theme_name_is_read_whatever_its_case_and_spacing(path: Path) -> None:
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setValue(kept.THEME.key, " DARK ")
    settings = Settings(store)
    assert settings.theme() == "dark"
    assert settings.warnings == []


def test_every_setting_has_its_own_key_and_a_usable_default() -> None:
    table = [value for value in vars(kept).values() if isinstance(value, kept.Setting)]
    keys = [setting.key for setting in table]
    assert len(keys) == len(set(keys)) == 20
    for setting in table:
        if setting is not kept.HOLD_SECONDS:  # its default and range are the routine file's
            assert setting.usable(setting.default), setting.key


def test_the_settings_dialog_offers_exactly_the_ranges_the_settings_keep(qtbot: QtBot) -> None:
    hold = Step("hold", StepKind.HOLD, "Hold", "", "", seconds=30, min_seconds=5, max_seconds=60)
    current = Choices(30, True, "", 175, 100, True)
    dialog = SettingsDialog(hold, current, [])
    qtbot.addWidget(dialog)
    fields = {
        kept.RATE: dialog.rate,
        kept.VOLUME: dialog.volume,
        kept.RECURRING_COUNT: dialog.recurring_count,
        kept.RECURRING_DAYS: dialog.recurring_days,
    }
    for setting, field in fields.items():
        assert (field.minimum(), field.maximum()) == setting.range, setting.key
    assert (dialog.rate.minimum(), dialog.rate.maximum()) == (80, 260)
    assert (dialog.recurring_count.value(), dialog.recurring_days.value()) == (3, 30)
    assert dialog.choices().theme == "system"


def test_the_settings_load_no_widgets(path: Path) -> None:
    """settings.py sits below the ui: reading every setting never loads a screen."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from cramp_coach.settings import Settings\n"
        f"settings = Settings(QSettings({str(path)!r}, QSettings.Format.IniFormat))\n"
        "settings.set_theme('dark')\n"
        "values = (settings.theme(), settings.language(), settings.recurring(), settings.rate())\n"
        "print(values, sorted(m for m in sys.modules if m.startswith('cramp_coach.ui')))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.strip() == "('dark', '', (3, 30), 175) []"
