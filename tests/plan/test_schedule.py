"""The weekly plan on an injected clock: next reminder, today's session, reminders missed while
the app was closed; and the plan as the settings keep it (a bad value: one line, the default)."""

from __future__ import annotations

from datetime import datetime, time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cramp_coach.plan.schedule import (
    ALTERNATE,
    DEFAULT_DAYS,
    DEFAULT_TIME,
    Reminder,
    WeeklyPlan,
    parse_days,
)
from cramp_coach.settings import Settings

# Thursday 3 December 2026
THU = datetime(2026, 12, 3, 9, 0)


def test_the_default_is_two_non_consecutive_days_alternating_a_and_b() -> None:
    plan = WeeklyPlan()
    assert plan.days == DEFAULT_DAYS == (0, 3)  # Monday and Thursday
    assert plan.at == DEFAULT_TIME == time(18, 0)
    assert plan.session == ALTERNATE
    assert all(b - a > 1 for a, b in pairwise(plan.days))
    assert 7 - plan.days[-1] + plan.days[0] > 1  # not consecutive across the week's end


def test_next_reminder_today_then_on_the_next_planned_day() -> None:
    plan = WeeklyPlan()
    morning = plan.next_reminder(THU)
    assert morning is not None and morning.at == datetime(2026, 12, 3, 18, 0)
    after = plan.next_reminder(datetime(2026, 12, 3, 18, 0))  # strictly after
    assert after is not None and after.at == datetime(2026, 12, 7, 18, 0)  # Monday
    assert WeeklyPlan(days=()).next_reminder(THU) is None


def test_alternate_sessions_take_turns_and_every_clock_agrees() -> None:
    plan = WeeklyPlan(days=(0, 2, 4))  # an odd number of days: the turn moves each week
    now, seen = datetime(2026, 11, 30, 0, 0), []
    for _ in range(6):
        reminder = plan.next_reminder(now)
        assert reminder is not None
        seen.append(reminder.session_id)
        now = reminder.at
    assert seen == ["strength-a", "strength-b"] * 3 or seen == ["strength-b", "strength-a"] * 3
    fixed = WeeklyPlan(session="post-run")
    assert fixed.session_on(THU.date()) == "post-run"


def test_due_today_on_a_planned_day_and_none_on_a_free_one() -> None:
    plan = WeeklyPlan()
    assert plan.due_today(THU) == Reminder(datetime(2026, 12, 3, 18, 0), "strength-b")
    assert plan.due_today(datetime(2026, 12, 4, 9, 0)) is None  # Friday


def test_missed_while_closed_within_a_week_and_never_the_first_time() -> None:
    plan = WeeklyPlan()
    closed, opened = datetime(2026, 11, 29, 20, 0), datetime(2026, 12, 3, 19, 0)
    missed = plan.missed(closed, opened)
    assert [r.at for r in missed] == [datetime(2026, 11, 30, 18, 0), datetime(2026, 12, 3, 18, 0)]
    assert plan.missed(None, opened) == []
    long_ago = plan.missed(datetime(2026, 1, 1), opened)
    assert all((opened - r.at).days < 7 for r in long_ago)


@pytest.mark.parametrize("text", ["mon,mon", "monday", "mon;thu", "8"])
def test_bad_days_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_days(text)


def test_the_plan_is_kept_in_the_settings_as_text_a_person_can_edit() -> None:
    settings = Settings()
    settings.set_plan(WeeklyPlan(days=(1, 4), at=time(7, 30), session="strength-a"))
    again = Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat))
    assert again.plan() == WeeklyPlan(days=(1, 4), at=time(7, 30), session="strength-a")
    text = Path(settings.store.fileName()).read_text(encoding="utf-8")
    assert "tue,fri" in text and "07:30" in text


@pytest.mark.parametrize(
    ("key", "value"),
    [("plan/days", "someday"), ("plan/time", "25:00"), ("plan/session", "../x")],
)
def test_a_bad_stored_plan_is_one_line_and_the_default(key: str, value: str) -> None:
    settings = Settings()
    settings.store.setValue(key, value)
    assert settings.plan() == WeeklyPlan()
    assert len(settings.warnings) == 1
    assert key in settings.warnings[0] and "\n" not in settings.warnings[0]


def test_days_written_by_hand_without_quotes_are_read() -> None:
    settings = Settings()
    path = settings.store.fileName()
    del settings
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("[plan]\ndays=tue, sat\n", encoding="utf-8")
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).plan().days == (1, 5)
