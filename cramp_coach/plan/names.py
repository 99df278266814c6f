"""What the plan's texts call things, translated (tr): the shipped sessions and the weekdays."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from cramp_coach import i18n
from cramp_coach.i18n import fill
from cramp_coach.plan.schedule import ALTERNATE, WeeklyPlan, time_text


def session_title(session_id: str) -> str:
    """The session's name as the user reads it: a shipped session's from its data file (in the
    language installed), "A and B by turns", or a user's own session by its id."""
    if session_id == ALTERNATE:
        return QCoreApplication.translate("PlanNames", "Strength A and B by turns")
    return _shipped_titles(i18n.current_language()).get(session_id, session_id)


@functools.lru_cache(maxsize=4)
def _shipped_titles(language: str) -> dict[str, str]:
    """The shipped sessions' names (assets/sessions, the one source of them); read once."""
    from cramp_coach.content.exercises import load_shipped
    from cramp_coach.content.sessions import load_shipped_sessions

    library = {exercise.id: exercise for exercise in load_shipped(language)}
    return {session.id: session.name for session in load_shipped_sessions(library, language)}


def day_names() -> list[str]:
    """Monday to Sunday, short, as the plan's checkboxes show them."""
    return [
        QCoreApplication.translate("PlanNames", "Mon"),
        QCoreApplication.translate("PlanNames", "Tue"),
        QCoreApplication.translate("PlanNames", "Wed"),
        QCoreApplication.translate("PlanNames", "Thu"),
        QCoreApplication.translate("PlanNames", "Fri"),
        QCoreApplication.translate("PlanNames", "Sat"),
        QCoreApplication.translate("PlanNames", "Sun"),
    ]


def reminder_text(session_id: str) -> tuple[str, str]:
    """The reminder's title and body (the notification and the calendar's alarm)."""
    return (
        fill(QCoreApplication.translate("PlanNames", "Time for %1"), session_title(session_id)),
        QCoreApplication.translate(
            "PlanNames",
            "Your planned prevention session: hamstring strength work helps prevent cramps.",
        ),
    )


def when_text(moment: datetime, now: datetime) -> str:
    """A reminder's time as a person says it: "today 18:00", "tomorrow 18:00", "Thu 18:00"."""
    at = time_text(moment.time())
    if moment.date() == now.date():
        return fill(QCoreApplication.translate("PlanNames", "today %1"), at)
    if moment.date() == now.date() + timedelta(days=1):
        return fill(QCoreApplication.translate("PlanNames", "tomorrow %1"), at)
    return f"{day_names()[moment.weekday()]} {at}"


def next_line(plan: WeeklyPlan, now: datetime) -> str:
    """ "Next: Thu 18:00, Strength B", or that no day is planned."""
    upcoming = plan.next_reminder(now)
    if upcoming is None:
        return QCoreApplication.translate("PlanNames", "No day planned.")
    return fill(
        QCoreApplication.translate("PlanNames", "Next: %1, %2"),
        when_text(upcoming.at, now),
        session_title(upcoming.session_id),
    )


def schedule_line(plan: WeeklyPlan) -> str:
    """ "Mon, Thu at 18:00: Strength A and B by turns." (or that no day is planned)."""
    if not plan.days:
        return QCoreApplication.translate("PlanNames", "No day planned.")
    days = ", ".join(day_names()[day] for day in plan.days)
    return fill(
        QCoreApplication.translate("PlanNames", "%1 at %2: %3."),
        days,
        time_text(plan.at),
        session_title(plan.session),
    )


def plan_line(plan: WeeklyPlan, now: datetime) -> str:
    """The plan in one line and its next session: what `cramp-coach plan` prints."""
    if not plan.days:
        return schedule_line(plan)
    return f"{schedule_line(plan)} {next_line(plan, now)}"
