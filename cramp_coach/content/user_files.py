"""The user's own data files (exercises, sessions): read one folder's *.toml in name order, each
file checked on its own, so a bad one is one line naming file and field and the rest load.

Bounded: at most `most_files` files, for at most `seconds`; each file's own size and depth are
the loader's to check (content.reader). Called off the GUI thread."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from cramp_coach.content.errors import ContentError
from cramp_coach.content.reader import clean_text

USER_FILES = 500  # the user's files read at most (each skipped one is a line to read)
USER_SECONDS = 10.0  # and for at most this long: the rest are reported as not read


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)


@dataclass
class UserFiles(Generic[T]):
    """What loaded, one line for each file that did not, and how many were left unread."""

    items: list[T]
    problems: list[str]
    unread: int = 0


def read_user_files(
    folder: Path,
    load: Callable[[Path], T],
    taken: set[str],
    noun: str,
    most_files: int = USER_FILES,
    seconds: float = USER_SECONDS,
) -> UserFiles[T]:
    """`load(path)` for each *.toml in `folder`, in name order; a file that cannot be used,
    whatever it holds or is (a pipe, a link to a device, a huge or deeply nested file), is one
    line in `problems` and skipped, as is one whose id is in `taken` or came before. `noun`:
    what the files are ("exercise"), for the line about the files not read."""
    items: list[T] = []
    problems: list[str] = []
    unread = 0

    def report(line: str) -> None:
        problems.append(clean_text(line))  # a file's name is the user's text too: one line

    try:
        names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".toml"))
    except FileNotFoundError:
        return UserFiles([], [])
    except OSError as error:
        return UserFiles([], [clean_text(f"{folder}: cannot read the folder ({error.strerror})")])
    deadline = time.monotonic() + seconds
    taken = set(taken)
    for number, name in enumerate(names):
        left = len(names) - number
        if number == most_files or time.monotonic() > deadline:
            why = f"at most {most_files} are read" if number == most_files else "it took too long"
            report(f"{folder}: {left} more {noun} files were not read ({why})")
            unread = left
            break
        path = folder / name
        try:
            item = load(path)
        except ContentError as error:
            report(str(error))
            continue
        except Exception as error:  # whatever it is, a file never stops the rest
            report(f"{path}: cannot be used ({type(error).__name__})")
            continue
        if item.id in taken:
            report(f"{path}: id {item.id!r} is already used; file skipped")
            continue
        taken.add(item.id)
        items.append(item)
    return UserFiles(items, problems, unread)
