"""The journal as JSON, CSV or a terminal table, for the user's doctor or coach.

JSON shape (version 2: version 1 had no "sessions"; both are read back by journal.importer);
times are ISO-8601 in UTC, lists are in the journal's order (newest episode first, steps in the
order the routine reached them, causes sorted):

    {"format": "cramp-coach-journal", "version": 2,
     "episodes": [{"id": 3, "started_at": "2026-11-25T12:05:01.000000+00:00",
                   "ended_at": "2026-11-25T12:09:40.000000+00:00" | null,
                   "leg": "left" | "right" | null, "reps": 0..10 (content.routine.MAX_REPS),
                   "outcome": "eased" | "prolonged" | "stopped" | "unanswered" | "injury" (a
                              suspected strain; routine.flow's Outcome) | "unfinished",
                   "note": "", "manual": false, "causes": ["little_water", "stayed"],
                   "steps": [{"step": "stop", "at": "2026-11-25T12:05:01.000000+00:00"}, ...]}],
     "sessions": [{"id": 2, "session": "strength-a", "name": "Strength A: ...",
                   "started_at": ..., "ended_at": ... | null,
                   "outcome": "complete" | "partial" | "interrupted" (a cramp ended it) |
                              "unfinished",
                   "exercises": 3 (how many the session has),
                   "sets": [{"exercise_number": 1, "exercise": "glute-bridge", "set": 1,
                             "side": "left" | "right" | null, "reps": 10, "seconds": 0,
                             "at": ...}, ...]}]}

Prevention sessions (newest first) follow the episodes in the CSV too, one row each, with
"record" saying which is which ("cramp" or "prevention"): their "reps" are the reps done in
all, "session" names the session, and "sets" lists each set as
"<exercise>#<set>[:left|:right] <reps> reps|<seconds> s@<time>".

CSV (RFC 4180, CRLF line ends): a header row, then one row per episode; the step timeline is
one column, "stop@<time>;position@<time>;...", and causes one column, "little_water;stayed". A
text cell
that a spreadsheet would take for a formula (it begins with =, +, -, @, a tab or a carriage
return, e.g. a note "=HYPERLINK(...)") begins with a single quote, as OWASP recommends against
CSV injection: spreadsheets then show it as the text it is.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo

from cramp_coach.journal.rules import likely_contributors
from cramp_coach.journal.store import Episode, PreventionSession, SetDone
from cramp_coach.routine.flow import Outcome

FORMAT = "cramp-coach-journal"
VERSION = 2

CSV_COLUMNS = (
    "id",
    "started_at",
    "ended_at",
    "duration_seconds",
    "leg",
    "reps",
    "outcome",
    "manual",
    "causes",
    "note",
    "steps",
    "record",  # from version 2 on: "cramp" or "prevention"
    "session",
    "sets",
)


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A CSV cell that no spreadsheet evaluates: text that could start a formula is quoted."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def to_json(episodes: Sequence[Episode], sessions: Sequence[PreventionSession] = ()) -> str:
    """The episodes and prevention sessions in the documented JSON shape above, indented,
    with a final newline."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "episodes": [
            {
                "id": episode.id,
                "started_at": _time(episode.started_at),
                "ended_at": None if episode.ended_at is None else _time(episode.ended_at),
                "leg": episode.leg,
                "reps": episode.reps,
                "outcome": episode.outcome,
                "note": episode.note,
                "manual": episode.manual,
                "causes": sorted(episode.causes),
                "steps": [{"step": step.step_id, "at": _time(step.at)} for step in episode.steps],
            }
            for episode in episodes
        ],
        "sessions": [
            {
                "id": session.id,
                "session": session.session_id,
                "name": session.name,
                "started_at": _time(session.started_at),
                "ended_at": None if session.ended_at is None else _time(session.ended_at),
                "outcome": session.outcome,
                "exercises": session.exercises,
                "sets": [
                    {
                        "exercise_number": done.exercise_number,
                        "exercise": done.exercise_id,
                        "set": done.set_number,
                        "side": done.side,
                        "reps": done.reps,
                        "seconds": done.seconds,
                        "at": _time(done.at),
                    }
                    for done in session.sets
                ],
            }
            for session in sessions
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_csv(episodes: Sequence[Episode], sessions: Sequence[PreventionSession] = ()) -> str:
    """A header row, then one row per episode in the given order, then one per prevention
    session (times ISO-8601 UTC)."""
    out = io.StringIO()
    # RFC 4180's CRLF: with only LF, a cell holding a lone CR went unquoted, and a spreadsheet
    # broke the row there (what followed the CR became a cell of its own, a formula).
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    records: list[Episode | PreventionSession] = [*episodes, *sessions]
    for record in records:
        writer.writerow(_cell(value) for value in _csv_row(record))
    return out.getvalue()


def _csv_row(record: Episode | PreventionSession) -> tuple[object, ...]:
    """An episode's or a session's cells: the times and outcome where both have them."""
    times = (
        record.id,
        _time(record.started_at),
        "" if record.ended_at is None else _time(record.ended_at),
        _seconds(record),
    )
    if isinstance(record, PreventionSession):
        sets = ";".join(_set_text(done) for done in record.sets)
        reps = sum(done.reps for done in record.sets)
        return (
            *times,
            "",
            reps,
            record.outcome,
            "no",
            "",
            "",
            "",
            "prevention",
            record.session_id,
            sets,
        )
    return (
        *times,
        record.leg or "",
        record.reps,
        record.outcome,
        "yes" if record.manual else "no",
        ";".join(sorted(record.causes)),
        record.note,
        ";".join(f"{step.step_id}@{_time(step.at)}" for step in record.steps),
        "cramp",
        "",
        "",
    )


def _set_text(done: SetDone) -> str:
    side = f":{done.side}" if done.side else ""
    amount = f"{done.reps} reps" if done.reps else f"{done.seconds} s"
    return f"{done.exercise_id}#{done.set_number}{side} {amount}@{_time(done.at)}"


def _seconds(episode: Episode | PreventionSession) -> str:
    if episode.ended_at is None:
        return ""
    return str(round((episode.ended_at - episode.started_at).total_seconds()))


_OUTCOME_WORDS = {
    Outcome.UNANSWERED.value: "no answer",
    Outcome.INJURY.value: "suspected strain",
}
_TEXT_COLUMNS = ("#", "Started", "Length", "Leg", "Holds", "Outcome", "Why", "Note")


def to_text(episodes: Sequence[Episode], zone: tzinfo | None = None) -> str:
    """A plain table for the terminal, newest first, times in `zone` (default: local time)."""
    if not episodes:
        return "The journal has no episodes yet.\n"
    ordered = sorted(episodes, key=lambda e: (e.started_at, e.id), reverse=True)
    rows = [_TEXT_COLUMNS]
    for episode in ordered:
        started = episode.started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        rows.append(
            (
                str(episode.id),
                started + (" *" if episode.manual else ""),
                _length(episode),
                episode.leg or "-",
                str(episode.reps),
                _OUTCOME_WORDS.get(episode.outcome, episode.outcome),
                # in the window's words ("Muscle fatigue"), not the stored ids ("stayed")
                ", ".join(c.short for c in likely_contributors(episode.causes)) or "-",
                " ".join(episode.note.split()),  # one line, however it was typed
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(_TEXT_COLUMNS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if any(episode.manual for episode in episodes):
        lines.append("* added by hand")
    return "\n".join(lines) + "\n"


def _length(episode: Episode) -> str:
    if episode.ended_at is None:
        return "-"
    seconds = round((episode.ended_at - episode.started_at).total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


_SESSION_COLUMNS = ("#", "Started", "Session", "Exercises", "Sets", "Reps", "How it ended")


def sessions_text(sessions: Sequence[PreventionSession], zone: tzinfo | None = None) -> str:
    """The prevention sessions as a plain table for the terminal, newest first."""
    if not sessions:
        return "\nNo prevention sessions yet.\n"
    rows = [_SESSION_COLUMNS]
    for session in sorted(sessions, key=lambda s: (s.started_at, s.id), reverse=True):
        rows.append(
            (
                str(session.id),
                session.started_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                " ".join(session.name.split()),
                f"{session.exercises_done} of {session.exercises}",
                str(len(session.sets)),
                str(sum(done.reps for done in session.sets)),
                session.outcome,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(_SESSION_COLUMNS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\nPrevention sessions\n" + "\n".join(lines) + "\n"
