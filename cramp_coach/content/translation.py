"""Translations of the content files: overlays that give only the texts of an English file.

A shipped file assets/<folder>/<name>.toml is translated by assets/translations/<language>/
<folder>/<name>.toml, which holds its text fields, keyed by the same ids, and nothing else: numbers,
step order, transitions and pictures stay only in the English file. An overlay is checked
strictly: every text of the English file must be translated, nothing unknown may be there, and each
text keeps exactly the English text's placeholders ({seconds}, {ready}...). A language with no
overlay shipped falls back to English with no error.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_coach.content.assets import asset
from cramp_coach.content.errors import describe
from cramp_coach.content.reader import Reader, read_toml

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

ENGLISH = "en"
TRANSLATIONS = "translations"


def overlay_file(source: Path | Traversable, folder: str, language: str) -> Traversable | None:
    """The shipped translation of `source` into `language`, if `source` is the shipped file
    assets/<folder>/<its name> and a translation of it is shipped; else None (English)."""
    if language == ENGLISH or not language.isalpha() or not language.isascii():
        return None
    parts = (folder, source.name) if folder else (source.name,)
    if not _same(source, asset(*parts)):
        return None  # the user's own file: it is used as written
    overlay = asset(TRANSLATIONS, language.lower(), *parts)
    return overlay if overlay.is_file() else None


def read_overlay(source: Traversable) -> tuple[Overlay, dict[str, Any]]:
    """The checker for one overlay file and its parsed tables."""
    return Overlay(str(source)), read_toml(source)


def _same(a: Path | Traversable, b: Traversable) -> bool:
    if isinstance(a, Path) and isinstance(b, Path):
        try:
            return a.resolve() == b.resolve()
        except OSError:
            return False
    return str(a) == str(b)


def placeholders(reader: Reader, text: str, name: str, where: str) -> list[str]:
    """The {fields} a text uses, sorted; bad braces are a ContentError."""
    try:
        used = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError as error:
        raise reader.fail(where, f"{name}: bad braces in {text!r} ({error})") from None
    return sorted(used)


def _shown(fields: list[str]) -> str:
    return ", ".join("{" + f + "}" for f in fields) if fields else "none"


class Overlay(Reader):
    """Checks one translation file against the English data it translates, and merges them."""

    def table(
        self, english: Mapping[str, Any], overlay: Any, texts: Collection[str], where: str
    ) -> dict[str, Any]:
        """`english` with its fields named in `texts` replaced by the overlay's. Every one of them
        that the English table has must be translated; any other field is an error."""
        if not isinstance(overlay, dict):
            raise self.fail(where, f"must be a table, got {describe(overlay)}")
        wanted = [name for name in texts if name in english]
        for name in sorted(overlay):
            if name in wanted:
                continue
            if name in english:
                raise self.fail(
                    where,
                    f"{name} is not translated (only texts are; it stays in the English file)",
                )
            raise self.fail(where, f"unknown field {name!r}")
        merged = dict(english)
        for name in wanted:
            if name not in overlay:
                raise self.fail(where, f"missing field {name!r}")
            merged[name] = self.value(english[name], overlay[name], name, where)
        return merged

    def value(self, english: Any, translated: Any, name: str, where: str) -> Any:
        """A translated text, or list of texts, in the English one's shape and placeholders."""
        if isinstance(english, list):
            if not isinstance(translated, list) or len(translated) != len(english):
                count = len(translated) if isinstance(translated, list) else describe(translated)
                raise self.fail(
                    where,
                    f"{name} must be a list of {len(english)} texts, as in English, got {count}",
                )
            return [
                self.value(e, t, f"{name} {number}", where)
                for number, (e, t) in enumerate(zip(english, translated, strict=True), 1)
            ]
        return self.text_like(english, translated, name, where)

    def text_like(self, english: str, translated: Any, name: str, where: str) -> str:
        """A non-empty translated text with exactly the English text's placeholders."""
        if not isinstance(translated, str) or not translated.strip():
            raise self.fail(where, f"{name} must be non-empty text, got {describe(translated)}")
        want = placeholders(self, english, name, where)
        got = placeholders(self, translated, name, where)
        if got != want:
            raise self.fail(
                where,
                f"{name}: placeholders must be the English ones ({_shown(want)}), "
                f"got {_shown(got)} in {translated.strip()!r}",
            )
        return translated.strip()

    def keyed(
        self, english_ids: list[str], overlay: Any, what: str, where: str
    ) -> dict[str, dict[str, Any]]:
        """The overlay's tables by id: exactly one for each English id (a step, a section)."""
        if not isinstance(overlay, dict):
            raise self.fail(where, f"must be a table of {what} id = texts, got {describe(overlay)}")
        for key in overlay:
            if key not in english_ids:
                raise self.fail(where, f"unknown {what} {key!r}")
        for key in english_ids:
            if key not in overlay:
                raise self.fail(where, f"missing {what} {key!r}")
        return {key: overlay[key] for key in english_ids}
