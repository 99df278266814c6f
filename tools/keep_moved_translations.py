"""After lupdate: a text that moved to another class keeps the translation it had.

lupdate keys a translation on (class, text); when code moves between classes (a window taken
apart into controllers), the same text comes back unfinished under its new class and the old
entry is marked vanished. This fills each unfinished text from a finished translation of the
very same source text elsewhere in the file, then drops the vanished entries that were used.
Run by `make translations`; the files stay as lupdate writes them otherwise.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

MESSAGE = re.compile(r"<message>\s*<source>(.*?)</source>(.*?)</message>", re.S)
FINISHED = re.compile(r'<translation(?: type="vanished")?>(.*?)</translation>', re.S)
UNFINISHED = re.compile(r'<translation type="unfinished">[^<]*</translation>')


def keep(text: str) -> tuple[str, int]:
    known: dict[str, str] = {}
    for match in MESSAGE.finditer(text):
        source, rest = match.groups()
        found = FINISHED.search(rest)
        if found and found.group(1) and "<comment>" not in rest:
            known.setdefault(source, found.group(1))
    filled = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal filled
        source, rest = match.groups()
        if UNFINISHED.search(rest) and "<comment>" not in rest and source in known:
            filled += 1
            rest = UNFINISHED.sub(f"<translation>{known[source]}</translation>", rest)
            return f"<message>\n        <source>{source}</source>{rest}</message>"
        return match.group(0)

    text = MESSAGE.sub(fill, text)
    # the moved texts' old entries, now translated where they are
    text = re.sub(
        r'\s*<message>\s*<source>[^<]*</source>\s*<translation type="vanished">'
        r".*?</translation>\s*</message>",
        "",
        text,
        flags=re.S,
    )
    text = re.sub(r"\s*<context>\s*<name>[^<]*</name>\s*</context>", "", text)
    return text, filled


def main(paths: list[str]) -> int:
    for name in paths:
        path = Path(name)
        text, filled = keep(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {filled} moved texts keep their translation")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
