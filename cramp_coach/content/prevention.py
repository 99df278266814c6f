"""The prevention plan page as data: assets/prevention.toml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.assets import asset
from cramp_coach.content.errors import ContentError
from cramp_coach.content.reader import Reader, read_toml
from cramp_coach.content.translation import ENGLISH, overlay_file, read_overlay

if TYPE_CHECKING:
    from collections.abc import Iterable
    from importlib.resources.abc import Traversable

    from cramp_coach.content.exercises import Exercise

DOCTOR = "doctor"  # the id of the section that says when to see a doctor


@dataclass(frozen=True)
class Section:
    """A heading, its points, and the exercises from the library that go with it."""

    heading: str
    points: tuple[str, ...]
    exercises: tuple[str, ...] = ()
    id: str = ""  # names the section to its translations


@dataclass(frozen=True)
class Plan:
    title: str
    sections: tuple[Section, ...]

    def exercises_in(self, library: Iterable[Exercise]) -> list[Exercise]:
        """The library's exercises that the plan's sections name, in the plan's order, each
        once; an id the library lacks is a ContentError naming the section."""
        by_id = {exercise.id: exercise for exercise in library}
        wanted: list[Exercise] = []
        for section in self.sections:
            for exercise_id in section.exercises:
                if exercise_id not in by_id:
                    raise ContentError(
                        "prevention.toml", section.heading, f"no exercise {exercise_id!r}"
                    )
                if by_id[exercise_id] not in wanted:
                    wanted.append(by_id[exercise_id])
        return wanted


def load_plan(source: Path | Traversable | None = None, language: str = ENGLISH) -> Plan:
    """Reads the plan; a bad file is a ContentError naming file and field. `language`: the
    shipped plan comes in its shipped translation into that language, checked as strictly."""
    source = source if source is not None else asset("prevention.toml")
    raw = read_toml(source)
    plan = _read(Reader(str(source)), raw)
    overlay = overlay_file(source, "", language)
    if overlay is None:
        return plan
    return _read(Reader(str(overlay)), _translate(raw, overlay))


def _read(reader: Reader, raw: dict[str, Any]) -> Plan:
    reader.no_unknown(raw, {"title", "sections"}, "plan")
    sections = []
    ids: set[str] = set()
    for number, item in enumerate(raw.get("sections", []), 1):
        where = f"section {number}"
        if not isinstance(item, dict):
            raise reader.fail(where, "must be a table")
        reader.no_unknown(item, {"id", "heading", "points", "exercises"}, where)
        section_id = reader.text(item, "id", where)
        if section_id in ids:
            raise reader.fail(where, f"id {section_id!r} is used by more than one section")
        ids.add(section_id)
        sections.append(
            Section(
                heading=reader.text(item, "heading", where),
                points=_texts(reader, item, "points", where, required=True),
                exercises=_texts(reader, item, "exercises", where, required=False),
                id=section_id,
            )
        )
    if not sections:
        raise reader.fail("plan", "needs at least one [[sections]]")
    return Plan(reader.text(raw, "title", "plan"), tuple(sections))


def _translate(raw: dict[str, Any], source: Traversable) -> dict[str, Any]:
    """The English plan with the overlay's title, headings and points in place."""
    checker, overlay = read_overlay(source)
    checker.no_unknown(overlay, {"title", "sections"}, "plan")
    merged = checker.table(
        raw, {k: v for k, v in overlay.items() if k != "sections"}, ["title"], "plan"
    )
    if "sections" not in overlay:
        raise checker.fail("[sections]", "missing table")
    sections = raw["sections"]
    by_id = checker.keyed([s["id"] for s in sections], overlay["sections"], "section", "[sections]")
    merged["sections"] = [
        checker.table(s, by_id[s["id"]], ["heading", "points"], f"section {s['id']!r}")
        for s in sections
    ]
    return merged


def _texts(
    reader: Reader, item: dict[str, Any], name: str, where: str, required: bool
) -> tuple[str, ...]:
    value = item.get(name, [] if not required else None)
    if not isinstance(value, list) or (required and not value):
        raise reader.fail(where, f"{name} must be a list of texts")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise reader.fail(where, f"{name} must hold only non-empty texts")
    return tuple(v.strip() for v in value)
