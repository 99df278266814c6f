"""The prevention plan page as data: assets/prevention.toml."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from cramp_coach.content.assets import asset
from cramp_coach.content.reader import Reader, read_toml


@dataclass(frozen=True)
class Section:
    """A heading, its points, and the exercises from the library that go with it."""

    heading: str
    points: tuple[str, ...]
    exercises: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    title: str
    sections: tuple[Section, ...]


def load_plan(source: Path | Traversable | None = None) -> Plan:
    """Reads the plan; a bad file is a ContentError naming file and field."""
    source = source if source is not None else asset("prevention.toml")
    reader = Reader(str(source))
    raw = read_toml(source)
    reader.no_unknown(raw, {"title", "sections"}, "plan")
    sections = []
    for number, item in enumerate(raw.get("sections", []), 1):
        where = f"section {number}"
        if not isinstance(item, dict):
            raise reader.fail(where, "must be a table")
        reader.no_unknown(item, {"heading", "points", "exercises"}, where)
        sections.append(
            Section(
                heading=reader.text(item, "heading", where),
                points=_texts(reader, item, "points", where, required=True),
                exercises=_texts(reader, item, "exercises", where, required=False),
            )
        )
    if not sections:
        raise reader.fail("plan", "needs at least one [[sections]]")
    return Plan(reader.text(raw, "title", "plan"), tuple(sections))


def _texts(
    reader: Reader, item: dict[str, Any], name: str, where: str, required: bool
) -> tuple[str, ...]:
    value = item.get(name, [] if not required else None)
    if not isinstance(value, list) or (required and not value):
        raise reader.fail(where, f"{name} must be a list of texts")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise reader.fail(where, f"{name} must hold only non-empty texts")
    return tuple(v.strip() for v in value)
