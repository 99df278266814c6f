"""The user's settings: one typed wrapper over QSettings, so a bad stored value never crashes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "CrampCoach"
APPLICATION = "cramp-coach"


class Settings:
    """Typed access to the persisted settings; problems are collected as one-line warnings."""

    HOLD_SECONDS = "routine/hold_seconds"

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)
        self.warnings: list[str] = []

    def hold_seconds(self, default: int, low: int, high: int) -> int:
        """The saved hold length, or `default` (with a warning) when what is saved is unusable."""
        raw = self.store.value(self.HOLD_SECONDS)
        if raw is None:
            return default
        try:
            value = int(str(raw))
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            self.warnings.append(
                f"{self.store.fileName()}: {self.HOLD_SECONDS} must be {low} to {high}, "
                f"got {raw!r}; using {default}"
            )
            return default
        return value

    def set_hold_seconds(self, seconds: int) -> None:
        self.store.setValue(self.HOLD_SECONDS, seconds)
        self.store.sync()
