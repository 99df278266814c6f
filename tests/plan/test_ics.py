"""`cramp-coach plan --ics -o FILE`: the plan as RFC 5545, read back by a real parser (icalendar):
the weekdays, the time, the alarm; folded lines, escaping; a bad -o is one line."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path

import icalendar
from PySide6.QtCore import QSettings

from cramp_coach.plan.ics import calendar, fold
from cramp_coach.plan.schedule import WeeklyPlan
from tests.test_cli import run, without_display


def events(text: str) -> list[icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(text)
    return [part for part in parsed.walk() if part.name == "VEVENT"]


def occurrences(event: icalendar.Event, weeks: int) -> list[datetime]:
    """The event's dates over `weeks` weeks, expanded from its RRULE by hand (BYDAY, INTERVAL)."""
    start = event.decoded("DTSTART")
    rule = event["RRULE"]
    days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    byday = [days.index(d) for d in rule["BYDAY"]]
    interval = int(rule.get("INTERVAL", [1])[0])
    monday = start - timedelta(days=start.weekday())
    return [
        monday + timedelta(weeks=week, days=day)
        for week in range(0, weeks, interval)
        for day in byday
    ]


def test_the_plan_as_weekly_events_with_an_alarm_at_its_time(tmp_path: Path) -> None:
    env = without_display()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    settings = QSettings(str(tmp_path / "config/CrampCoach/cramp-coach.conf"), QSettings.IniFormat)
    settings.setValue("plan/days", "mon,wed,fri")
    settings.setValue("plan/time", "07:15")
    settings.sync()
    target = tmp_path / "plan.ics"
    result = run("plan", "--ics", "-o", str(target), env=env)
    assert result.returncode == 0, result.stderr
    raw = target.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF only
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    found = events(raw.decode("utf-8"))
    assert found
    sessions: dict[date, str] = {}
    for event in found:
        assert event["UID"] and event["DTSTAMP"]
        assert event["RRULE"]["FREQ"] == ["WEEKLY"]
        assert event.decoded("DTSTART").time() == time(7, 15)
        alarms = [part for part in event.walk() if part.name == "VALARM"]
        assert len(alarms) == 1 and alarms[0]["ACTION"] == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == timedelta(0)
        for when in occurrences(event, 4):
            assert when.date() not in sessions
            sessions[when.date()] = str(event["SUMMARY"])
    days = sorted(sessions)
    assert {d.weekday() for d in days} == {0, 2, 4}
    assert len(days) == 12  # three a week for four weeks, no day twice
    titles = [sessions[d] for d in days]
    assert all(a != b for a, b in pairwise(titles))  # A and B by turns


def test_long_and_special_text_is_folded_and_escaped_and_reads_back() -> None:
    title = "Zeit für Kräftigung; Oberschenkel, hinten\\ " + "ä" * 60
    text = calendar(
        WeeklyPlan(days=(3,), session="post-run"),
        date(2026, 12, 3),
        lambda _s: (title, "line\nnext"),
        None,
    )
    (event,) = events(text)
    assert str(event["SUMMARY"]) == title
    assert str(event["DESCRIPTION"]) == "line\nnext"
    for line in text.encode("utf-8").split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # never cut inside a character
    assert fold("x" * 75) == "x" * 75 and fold("x" * 76) == "x" * 75 + "\r\n x"


def test_an_empty_plan_is_a_calendar_with_no_events() -> None:
    assert events(calendar(WeeklyPlan(days=()), date(2026, 12, 3), lambda s: (s, s))) == []


def test_a_bad_output_is_one_line(tmp_path: Path) -> None:
    env = without_display()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    for args in (["-o", str(tmp_path)], ["-o", "/proc/plan.ics"], []):
        result = run("plan", "--ics", *args, env=env)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1, result.stderr


def test_plan_prints_its_days_and_next_session(tmp_path: Path) -> None:
    env = without_display()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["LANGUAGE"] = env["LANG"] = "C.UTF-8"
    result = run("plan", env=env)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert result.stdout.startswith("Mon, Thu at 18:00"), result.stdout
