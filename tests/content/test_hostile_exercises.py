"""Issue 18: nothing in the user's exercise folder can hang, crash or bloat the loader. Each file
here once did (a pipe blocked for good, a link to /dev/zero ran out of memory, deep nesting
raised RecursionError, 50 MB values took gigabytes and minutes); the fuzz test feeds it many
generated ones. The loader runs in a child process with a time and memory limit (hostile.py)."""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest

from cramp_coach.content.exercises import (
    LIST_ITEMS,
    NAME_CHARACTERS,
    PARAGRAPH_CHARACTERS,
    SPOKEN_CHARACTERS,
    USER_FILES,
)
from tests.content.hostile import load_in_child
from tests.content.test_exercises import GOOD

CONTROLS = {chr(c) for c in (*range(0x20), 0x7F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E)} | {
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"
}  # fmt: skip


def one_line(problems: list[str]) -> None:
    for problem in problems:
        assert "\n" not in problem and len(problem) < 1000, problem


def test_a_pipe_named_toml_is_skipped_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.toml")  # nobody ever writes to it
    (tmp_path / "mine.toml").write_text(GOOD, encoding="utf-8")
    loaded = load_in_child(tmp_path, seconds=30)
    assert loaded.names == ["My knee curl"]
    assert loaded.problems == [
        f"{tmp_path / 'pipe.toml'}: not a regular file (a pipe, device or folder)"
    ]


def test_a_link_to_dev_zero_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "zero.toml").symlink_to("/dev/zero")
    loaded = load_in_child(tmp_path)
    assert loaded.problems == [
        f"{tmp_path / 'zero.toml'}: not a regular file (a pipe, device or folder)"
    ]


def test_toml_nested_5000_deep_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    loaded = load_in_child(tmp_path)
    assert loaded.problems == [f"{tmp_path / 'deep.toml'}: not valid TOML (nested too deeply)"]


def test_50_mb_field_values_are_refused_unread(tmp_path: Path) -> None:
    huge = GOOD.replace('purpose = "Mine."', 'purpose = "' + "a" * 50_000_000 + '"')
    (tmp_path / "huge.toml").write_text(huge, encoding="utf-8")
    loaded = load_in_child(tmp_path)
    assert loaded.problems == [f"{tmp_path / 'huge.toml'}: too large (48828 KB, at most 64 KB)"]
    assert loaded.cpu < 1  # refused by its size: not a byte read (it took minutes)


def test_nothing_spoken_is_longer_than_a_cue(tmp_path: Path) -> None:
    """A 20,000-word cadence crashed the speech engine (pyttsx3, rc 139): a spoken word longer
    than a cue, or a file long enough to hold 20,000 words, is refused."""
    words = " ".join(["again"] * 20_000)
    (tmp_path / "a.toml").write_text(GOOD.replace('["Up", 2]', f'["{words}", 2]'), encoding="utf-8")
    long_word = "up " * 1000  # fits in the file, not in a cue
    (tmp_path / "b.toml").write_text(
        GOOD.replace('["Up", 2]', f'["{long_word}", 2]'), encoding="utf-8"
    )
    loaded = load_in_child(tmp_path)
    assert loaded.names == []
    assert loaded.problems[0].endswith("too large (117 KB, at most 64 KB)")
    assert loaded.problems[1].endswith(
        f"cadence 1: the word is too long (2999 characters, at most {SPOKEN_CHARACTERS})"
    )


def test_right_to_left_overrides_and_controls_are_taken_out(tmp_path: Path) -> None:
    sneaky = GOOD.replace('name = "My knee curl"', 'name = "\\u202eMy knee\\u0007 curl\\u2066"')
    (tmp_path / "mine.toml").write_text(sneaky, encoding="utf-8")
    assert load_in_child(tmp_path).names == ["My knee curl"]


def test_5000_broken_files_are_read_up_to_a_limit_and_counted(tmp_path: Path) -> None:
    for number in range(5000):
        (tmp_path / f"{number:04}.toml").write_text("name = ", encoding="utf-8")
    loaded = load_in_child(tmp_path)
    assert len(loaded.problems) == USER_FILES + 1
    assert loaded.problems[-1] == (
        f"{tmp_path}: {5000 - USER_FILES} more exercise files were not read "
        f"(at most {USER_FILES} are read)"
    )


# -- fuzz ------------------------------------------------------------------------------------

FIELDS = [line.split(" = ")[0] for line in GOOD.strip().splitlines()]
NASTY = [
    "\u202e", "\u2066", "\x00", "\x07", "<img src='/dev/zero'>", "<h1>big</h1>", "&amp;",
    "\ud7ff", "\U0001f600", "\\", '"', "'''", "\n", "[[", "{", "=", "#",
]  # fmt: skip


def _set(text: str, field: str, value: str) -> str:
    """`text` with `field` given `value` (TOML written as is)."""
    return re.sub(rf"^{field} = .*$", lambda _: f"{field} = {value}", text, flags=re.M)


def _hostile(rng: random.Random, number: int, folder: Path) -> None:
    """One generated hostile file (or special file) in `folder`."""
    path = folder / f"f{number:03}.toml"
    kind = rng.randrange(10)
    text = GOOD.replace('"calf-friendly-curl"', f'"mine-{number}"')
    field = rng.choice(FIELDS)
    if kind == 0:  # random bytes
        path.write_bytes(rng.randbytes(rng.randrange(1, 5000)))
        return
    if kind == 1:  # a special file, or a link to one
        if rng.random() < 0.3:
            os.mkfifo(path)
        else:
            path.symlink_to(rng.choice(["/dev/zero", "/dev/urandom", "/dev/null", str(folder)]))
        return
    if kind == 2:  # nested deep, in a field the reader wants
        depth = rng.choice([10, 300, 999, 1000, 3000, 20_000])
        text = _set(text, field, "[" * depth + "1" + "]" * depth)
    elif kind == 3:  # a huge value
        size = rng.choice([1000, 60_000, 70_000, 5_000_000])
        text = _set(text, field, '"' + "x" * size + '"')
    elif kind == 4:  # long lists
        count = rng.choice([21, 500, 5000])
        item = '["Up", 1]' if field == "cadence" else '"Do."'
        text = _set(text, field, "[" + ", ".join([item] * count) + "]")
    elif kind == 5:  # truncated anywhere
        text = text[: rng.randrange(len(text))]
    else:  # nasty characters in the texts
        for _ in range(rng.randrange(1, 6)):
            nasty = rng.choice(NASTY).encode("unicode_escape").decode("ascii").replace('"', '\\"')
            texts = list(re.finditer(r'"[^"]+"', text))
            at = rng.choice(texts).start() + 1
            text = text[:at] + nasty + text[at:]
    data = text.encode("utf-8")
    if rng.random() < 0.05:
        data = b"\xff\xfe" + data  # not UTF-8
    path.write_bytes(data)


@pytest.mark.parametrize("seed", [18, 1918])
def test_fuzz_generated_hostile_files_never_hang_crash_or_bloat_the_loader(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    for number in range(150):
        _hostile(rng, number, tmp_path)
    loaded = load_in_child(tmp_path)  # within its time and memory, and returns
    one_line(loaded.problems)
    assert len(loaded.problems) + len(loaded.names) == 150
    for texts in loaded.texts:
        assert len(texts[0]) <= NAME_CHARACTERS
        assert len(texts) <= 4 + 2 * LIST_ITEMS + LIST_ITEMS
        for text in texts:
            assert len(text) <= PARAGRAPH_CHARACTERS and not CONTROLS & set(text.replace("\n", ""))
