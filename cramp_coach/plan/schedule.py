"""The weekly plan as a model, on an injected clock: the next reminder, what is due today and
the reminders missed while the app was closed. Local wall-clock times (naive datetimes), as the
user reads them; no Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# The sessions that alternate by default (issue 19's shipped strength sessions, part A).
ALTERNATE = "alternate"
STRENGTH_SESSIONS = ("strength-a", "strength-b")
# General guidance for strength work: 2-3 non-consecutive days a week; e.g. Mon and Thu, 18:00.
DEFAULT_DAYS: tuple[int, ...] = (0, 3)
DEFAULT_TIME = time(18, 0)
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # as stored, and RFC 5545's MO..SU
# A fixed Monday the alternation counts from, so A/B on a date never depends on when the plan
# was saved (the window, the tray and the calendar agree).
_EPOCH = date(2024, 1, 1)
MISSED_WITHIN = timedelta(days=7)  # older reminders missed are not worth a line
_SESSION_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


@dataclass(frozen=True)
class Reminder:
    """One planned session: when, and which session (its id)."""

    at: datetime
    session_id: str


@dataclass(frozen=True)
class WeeklyPlan:
    """Weekdays (0 = Monday), a time of day and a session id (or ALTERNATE: A and B by turns)."""

    days: tuple[int, ...] = DEFAULT_DAYS
    at: time = DEFAULT_TIME
    session: str = ALTERNATE

    def __post_init__(self) -> None:
        if not all(0 <= day <= 6 for day in self.days) or len(set(self.days)) != len(self.days):
            raise ValueError(f"days must be distinct weekdays 0 to 6, got {self.days!r}")
        object.__setattr__(self, "days", tuple(sorted(self.days)))

    def session_on(self, day: date) -> str | None:
        """The session planned on `day`, None when the day is not in the plan."""
        if day.weekday() not in self.days:
            return None
        if self.session != ALTERNATE:
            return self.session
        weeks = (day - _EPOCH).days // 7
        number = weeks * len(self.days) + self.days.index(day.weekday())
        return STRENGTH_SESSIONS[number % len(STRENGTH_SESSIONS)]

    def reminder_on(self, day: date) -> Reminder | None:
        session = self.session_on(day)
        return None if session is None else Reminder(datetime.combine(day, self.at), session)

    def due_today(self, now: datetime) -> Reminder | None:
        """Today's planned session (before or after its time), None on a free day."""
        return self.reminder_on(now.date())

    def next_reminder(self, now: datetime) -> Reminder | None:
        """The first reminder strictly after `now`; None when no day is planned."""
        for offset in range(8):
            reminder = self.reminder_on(now.date() + timedelta(days=offset))
            if reminder is not None and reminder.at > now:
                return reminder
        return None

    def between(self, after: datetime, until: datetime) -> list[Reminder]:
        """The reminders in (after, until], oldest first."""
        found = []
        day = after.date()
        while day <= until.date():
            reminder = self.reminder_on(day)
            if reminder is not None and after < reminder.at <= until:
                found.append(reminder)
            day += timedelta(days=1)
        return found

    def missed(self, last_seen: datetime | None, now: datetime) -> list[Reminder]:
        """Reminders that came while the app was not running (after `last_seen`, up to `now`),
        within the last week; none the first time (nothing was seen yet)."""
        if last_seen is None or last_seen >= now:
            return []
        return self.between(max(last_seen, now - MISSED_WITHIN), now)


# -- as stored in the settings ------------------------------------------------------------------


def parse_days(raw: object) -> tuple[int, ...]:
    """ "mon,thu" as (0, 3); ValueError when it names no weekday or one twice. Empty: no days."""
    text = str(raw).strip().lower()
    if not text:
        return ()
    names = [part.strip() for part in text.split(",")]
    if any(name not in DAY_NAMES for name in names) or len(set(names)) != len(names):
        raise ValueError(text)
    return tuple(sorted(DAY_NAMES.index(name) for name in names))


def days_text(days: tuple[int, ...]) -> str:
    return ",".join(DAY_NAMES[day] for day in sorted(days))


def parse_time(raw: object) -> time:
    """ "18:00" as 18:00; ValueError when it is not HH:MM on a 24-hour clock."""
    text = str(raw).strip()
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if match is None:
        raise ValueError(text)
    return time(int(match.group(1)), int(match.group(2)))  # ValueError past 23:59


def time_text(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def parse_session(raw: object) -> str:
    """A session id (lower-case letters, digits, hyphens) or "alternate"."""
    text = str(raw).strip()
    if not _SESSION_ID.fullmatch(text):
        raise ValueError(text)
    return text


def parse_moment(raw: object) -> str:
    """A stored local date and time (ISO 8601, minutes or seconds), kept as its text."""
    text = str(raw).strip()
    datetime.fromisoformat(text)  # ValueError when it is none
    return text
