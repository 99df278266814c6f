"""The plan as an iCalendar file (RFC 5545): one weekly recurring event per session and week
(A and B alternate: an odd number of days a week makes a two-week cycle), each with an alarm at
its time, so a phone's calendar reminds too. CRLF line ends, lines folded at 75 octets, TEXT
escaped, stable UIDs (importing it again updates the events instead of adding them twice)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from cramp_coach.plan.schedule import DAY_NAMES, WeeklyPlan

SESSION_MINUTES = 20  # the events' length: general guidance for a short strength session
_FOLD = 75  # octets a content line may have before it is folded (RFC 5545, 3.1)


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line ends escaped (RFC 5545, 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """A content line cut into 75-octet pieces joined by CRLF and a space, never inside a
    UTF-8 character."""
    pieces: list[str] = []
    current, size = "", 0
    for character in line:
        octets = len(character.encode("utf-8"))
        limit = _FOLD if not pieces else _FOLD - 1  # a continuation starts with a space
        if size + octets > limit:
            pieces.append(current)
            current, size = "", 0
        current += character
        size += octets
    pieces.append(current)
    return "\r\n ".join(pieces)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")  # floating: the time where the phone is


def calendar(
    plan: WeeklyPlan,
    today: date,
    texts: Callable[[str], tuple[str, str]],
    now: datetime | None = None,
) -> str:
    """The plan from the week of `today` on. `texts(session_id)`: the event's title and
    description (translated). Empty plan: a calendar with no events."""
    stamp = _stamp(now or datetime.now(UTC))
    monday = today - timedelta(days=today.weekday())
    # Which days each session has in week 0 and week 1 of a two-week cycle.
    weeks: dict[str, list[list[date]]] = {}
    for week in range(2):
        for day in plan.days:
            when = monday + timedelta(days=7 * week + day)
            session = plan.session_on(when)
            if session is not None:
                weeks.setdefault(session, [[], []])[week].append(when)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Cramp Coach//Prevention plan//EN",
        "CALSCALE:GREGORIAN",
    ]
    for session, (first, second) in sorted(weeks.items()):
        same = [d.weekday() for d in first] == [d.weekday() for d in second]
        cycles = [(first, 1, "")] if same else [(first, 2, "-1"), (second, 2, "-2")]
        title, description = texts(session)
        for days, interval, part in cycles:
            if not days:
                continue
            start = datetime.combine(days[0], plan.at)
            byday = ",".join(DAY_NAMES[d.weekday()][:2].upper() for d in days)
            rule = f"FREQ=WEEKLY;BYDAY={byday}" + (f";INTERVAL={interval}" if interval > 1 else "")
            lines += [
                "BEGIN:VEVENT",
                f"UID:plan-{session}{part}@cramp-coach",
                f"DTSTAMP:{stamp}",
                f"DTSTART:{_local(start)}",
                f"DURATION:PT{SESSION_MINUTES}M",
                f"RRULE:{rule}",
                f"SUMMARY:{escape(title)}",
                f"DESCRIPTION:{escape(description)}",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:PT0M",
                f"DESCRIPTION:{escape(title)}",
                "END:VALARM",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
