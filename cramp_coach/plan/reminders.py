"""When to remind: the plan checked against the local clock every half minute (so a machine
that slept, or a clock that moved, is caught up), snoozed reminders, and the ones missed while
the app was closed. Time is injected; the window and the tray only listen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from cramp_coach.plan.schedule import Reminder, WeeklyPlan
from cramp_coach.settings import Settings

CHECK_MS = 30_000
SNOOZE = timedelta(minutes=15)  # "Later"


class ReminderScheduler(QObject):
    """Says `due` for each reminder whose time has come since it last looked."""

    due = Signal(object)  # Reminder

    def __init__(
        self,
        settings: Settings,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.now = now
        self.plan: WeeklyPlan = settings.plan()
        self.enabled = settings.get_reminders()
        self._snoozed: list[Reminder] = []
        self._last = now()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> list[Reminder]:
        """Starts looking; returns the reminders missed since the app last looked (if on)."""
        missed = self.plan.missed(self.settings.last_seen(), self._last) if self.enabled else []
        self.settings.set_last_seen(self._last)
        self._timer.start()
        return missed

    def set_plan(self, plan: WeeklyPlan, enabled: bool) -> None:
        """A new plan from now on (nothing between the old one and now is said)."""
        self.plan, self.enabled = plan, enabled
        self._snoozed.clear()
        self._last = self.now()

    def snooze(self, session_id: str) -> Reminder:
        """ "Later": the same session again in 15 minutes."""
        again = Reminder(self.now() + SNOOZE, session_id)
        self._snoozed.append(again)
        return again

    def next_reminder(self) -> Reminder | None:
        """The next reminder (a snoozed one too), None when reminders are off or no day is set."""
        if not self.enabled:
            return None
        coming = [self.plan.next_reminder(self._last), *self._snoozed]
        found = [reminder for reminder in coming if reminder is not None]
        return min(found, key=lambda reminder: reminder.at) if found else None

    def check(self) -> None:
        now = self.now()
        if now < self._last:  # the clock went back: start again from here
            self._last = now
            return
        if self.enabled:
            came = self.plan.between(self._last, now)
            came += [reminder for reminder in self._snoozed if reminder.at <= now]
            self._snoozed = [reminder for reminder in self._snoozed if reminder.at > now]
            for reminder in sorted(came, key=lambda reminder: reminder.at):
                self.due.emit(reminder)
            if came:
                self.settings.set_last_seen(now)
        self._last = now

    def stop(self) -> None:
        """Stops looking; what comes from now on is missed (said at the next start)."""
        self._timer.stop()
        self.settings.set_last_seen(max(self._last, self.now()))
