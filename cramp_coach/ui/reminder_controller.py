"""The plan's reminders in the running app: the scheduler says when, the notifier shows it
("Start now" / "Later"), the tray offers the cramp routine, today's session and the next
reminder; a reminder missed while the app was closed is said at the next start. Where there
is no notification service or no tray, the window says so once and the rest goes on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from cramp_coach.i18n import fill
from cramp_coach.plan import names
from cramp_coach.plan.notify import LATER, START, DBusNotifier, Notifier
from cramp_coach.plan.reminders import ReminderScheduler
from cramp_coach.plan.schedule import Reminder, WeeklyPlan
from cramp_coach.settings import KEEP_IN_TRAY, REMINDERS

if TYPE_CHECKING:
    from cramp_coach.settings import Settings
    from cramp_coach.ui.tray import Tray


class ReminderController(QObject):
    """Reminders, their notifications and the tray, for one window."""

    startSessionRequested = Signal(str)  # noqa: N815 (Qt's style): the session id
    crampRequested = Signal()  # noqa: N815
    showRequested = Signal()  # noqa: N815
    quitRequested = Signal()  # noqa: N815
    said = Signal(str)  # one line for the window's notice

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        notifier: Notifier | None = None,
        now: Callable[[], datetime] = datetime.now,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.now = now
        self.scheduler = ReminderScheduler(settings, now, self)
        self.scheduler.due.connect(self.remind)
        self.notifier = notifier if notifier is not None else DBusNotifier(parent=self)
        self.notifier.actionInvoked.connect(self._action)
        self.notifier.unavailable.connect(self._no_notifications)
        self._tray_available = tray_available
        self.tray: Tray | None = None
        self._told: set[str] = set()  # what was said once already
        self._last_title = ""

    # -- starting, and the plan changing ---------------------------------------------------

    def start(self) -> None:
        """Starts the reminders and the tray; says what was missed while the app was closed."""
        missed = self.scheduler.start()
        if missed:
            last = missed[-1]
            self.said.emit(
                fill(
                    self.tr("Missed while Cramp Coach was closed: %1, %2."),
                    names.session_title(last.session_id),
                    names.when_text(last.at, self.now()),
                )
            )
        self.update_tray()

    def set_plan(self, plan: WeeklyPlan, reminders: bool) -> None:
        self.settings.set_plan(plan)
        self.settings.set(REMINDERS, reminders)
        self.scheduler.set_plan(plan, reminders)
        self.update_tray()

    def stop(self) -> None:
        """The app quits: the time is kept (later reminders count as missed), the tray goes."""
        self.scheduler.stop()
        closer = getattr(self.notifier, "close", None)
        if callable(closer):
            closer()
        if self.tray is not None:
            self.tray.icon.hide()

    def keep_in_tray(self) -> bool:
        """Closing the window keeps the app in the tray (the setting, and a tray to be in)."""
        return self.settings.get(KEEP_IN_TRAY) and self.tray is not None

    # -- reminding -------------------------------------------------------------------------

    def remind(self, reminder: Reminder) -> None:
        title, body = names.reminder_text(reminder.session_id)
        actions = {START: self.tr("Start now"), LATER: self.tr("Later")}
        if self.notifier.problem is None:  # a failure now or later: _no_notifications says it
            self._last_title = title
            self.notifier.show(reminder.session_id, title, body, actions)
        else:  # known to have no notification service: the window says it
            self.said.emit(title)
        self.update_tray()

    def _action(self, session_id: str, action: str) -> None:
        if action == START:
            self.startSessionRequested.emit(session_id)
        elif action == LATER:
            self.scheduler.snooze(session_id)
        self.update_tray()

    def _no_notifications(self, why: str) -> None:
        if self._last_title:  # the reminder that could not be shown
            self.said.emit(self._last_title)
            self._last_title = ""
        self._say_once(
            "notifications",
            fill(
                self.tr("No desktop notifications (%1): reminders show here in the window."),
                why,
            ),
        )

    def _say_once(self, key: str, line: str) -> None:
        if key not in self._told:
            self._told.add(key)
            self.said.emit(line)

    # -- the tray ----------------------------------------------------------------------------

    def update_tray(self) -> None:
        wanted = self.scheduler.enabled or self.settings.get(KEEP_IN_TRAY)
        if not wanted:
            if self.tray is not None:
                self.tray.icon.hide()
            return
        if not self._tray_available():
            if not self.settings.get(KEEP_IN_TRAY):
                return  # the reminders work without it: nothing worth a line
            self._say_once(
                "tray",
                self.tr(
                    "No system tray on this desktop: Cramp Coach shows no tray icon, and "
                    "closing the window quits it."
                ),
            )
            return
        if self.tray is None:
            self.tray = self._make_tray()
        now = self.now()
        today = self.scheduler.plan.due_today(now) if self.scheduler.enabled else None
        today_line = (
            fill(self.tr("Today: %1"), names.session_title(today.session_id))
            if today is not None
            else None
        )
        upcoming = self.scheduler.next_reminder()
        next_line = (
            fill(self.tr("Next reminder: %1"), names.when_text(upcoming.at, now))
            if upcoming is not None
            else self.tr("No reminders")
        )
        self.tray.show_lines(today_line, next_line)
        self.tray.icon.show()

    def _make_tray(self) -> Tray:
        from cramp_coach.ui.icon import app_icon
        from cramp_coach.ui.tray import Tray

        tray = Tray(app_icon(), self)
        tray.cramp.connect(self.crampRequested)
        tray.today.connect(self._start_today)
        tray.show_window.connect(self.showRequested)
        tray.quit.connect(self.quitRequested)
        return tray

    def _start_today(self) -> None:
        today = self.scheduler.plan.due_today(self.now())
        if today is not None:
            self.startSessionRequested.emit(today.session_id)
