"""Soft hyphens (U+00AD) in long German words, for the printed sheet's narrow columns.

Qt's text layout breaks a line at a soft hyphen and draws a hyphen there, and draws nothing where
it does not break; without one, a word wider than its column ("Oberschenkelmuskulatur" in an
exercise caption) is cut at whatever letter the column ends on. German compounds are long, so
German text gets break points; other languages come back as they were.

The rule is the usual German syllable rule, simplified: between two vowels, a single consonant
starts the next syllable; of several, the longest cluster that can begin a German syllable (tr,
schl, ...) does, "st" and "sp" only after another consonant (Kas-ten, Mineral-stoffe). "ch",
"ck", "sch", "ph", "qu" and "ß" stay whole. A word part that begins with a vowel after a joining
"s" (Nahrungs|ergänzung) is found by its ending (-ungs, -keits, ...). Only words of LONG letters
or more get break points, never closer than EDGE letters to either end, so short words wrap
whole as before. BREAKS names, by hand, the compounds the rule would split in the wrong place.
"""

from __future__ import annotations

import re

SOFT_HYPHEN = "\u00ad"
LONG = 10  # letters: shorter words are never broken
EDGE = 3  # letters kept together at each end of a word

_VOWELS = set("aeiouäöüy")
_UNITS = ("sch", "ch", "ck", "ph", "qu", "th")  # consonant letters that are never split
# Consonant clusters that can begin a German syllable (longest first within the rule below).
_ONSETS = frozenset(
    {
        *"bcdfghjklmnpqrstvwxzß",
        "ch", "ck", "sch", "ph", "qu", "th",
        "bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "pl", "pr", "tr", "zw",
        "sp", "spr", "st", "str", "schl", "schm", "schn", "schr", "schw",
    }
)  # fmt: skip
# Split when they stand alone between two vowels (Kas-ten, Wes-pe), kept after another consonant
# (Mineral-stoffe).
_SPLIT_ALONE = frozenset({"st", "sp"})
# A joining "s" after these endings closes the first part of a compound (Nahrungs-ergänzung).
_JOINS = ("ungs", "keits", "heits", "schafts", "ions", "täts")
# Compounds whose parts the rule would not find: each word with "-" where it may break.
BREAKS = tuple(
    word.replace("-", SOFT_HYPHEN)
    for word in (
        "Kraft-übungen",
        "Kraft-ungleich-gewicht",
        "Ungleich-gewicht",
        "Quell-artikel",
        "Hitze-erkran-kung",
        "Muskel-ermü-dung",
    )
)
_BY_WORD = {word.replace(SOFT_HYPHEN, ""): word for word in BREAKS}

_WORD = re.compile(r"[^\W\d_]+")


def hyphenate(text: str, language: str) -> str:
    """`text` with soft hyphens in its long words, if `language` is German ("de")."""
    if language != "de":
        return text
    return _WORD.sub(lambda match: hyphenate_word(match.group()), text)


def hyphenate_word(word: str) -> str:
    """One German word with soft hyphens where it may break (unchanged if short)."""
    if len(word) < LONG or SOFT_HYPHEN in word:
        return word
    known = _BY_WORD.get(word)
    if known is not None:
        return known
    if word[0].isupper() and (shorter := _BY_WORD.get(word[0].lower() + word[1:])):
        return word[0] + shorter[1:]
    breaks = {b for b in _breaks(word.lower()) if EDGE <= b <= len(word) - EDGE}
    cuts = sorted(breaks)
    pieces = [word[a:b] for a, b in zip([0, *cuts], [*cuts, None], strict=True)]
    return SOFT_HYPHEN.join(pieces)


def _breaks(word: str) -> set[int]:
    """Where the syllables of a lower-case word begin (indexes, the first excluded)."""
    units = _split(word)
    found: set[int] = set()
    position = 0
    starts = []  # (index into word, unit) for each unit
    for unit in units:
        starts.append((position, unit))
        position += len(unit)
    vowel = [unit[0] in _VOWELS for _, unit in starts]
    index = 0
    while index < len(starts):
        if not vowel[index]:
            index += 1
            continue
        end = index
        while end + 1 < len(starts) and vowel[end + 1]:
            end += 1  # a run of vowels: one nucleus (ei, au, ie, ...), never split
        following = end + 1
        while following < len(starts) and not vowel[following]:
            following += 1
        if following >= len(starts):
            break  # the last syllable: no vowel after these consonants
        cluster = [unit for _, unit in starts[end + 1 : following]]
        if cluster:
            found.add(_cluster_break(word, starts, end + 1, cluster))
        index = following
    return found


def _cluster_break(word: str, starts: list[tuple[int, str]], first: int, cluster: list[str]) -> int:
    """The index in `word` where the syllable after this consonant cluster begins."""
    before = word[: starts[first][0]]
    for cut in range(len(cluster), 0, -1):  # after a joining "s": the next part begins
        if cluster[cut - 1] == "s" and (before + "".join(cluster[:cut])).endswith(_JOINS):
            return starts[first][0] + len("".join(cluster[:cut]))
    for length in range(len(cluster), 1, -1):  # the longest cluster that can start a syllable
        onset = "".join(cluster[len(cluster) - length :])
        if onset in _ONSETS and (length < len(cluster) or onset not in _SPLIT_ALONE):
            return starts[first + len(cluster) - length][0]
    return starts[first + len(cluster) - 1][0]  # the last consonant starts the syllable


def _split(word: str) -> list[str]:
    """The word as letters, with "sch", "ch", "ck", ... as one unit each."""
    units: list[str] = []
    index = 0
    while index < len(word):
        for unit in _UNITS:
            if word.startswith(unit, index):
                units.append(unit)
                index += len(unit)
                break
        else:
            units.append(word[index])
            index += 1
    return units
