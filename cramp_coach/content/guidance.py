"""General guidance that is not in the source article, as data: assets/guidance.toml.

The warning signs (what to notice, what to do, how urgent), the one-line notice and the notes on
drinks and supplements. Every item carries its `basis`, the mainstream reference it follows; a
file without one is a ContentError, like any other bad field.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.assets import asset
from cramp_coach.content.errors import ContentError
from cramp_coach.content.reader import Reader, read_toml
from cramp_coach.content.translation import ENGLISH, overlay_file, read_overlay

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


class Urgency(StrEnum):
    """How soon to get help; the signs are listed most urgent first."""

    EMERGENCY = "emergency"  # call the emergency number
    URGENT = "urgent"  # urgent care, today
    DOCTOR = "doctor"  # see a doctor


@dataclass(frozen=True)
class WarningSign:
    """One sign that first aid is not enough, and what to do about it."""

    id: str
    urgency: Urgency
    sign: str
    action: str
    cue: str  # shorter, for the voice
    basis: str

    @property
    def line(self) -> str:
        """The sign and what to do, as one line ("Severe pain… — Get medical care now.")."""
        return f"{self.sign} \u2014 {self.action}"


@dataclass(frozen=True)
class Note:
    """A piece of advice that corrects or completes the source's."""

    id: str
    text: str
    basis: str


@dataclass(frozen=True)
class Guidance:
    notice: str
    heading: str
    cue: str  # said before the signs' cues
    signs: tuple[WarningSign, ...]
    notes: tuple[Note, ...]

    def note(self, note_id: str) -> Note:
        """The note with this id (KeyError for one the file does not have)."""
        for note in self.notes:
            if note.id == note_id:
                return note
        raise KeyError(note_id)

    @property
    def marked_heading(self) -> str:
        """The signs' heading marked as general guidance, in the installed language, for the
        window and the journal alike ("Get help if… (general guidance, not from…):")."""
        from PySide6.QtCore import QCoreApplication  # not at the top: --help must not load Qt

        from cramp_coach.i18n import fill  # nor here: i18n imports content

        mark = QCoreApplication.translate(
            "Guidance", "%1 (general guidance, not from the source article):"
        )
        return fill(mark, self.heading)

    @property
    def spoken(self) -> str:
        """The warning signs as the voice says them once: the intro, then each sign's cue."""
        return " ".join((self.cue, *(sign.cue for sign in self.signs)))


_SIGN_TEXTS = ("sign", "action", "cue")
log = logging.getLogger(__name__)


@cache
def shipped_guidance(language: str) -> tuple[Guidance, str | None]:
    """The shipped guidance in `language`, read once; a broken translation of it falls back to
    the English (the warning signs must show whatever happens), with the one-line problem
    naming the file and field (None when there is none). A broken English file is a
    ContentError: that is a broken installation."""
    try:
        return load_guidance(language=language), None
    except ContentError as error:
        if language == ENGLISH:
            raise
        log.warning("the warning signs are in English: %s", error)
        return load_guidance(), str(error)


def load_guidance(source: Path | Traversable | None = None, language: str = ENGLISH) -> Guidance:
    """Reads the guidance; a bad file is a ContentError naming file and field. `language`: the
    shipped file comes in its shipped translation into that language, checked as strictly."""
    source = source if source is not None else asset("guidance.toml")
    raw = read_toml(source)
    guidance = _read(Reader(str(source)), raw)
    overlay = overlay_file(source, "", language)
    if overlay is None:
        return guidance
    return _read(Reader(str(overlay)), _translate(raw, overlay))


