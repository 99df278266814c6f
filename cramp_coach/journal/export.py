"""The journal as JSON, CSV or a terminal table, for the user's doctor or coach.

JSON shape (version 1); times are ISO-8601 in UTC, lists are in the journal's order (newest
episode first, steps in the order the routine reached them, causes sorted):

    {"format": "cramp-coach-journal", "version": 1,
     "episodes": [{"id": 3, "started_at": "2026-11-25T12:05:01.000000+00:00",
                   "ended_at": "2026-11-25T12:09:40.000000+00:00" | null,
                   "leg": "left" | "right" | null, "reps": 0..10 (content.routine.MAX_REPS),
                   "outcome": "eased" | "prolonged" | "stopped" | "unanswered" (routine.flow's
                              Outcome) | "unfinished",
                   "note": "", "manual": false, "causes": ["little_water", "stayed"],
                   "steps": [{"step": "stop", "at": "2026-11-25T12:05:01.000000+00:00"}, ...]}]}

CSV: a header row, then one row per episode; the step timeline is one column,
"stop@<time>;position@<time>;...", and causes one column, "little_water;stayed".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from cramp_coach.journal.store import OUTCOMES, Episode, StepEntry
from cramp_coach.routine.flow import Outcome

FORMAT = "cramp-coach-journal"
VERSION = 1

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
)


def _time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def to_json(episodes: Sequence[Episode]) -> str:
    """The episodes in the documented JSON shape above, indented, with a final newline."""
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
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def from_json(text: str) -> list[Episode]:
    """Reads what to_json wrote; a malformed document is a ValueError naming the field."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON: {error}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"format: not a {FORMAT} export")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        raise ValueError(f"version: this version reads 1..{VERSION}, got {version!r}")
    items = document.get("episodes")
    if not isinstance(items, list):
        raise ValueError("episodes: must be a list")
    return [_episode(item, number) for number, item in enumerate(items, 1)]


def _episode(item: Any, number: int) -> Episode:
    where = f"episodes {number}"
    if not isinstance(item, dict):
        raise ValueError(f"{where}: must be an object")

    def field(name: str, kind: type | tuple[type, ...]) -> Any:
        value = item.get(name)
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _kinds(kind)):
            raise ValueError(f"{where}: {name} has the wrong type, got {value!r}")
        return value

    outcome = field("outcome", str)
    if outcome not in OUTCOMES:
        raise ValueError(f"{where}: outcome must be one of {', '.join(OUTCOMES)}, got {outcome!r}")
    steps = []
    for step_number, step in enumerate(field("steps", list), 1):
        if not isinstance(step, dict) or not isinstance(step.get("step"), str):
            raise ValueError(f"{where}: steps {step_number}: must be {{'step': ..., 'at': ...}}")
        steps.append(
            StepEntry(step["step"], _parse(step.get("at"), f"{where}: steps {step_number}"))
        )
    causes = field("causes", list)
    if not all(isinstance(cause, str) for cause in causes):
        raise ValueError(f"{where}: causes must be a list of cause ids")
    ended_at = field("ended_at", (str, type(None)))
    return Episode(
        id=field("id", int),
        started_at=_parse(field("started_at", str), f"{where}: started_at"),
        ended_at=None if ended_at is None else _parse(ended_at, f"{where}: ended_at"),
        leg=field("leg", (str, type(None))),
        reps=field("reps", int),
        outcome=outcome,
        note=field("note", str),
        manual=field("manual", bool),
        steps=tuple(steps),
        causes=frozenset(causes),
    )


def _kinds(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _parse(value: Any, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise ValueError(f"{where}: must be an ISO-8601 time with a time zone, got {value!r}")
    return moment.astimezone(UTC)


def to_csv(episodes: Sequence[Episode]) -> str:
    """A header row, then one row per episode in the given order (times ISO-8601 UTC)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for episode in episodes:
        writer.writerow(
            (
                episode.id,
                _time(episode.started_at),
                "" if episode.ended_at is None else _time(episode.ended_at),
                _seconds(episode),
                episode.leg or "",
                episode.reps,
                episode.outcome,
                "yes" if episode.manual else "no",
                ";".join(sorted(episode.causes)),
                episode.note,
                ";".join(f"{step.step_id}@{_time(step.at)}" for step in episode.steps),
            )
        )
    return out.getvalue()


def _seconds(episode: Episode) -> str:
    if episode.ended_at is None:
        return ""
    return str(round((episode.ended_at - episode.started_at).total_seconds()))


_OUTCOME_WORDS = {Outcome.UNANSWERED.value: "no answer"}
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
                ", ".join(c.replace("_", " ") for c in sorted(episode.causes)) or "-",
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
