"""The user's settings: one table of what is kept (key, type, default, usable values), read and
written through one typed wrapper over QSettings, so a bad stored value never crashes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from cramp_coach.i18n import LANGUAGES
from cramp_coach.journal import recurring
from cramp_coach.plan import schedule

log = logging.getLogger(__name__)

ORGANIZATION = "CrampCoach"
APPLICATION = "cramp-coach"

T = TypeVar("T")


class Theme(StrEnum):
    """The themes the user can choose; the value is what the settings file stores."""

    SYSTEM = "system"  # light or dark, as the desktop is (and high contrast when it asks for it)
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


DEFAULT_THEME = Theme.SYSTEM


def parse_theme(value: object) -> Theme:
    """The theme named by a stored value; ValueError naming the choices when it is none."""
    text = str(value).strip().lower()
    try:
        return Theme(text)
    except ValueError:
        names = ", ".join(theme.value for theme in Theme)
        raise ValueError(f"theme must be one of {names}, got {value!r}") from None


def _theme_name(raw: object) -> str:
    return parse_theme(raw).value


def _int(raw: object) -> int:
    return int(str(raw))


MAX_VOICE_ID = 200  # espeak-ng's ids are like "gmw/en-GB-x-rp"; far longer is not one


def _voice_id(raw: object) -> str:
    if not isinstance(raw, str) or len(raw) > MAX_VOICE_ID or not raw.isprintable():
        raise ValueError(raw)
    return raw


def shown(value: object, most: int = 60) -> str:
    """A value for a one-line message: its repr, cut to `most` characters (a 5 MB setting was
    echoed whole, 145 MB of warnings a start)."""
    text = repr(value)
    if len(text) <= most:
        return text
    size = f" ({len(value)} characters)" if isinstance(value, str) else ""
    return f"{text[:most]}…{size}"


def _bool(raw: object) -> bool:
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    raise ValueError(text)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One kept setting: its key in the file, how a stored value is read, its default, and
    which values are usable (a range of numbers or a list of choices; any, when neither)."""

    key: str
    parse: Callable[[object], T]  # the stored value as a T; ValueError or TypeError if it is none
    default: T
    range: tuple[int, int] | None = None  # lowest and highest usable number, both included
    choices: tuple[T, ...] | None = None
    expected: str = ""  # what is usable, said in the warning; made from range or choices if empty

    def usable(self, value: T, within: tuple[int, int] | None = None) -> bool:
        """Whether `value` may be used; `within`: a range in place of the table's."""
        low_high = within or self.range
        if low_high is not None:
            return isinstance(value, int) and low_high[0] <= value <= low_high[1]
        return self.choices is None or value in self.choices

    def describe(self, within: tuple[int, int] | None = None) -> str:
        """What a usable value is, for the one-line warning ("80 to 260", "true or false")."""
        low_high = within or self.range
        if low_high is not None:
            return f"{low_high[0]} to {low_high[1]}"
        if self.expected:
            return self.expected
        if self.parse is _bool:
            return "true or false"
        assert self.choices, f"{self.key}: say what is expected"
        names = [str(choice) for choice in self.choices]
        return ", ".join(names[:-1]) + " or " + names[-1]

    @property
    def low(self) -> int:
        """The lowest usable number (of a setting with a range)."""
        assert self.range is not None, f"{self.key} has no range"
        return self.range[0]

    @property
    def high(self) -> int:
        """The highest usable number (of a setting with a range)."""
        assert self.range is not None, f"{self.key} has no range"
        return self.range[1]


# -- the table: every setting, once -------------------------------------------------------------

# The hold's default and range come from the routine file (Settings.hold_seconds).
HOLD_SECONDS = Setting("routine/hold_seconds", _int, 0)
HANDS_FREE = Setting("routine/hands_free", _bool, False)
SPEECH_ON = Setting("speech/on", _bool, True)
VOICE = Setting(  # empty: the engine's default
    "speech/voice", lambda raw: _voice_id(raw), "", expected="a voice name"
)
RATE = Setting("speech/rate", _int, 175, range=(80, 260))  # words a minute (espeak-ng's default)
VOLUME = Setting("speech/volume", _int, 100, range=(0, 100))  # percent
TIME_MARKS = Setting("speech/time_marks", _bool, True)
RECURRING_COUNT = Setting(  # cramps...
    "journal/recurring_count",
    _int,
    recurring.RECURRING_COUNT,
    range=recurring.RECURRING_COUNT_RANGE,
)
RECURRING_DAYS = Setting(  # ...within this many days count as recurring: see a physician
    "journal/recurring_days",
    _int,
    recurring.RECURRING_DAYS,
    range=recurring.RECURRING_DAYS_RANGE,
)
LANGUAGE = Setting(  # empty: as the system
    "appearance/language",
    str,
    "",
    choices=("", *LANGUAGES),
    expected="empty (as the system), " + ", ".join(LANGUAGES),
)
THEME = Setting(
    "appearance/theme", _theme_name, DEFAULT_THEME.value, choices=tuple(t.value for t in Theme)
)
ZOOM = Setting("appearance/zoom", _int, 100, range=(50, 300))  # percent of the system font size
# The prevention plan (issue 19): weekdays, time and session; reminders are off until asked for.
PLAN_DAYS = Setting(
    "plan/days",
    lambda raw: schedule.parse_days(",".join(map(str, raw)) if isinstance(raw, list) else raw),
    schedule.DEFAULT_DAYS,
    expected="weekdays like mon,thu",
)
PLAN_TIME = Setting(
    "plan/time", schedule.parse_time, schedule.DEFAULT_TIME, expected="a time like 18:00"
)
PLAN_SESSION = Setting(
    "plan/session", schedule.parse_session, schedule.ALTERNATE, expected="a session id"
)
REMINDERS = Setting("plan/reminders", _bool, False)
KEEP_IN_TRAY = Setting("plan/keep_in_tray", _bool, False)  # closing the window keeps the app
START_AT_LOGIN = Setting("plan/start_at_login", _bool, False)
PLAN_LOG_PAGE = Setting("plan/log_page", _bool, False)  # the sheet's second page: the plan's log
LAST_SEEN = Setting(  # when reminders were last looked at: those after it were missed
    "plan/last_seen", schedule.parse_moment, "", expected="a date and time like 2026-01-05T18:00"
)


