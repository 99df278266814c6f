"""The user's settings: one typed wrapper over QSettings, so a bad stored value never crashes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "CrampCoach"
APPLICATION = "cramp-coach"

T = TypeVar("T")


def _int(raw: object) -> int:
    return int(str(raw))


def _bool(raw: object) -> bool:
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    raise ValueError(text)


class Settings:
    """Typed access to the persisted settings; problems are collected as one-line warnings."""

    HOLD_SECONDS = "routine/hold_seconds"
    HANDS_FREE = "routine/hands_free"
    SPEECH_ON = "speech/on"
    VOICE = "speech/voice"
    RATE = "speech/rate"
    VOLUME = "speech/volume"
    TIME_MARKS = "speech/time_marks"
    RECURRING_COUNT = "journal/recurring_count"
    RECURRING_DAYS = "journal/recurring_days"
    LANGUAGE = "appearance/language"
    THEME = "appearance/theme"
    ZOOM = "appearance/zoom"

    RATE_RANGE = (80, 260)  # words per minute
    RECURRING_COUNT_RANGE = (2, 10)  # episodes...
    RECURRING_DAYS_RANGE = (7, 365)  # ...within this many days: "recurring", see a physician
    VOLUME_RANGE = (0, 100)  # percent
    ZOOM_RANGE = (50, 300)  # percent of the system font size

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)
        self.warnings: list[str] = []

    def _read(
        self,
        key: str,
        default: T,
        parse: Callable[[object], T],
        valid: Callable[[T], bool],
        expected: str,
    ) -> T:
        """The stored value, or `default` with a one-line warning when it cannot be used."""
        raw = self.store.value(key)
        if raw is None:
            return default
        try:
            value = parse(raw)
        except (TypeError, ValueError):
            value = None
        if value is None or not valid(value):
            warning = (
                f"{self.store.fileName()}: {key} must be {expected}, got {raw!r}; using {default}"
            )
            if warning not in self.warnings:
                self.warnings.append(warning)
                log.warning("%s", warning)
            return default
        return value

    def _write(self, key: str, value: object) -> None:
        self.store.setValue(key, value)
        self.store.sync()

    # -- the routine -------------------------------------------------------------------------

    def hold_seconds(self, default: int, low: int, high: int) -> int:
        """The saved hold length, or `default` when what is saved is unusable."""
        return self._read(
            self.HOLD_SECONDS, default, _int, lambda v: low <= v <= high, f"{low} to {high}"
        )

    def set_hold_seconds(self, seconds: int) -> None:
        self._write(self.HOLD_SECONDS, seconds)

    def hands_free(self) -> bool:
        return self._read(self.HANDS_FREE, False, _bool, lambda _: True, "true or false")

    def set_hands_free(self, on: bool) -> None:
        self._write(self.HANDS_FREE, on)

    # -- speech --------------------------------------------------------------------------------

    def speech_on(self) -> bool:
        return self._read(self.SPEECH_ON, True, _bool, lambda _: True, "true or false")

    def set_speech_on(self, on: bool) -> None:
        self._write(self.SPEECH_ON, on)

    def voice(self) -> str:
        """The engine's voice id; empty for the engine's default."""
        return self._read(self.VOICE, "", str, lambda _: True, "a voice name")

    def set_voice(self, voice: str) -> None:
        self._write(self.VOICE, voice)

    def rate(self) -> int:
        low, high = self.RATE_RANGE
        return self._read(self.RATE, 175, _int, lambda v: low <= v <= high, f"{low} to {high}")

    def set_rate(self, rate: int) -> None:
        self._write(self.RATE, rate)

    def volume(self) -> int:
        low, high = self.VOLUME_RANGE
        return self._read(self.VOLUME, 100, _int, lambda v: low <= v <= high, f"{low} to {high}")

    def set_volume(self, volume: int) -> None:
        self._write(self.VOLUME, volume)

    def time_marks(self) -> bool:
        return self._read(self.TIME_MARKS, True, _bool, lambda _: True, "true or false")

    def set_time_marks(self, on: bool) -> None:
        self._write(self.TIME_MARKS, on)

    # -- the journal -------------------------------------------------------------------------

    def recurring(self) -> tuple[int, int]:
        """(episodes, days): that many cramps within that many days count as recurring."""
        low, high = self.RECURRING_COUNT_RANGE
        count = self._read(
            self.RECURRING_COUNT, 3, _int, lambda v: low <= v <= high, f"{low} to {high}"
        )
        low, high = self.RECURRING_DAYS_RANGE
        days = self._read(
            self.RECURRING_DAYS, 30, _int, lambda v: low <= v <= high, f"{low} to {high}"
        )
        return count, days

    def set_recurring(self, count: int, days: int) -> None:
        self._write(self.RECURRING_COUNT, count)
        self._write(self.RECURRING_DAYS, days)

    # -- appearance ----------------------------------------------------------------------------

    def language(self) -> str:
        """ "en", "es" or "de"; empty to follow the system."""
        from cramp_coach.i18n import LANGUAGES

        expected = "empty (as the system), " + ", ".join(LANGUAGES)
        return self._read(self.LANGUAGE, "", str, lambda v: v in ("", *LANGUAGES), expected)

    def set_language(self, language: str) -> None:
        self._write(self.LANGUAGE, language)

    def theme(self) -> str:
        """ "system", "light", "dark" or "high-contrast"."""
        from cramp_coach.ui.theme import DEFAULT_THEME, parse_theme

        return str(
            self._read(
                self.THEME,
                DEFAULT_THEME,
                parse_theme,
                lambda _: True,
                "system, light, dark or high-contrast",
            ).value
        )

    def set_theme(self, name: str) -> None:
        self._write(self.THEME, name)

    def zoom(self) -> int:
        """Text size in percent of the system's (Ctrl+Plus / Ctrl+Minus)."""
        low, high = self.ZOOM_RANGE
        return self._read(self.ZOOM, 100, _int, lambda v: low <= v <= high, f"{low} to {high}")

    def set_zoom(self, percent: int) -> None:
        self._write(self.ZOOM, percent)
