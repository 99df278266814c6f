"""The app's languages: the .ts files are complete and current, the translators switch at run time,
the system's language is followed, and what is spoken in Spanish or German has no English left."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cramp_coach import i18n
from cramp_coach.content import Routine, load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.content.exercises import load_library
from cramp_coach.routine.cues import spoken_texts
from cramp_coach.settings import Settings
from tests.contexts import make_context
from tests.fakes import FakeSpeaker, ManualClock

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "assets" / "translations"
TRANSLATED = ["es", "de"]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def ts_file(language: str) -> Path:
    return FOLDER / f"cramp_coach_{language}.ts"


def messages(path: Path) -> Iterator[tuple[str, str, str, ET.Element]]:
    """(context, source, comment, translation element) of every live message of a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            yield name, source, message.findtext("comment") or "", translation


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's QApplication; English again afterwards, whatever the test installed."""
    yield qapp
    i18n.install(qapp, "en")


# -- the .ts files ------------------------------------------------------------------------------


PLACEHOLDER = re.compile(r"%\d|%s|\{\w*\}|\([A-Z]\)")  # %1, %s, {error}, a key hint "(L)"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_of_the_app_is_translated(language: str) -> None:
    problems = []
    count = 0
    for context, source, _, translation in messages(ts_file(language)):
        count += 1
        text = translation.text or ""
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"{where} is not translated")
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            problems.append(f"{where}: the menu accelerator (&) is lost in {text!r}")
        if (source[:1].isspace(), source[-1:].isspace()) != (
            text[:1].isspace(),
            text[-1:].isspace(),
        ):
            problems.append(f"{where}: spacing at the ends differs in {text!r}")
        for end in (":", "…", "."):
            if source.rstrip().endswith(end) != text.rstrip().endswith(end):
                problems.append(f"{where}: ends differently from the English in {text!r}")
    assert count > 100
    assert problems == []


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_the_ts_files_have_every_tr_in_the_source(tmp_path: Path) -> None:
    """A tr() added to the code and not yet in the .ts files: run `make translations`."""
    fresh = tmp_path / "fresh_es.ts"
    sources = sorted(str(p) for p in (ROOT / "cramp_coach").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    wanted = {(c, s, k) for c, s, k, _ in messages(fresh)}
    for language in TRANSLATED:
        have = {(c, s, k) for c, s, k, _ in messages(ts_file(language))}
        missing = sorted(wanted - have)
        assert missing == [], f"not in {ts_file(language).name} (run make translations)"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_translations_are_built_from_the_current_ts(language: str) -> None:
    qm = i18n.qm_file(language)
    assert qm.is_file(), f"{qm} is missing: the set-up (make) builds it"
    assert Path(str(qm)).stat().st_mtime >= ts_file(language).stat().st_mtime, (
        f"{qm} is older than its .ts: run make"
    )


def accelerator(text: str) -> str | None:
    """The letter after a single & ("S&ettings…" -> "e"), or None."""
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_no_two_entries_of_one_menu_share_an_accelerator(
    app: QApplication,
    qtbot: QtBot,
    routine: Routine,
    settings: Settings,
    clock: ManualClock,
    language: str,
) -> None:
    from cramp_coach.ui.main_window import MainWindow

    i18n.install(app, language)
    window = MainWindow(make_context(routine, settings, clock, FakeSpeaker(clock)))
    qtbot.addWidget(window)
    bar = window.menuBar().actions()
    menus = [bar] + [a.menu().actions() for a in bar if a.menu() is not None]
    assert len(menus) > 3
    for actions in menus:
        texts = [a.text() for a in actions if not a.isSeparator()]
        keys = [key for key in map(accelerator, texts) if key is not None]
        assert len(keys) == len(set(keys)), texts


# -- choosing a language -------------------------------------------------------------------------


def test_languages_and_their_own_names() -> None:
    assert i18n.LANGUAGES == ("en", "es", "de")
    assert [i18n.language_name(code) for code in i18n.LANGUAGES] == [
        "English",
        "Español",
        "Deutsch",
    ]
    assert i18n.supported("es_MX") == "es"
    assert i18n.supported("de-AT") == "de"
    assert i18n.supported("fr") is None
    assert i18n.supported("") is None
    assert i18n.resolve("de") == "de"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "de:en"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:es"}, "es"),
        ({"LANG": "C"}, "en"),
    ],
)
def test_the_system_language_is_followed(environment: dict[str, str], expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(environment)
    code = "from cramp_coach import i18n; print(i18n.system_language(), i18n.resolve(''))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.stdout.split() == [expected, expected], result.stderr


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_each_language_has_an_espeak_ng_voice() -> None:
    listed = subprocess.run(
        ["espeak-ng", "--voices"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    files = {line.split()[4] for line in listed.splitlines()[1:] if len(line.split()) > 4}
    for language in i18n.LANGUAGES:
        assert i18n.espeak_voice(language) in files, language
    assert i18n.espeak_voice("es_MX") == i18n.espeak_voice("es") != i18n.espeak_voice("de")
    assert i18n.espeak_voice("fr") == i18n.espeak_voice("en")


# -- switching at run time -------------------------------------------------------------------------


def test_install_switches_the_language_and_back(app: QApplication) -> None:
    def shown() -> tuple[str, str]:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = box.buttons()[0].text()
        return QCoreApplication.translate("Sheet", "When a cramp strikes"), cancel.replace("&", "")

    assert shown() == ("When a cramp strikes", "Cancel")
    i18n.install(app, "es")
    assert i18n.current_language() == "es"
    assert shown() == ("Cuando llega un calambre", "Cancelar")
    i18n.install(app, "de")  # replaces Spanish: nothing of it is left
    assert shown() == ("Wenn ein Krampf kommt", "Abbrechen")
    i18n.install(app, "en")
    assert i18n.current_language() == "en"
    assert shown() == ("When a cramp strikes", "Cancel")


def test_words_built_in_code_follow_the_language(app: QApplication) -> None:
    routine = load_routine(default_routine_file(), "es")
    stop = routine.step("ease")  # waits for the cramp to stop
    glute = next(e for e in load_library(language="es").exercises if e.id == "glute-bridge")
    assert "say ready" in routine.fill(stop.wait_cue, step=stop)  # no translator yet
    i18n.install(app, "es")
    # the command word stays English: it is what the recognizer hears
    assert "Cuando haya parado, di «ready»." in routine.fill(stop.wait_cue, step=stop)
    assert "pulsa Intro" in routine.fill(stop.wait_cue, step=stop, voice=False)
    assert glute.dose == "3 × 10 repeticiones"
    i18n.install(app, "de")
    assert load_routine(default_routine_file(), "de").fill("{better}") == "sag „better“"
    assert glute.dose == "3 × 10 Wiederholungen"


ENGLISH_WORDS = {"the", "and", "stretch", "cramp", "seconds", "release", "thigh", "press", "say"}


@pytest.mark.parametrize("language", TRANSLATED)
def test_nothing_spoken_in_spanish_or_german_is_english(app: QApplication, language: str) -> None:
    i18n.install(app, language)
    routine = load_routine(default_routine_file(), language)
    english = load_routine(default_routine_file())
    for hands_free in (False, True):
        for voice in (False, True):
            texts = spoken_texts(routine, hands_free=hands_free, voice=voice)
            assert len(texts) == len(spoken_texts(english, hands_free=hands_free, voice=voice))
            for text in texts:
                words = set(re.findall(r"[a-z]+", text.lower()))
                assert not words & ENGLISH_WORDS, text
    guided = [b.word for e in load_library(language=language).exercises for b in e.cadence]
    assert not {w.lower() for w in guided} & {"up", "down", "and up", "and down", "in", "out"}


# -- the placeholders ---------------------------------------------------------------------------

# A hand-made `.replace("%1", a).replace("%2", b)` re-reads `a`: a path or name holding "%2" is
# changed by the second replace. i18n.fill is the one way to fill Qt's %1, %2...
HAND_FILLED = re.compile(r"""\.replace\(\s*["']%\d["']""")
# Still filled by hand, in files being rewritten for issue 14: remove each once it uses fill.
PENDING: set[str] = set()


def test_placeholders_are_filled_in_one_pass() -> None:
    assert i18n.fill("Set %1 of %2", "%2", 3) == "Set %2 of 3"  # a value is never re-read
    assert i18n.fill("Text size: %1%", 120) == "Text size: 120%"


def test_no_module_fills_placeholders_by_hand() -> None:
    package = ROOT / "cramp_coach"
    by_hand = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if HAND_FILLED.search(path.read_text(encoding="utf-8"))
    }
    assert by_hand - PENDING == set(), "fill these with i18n.fill"
    assert PENDING - by_hand == set(), "these use i18n.fill now: remove them from PENDING"