class Settings:
    """Typed access to the persisted settings; problems are collected as one-line warnings."""

    # the stored key of the hold (tests write a stored value under it)
    HOLD_SECONDS = HOLD_SECONDS.key

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)
        self.warnings: list[str] = []

    def get(
        self, setting: Setting[T], default: T | None = None, within: tuple[int, int] | None = None
    ) -> T:
        """The stored value, or the default with a one-line warning when it cannot be used.

        `default` and `within` (a range): in place of the table's (the hold's come from the
        routine file).
        """
        fallback = setting.default if default is None else default
        raw = self.store.value(setting.key)
        if raw is None:
            return fallback
        try:
            value = setting.parse(raw)
        except (TypeError, ValueError):
            usable = False
        else:
            usable = setting.usable(value, within)
        if not usable:
            warning = (
                f"{self.store.fileName()}: {setting.key} must be {setting.describe(within)}, "
                f"got {shown(raw)}; using {fallback}"
            )
            if warning not in self.warnings:
                self.warnings.append(warning)
                log.warning("%s", warning)
            return fallback
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        """Stores the value at once (the file is written before this returns)."""
        self.store.setValue(setting.key, value)
        self.store.sync()

    # -- the routine -------------------------------------------------------------------------

    def hold_seconds(self, default: int, low: int, high: int) -> int:
        """The saved hold length, or `default` when what is saved is unusable."""
        return self.get(HOLD_SECONDS, default, (low, high))

    def set_hold_seconds(self, seconds: int) -> None:
        self.set(HOLD_SECONDS, seconds)

    def hands_free(self) -> bool:
        return self.get(HANDS_FREE)

    def set_hands_free(self, on: bool) -> None:
        self.set(HANDS_FREE, on)

    # -- speech --------------------------------------------------------------------------------

    def speech_on(self) -> bool:
        return self.get(SPEECH_ON)

    def set_speech_on(self, on: bool) -> None:
        self.set(SPEECH_ON, on)

    def voice(self) -> str:
        """The engine's voice id; empty for the engine's default."""
        return self.get(VOICE)

    def set_voice(self, voice: str) -> None:
        self.set(VOICE, voice)

    def rate(self) -> int:
        return self.get(RATE)

    def set_rate(self, rate: int) -> None:
        self.set(RATE, rate)

    def volume(self) -> int:
        return self.get(VOLUME)

    def set_volume(self, volume: int) -> None:
        self.set(VOLUME, volume)

    def time_marks(self) -> bool:
        return self.get(TIME_MARKS)

    def set_time_marks(self, on: bool) -> None:
        self.set(TIME_MARKS, on)

    # -- the journal -------------------------------------------------------------------------

    def recurring(self) -> tuple[int, int]:
        """(episodes, days): that many cramps within that many days count as recurring."""
        return self.get(RECURRING_COUNT), self.get(RECURRING_DAYS)

    def set_recurring(self, count: int, days: int) -> None:
        self.set(RECURRING_COUNT, count)
        self.set(RECURRING_DAYS, days)

    # -- appearance ----------------------------------------------------------------------------

    def language(self) -> str:
        """ "en", "es" or "de"; empty to follow the system."""
        return self.get(LANGUAGE)

    def set_language(self, language: str) -> None:
        self.set(LANGUAGE, language)

    def theme(self) -> str:
        """ "system", "light", "dark" or "high-contrast"."""
        return self.get(THEME)

    def set_theme(self, name: str) -> None:
        self.set(THEME, name)

    def zoom(self) -> int:
        """Text size in percent of the system's (Ctrl+Plus / Ctrl+Minus)."""
        return self.get(ZOOM)

    def set_zoom(self, percent: int) -> None:
        self.set(ZOOM, percent)

    # -- the prevention plan -------------------------------------------------------------------

    def plan(self) -> schedule.WeeklyPlan:
        return schedule.WeeklyPlan(self.get(PLAN_DAYS), self.get(PLAN_TIME), self.get(PLAN_SESSION))

    def set_plan(self, plan: schedule.WeeklyPlan) -> None:
        """Kept as text a person can edit: days=mon,thu, time=18:00, session=alternate."""
        self.store.setValue(PLAN_DAYS.key, schedule.days_text(plan.days))
        self.store.setValue(PLAN_TIME.key, schedule.time_text(plan.at))
        self.set(PLAN_SESSION, plan.session)

    def get_reminders(self) -> bool:
        return self.get(REMINDERS)

    def plan_log(self) -> schedule.WeeklyPlan | None:
        """The plan for the printed sheet's second page; None when the user did not ask."""
        return self.plan() if self.get(PLAN_LOG_PAGE) else None

    def last_seen(self) -> datetime | None:
        """When the reminders were last looked at (local time); None the first time."""
        text = self.get(LAST_SEEN)
        return datetime.fromisoformat(text) if text else None

    def set_last_seen(self, moment: datetime) -> None:
        self.set(LAST_SEEN, moment.isoformat(timespec="seconds"))