def _read(reader: Reader, raw: dict[str, Any]) -> Guidance:
    reader.no_unknown(raw, {"notice", "signs", "notes"}, "guidance")
    table = raw.get("signs")
    if not isinstance(table, dict):
        raise reader.fail("[signs]", "missing table")
    reader.no_unknown(table, {"heading", "cue", "items"}, "[signs]")
    items = table.get("items")
    if not isinstance(items, list) or not items:
        raise reader.fail("[signs]", "needs at least one [[signs.items]]")
    signs = [_sign(reader, item, number) for number, item in enumerate(items, 1)]
    _unique(reader, [sign.id for sign in signs], "[[signs.items]]")
    order = list(Urgency)
    for earlier, later in itertools.pairwise(signs):
        if order.index(later.urgency) < order.index(earlier.urgency):
            raise reader.fail(f"sign {later.id!r}", "the signs must be listed most urgent first")
    notes_raw = raw.get("notes", [])
    if not isinstance(notes_raw, list):
        raise reader.fail("[[notes]]", "must be a list of tables")
    notes = [_note(reader, item, number) for number, item in enumerate(notes_raw, 1)]
    _unique(reader, [note.id for note in notes], "[[notes]]")
    return Guidance(
        notice=reader.text(raw, "notice", "guidance"),
        heading=reader.text(table, "heading", "[signs]"),
        cue=reader.text(table, "cue", "[signs]"),
        signs=tuple(signs),
        notes=tuple(notes),
    )


def _sign(reader: Reader, item: Any, number: int) -> WarningSign:
    where = f"sign {number}"
    if not isinstance(item, dict):
        raise reader.fail(where, "must be a table")
    reader.no_unknown(item, {"id", "urgency", "basis", *_SIGN_TEXTS}, where)
    sign_id = reader.text(item, "id", where)
    where = f"sign {sign_id!r}"
    urgency = reader.text(item, "urgency", where)
    if urgency not in set(Urgency):
        known = ", ".join(Urgency)
        raise reader.fail(where, f"urgency must be one of {known}, got {urgency!r}")
    return WarningSign(
        id=sign_id,
        urgency=Urgency(urgency),
        sign=reader.text(item, "sign", where),
        action=reader.text(item, "action", where),
        cue=reader.text(item, "cue", where),
        basis=reader.text(item, "basis", where),
    )


def _note(reader: Reader, item: Any, number: int) -> Note:
    where = f"note {number}"
    if not isinstance(item, dict):
        raise reader.fail(where, "must be a table")
    reader.no_unknown(item, {"id", "text", "basis"}, where)
    note_id = reader.text(item, "id", where)
    where = f"note {note_id!r}"
    return Note(note_id, reader.text(item, "text", where), reader.text(item, "basis", where))


def _unique(reader: Reader, ids: list[str], where: str) -> None:
    for item_id in ids:
        if ids.count(item_id) > 1:
            raise reader.fail(where, f"id {item_id!r} is used more than once")


def _translate(raw: dict[str, Any], source: Traversable) -> dict[str, Any]:
    """The English guidance with the overlay's texts in place; ids, urgency and basis stay."""
    checker, overlay = read_overlay(source)
    checker.no_unknown(overlay, {"notice", "signs", "notes"}, "guidance")
    merged = checker.table(
        raw, {k: v for k, v in overlay.items() if k == "notice"}, ["notice"], "guidance"
    )
    signs = raw["signs"] if isinstance(raw.get("signs"), dict) else {}
    theirs = overlay.get("signs")
    if not isinstance(theirs, dict):
        raise checker.fail("[signs]", "missing table")
    head = checker.table(
        {k: v for k, v in signs.items() if k != "items"},
        {k: v for k, v in theirs.items() if k != "items"},
        ["heading", "cue"],
        "[signs]",
    )
    english_items = signs.get("items", [])
    ids = [str(item.get("id")) for item in english_items if isinstance(item, dict)]
    by_id = checker.keyed(ids, theirs.get("items", {}), "sign", "[signs.items]")
    head["items"] = [
        checker.table(item, by_id[item["id"]], _SIGN_TEXTS, f"sign {item['id']!r}")
        for item in english_items
    ]
    merged["signs"] = head
    english_notes = raw.get("notes", [])
    note_ids = [str(item.get("id")) for item in english_notes if isinstance(item, dict)]
    notes = checker.keyed(note_ids, overlay.get("notes", {}), "note", "[notes]")
    merged["notes"] = [
        checker.table(item, notes[item["id"]], ["text"], f"note {item['id']!r}")
        for item in english_notes
    ]
    return merged
