"""The languages the app speaks: which one to use, its Qt translations, and its espeak-ng voice.

The app's own texts go through Qt's tr() (QCoreApplication.translate outside a QObject) and are
translated by assets/translations/cramp_coach_<language>.qm, built from the .ts files there by
the set-up (`make translations` refreshes the .ts from the source). The content files (routine,
exercises, prevention plan) have their own translations: see cramp_coach.content.translation.

`install` swaps the translators at run time: Qt then sends every widget a LanguageChange event,
and the screens must set their texts again (and reload the content in the new language).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from cramp_coach.content.assets import asset
from cramp_coach.content.translation import ENGLISH

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from PySide6.QtCore import QCoreApplication, QTranslator

# Qt is imported inside the functions that need it: the command line imports this module for
# its --help, which must work without loading Qt.

log = logging.getLogger(__name__)
_PLACEHOLDER = re.compile(r"%(\d)")

LANGUAGES = ("en", "es", "de")
NAMES = {"en": "English", "es": "Español", "de": "Deutsch"}  # each in its own language
# espeak-ng voices as the speech engine (pyttsx3) lists them: the voice files of
# `espeak-ng --voices=<language>` ("gmw/en" is British English, espeak-ng's default).
ESPEAK_VOICES = {"en": "gmw/en", "es": "roa/es", "de": "gmw/de"}
CATALOGUE = "cramp_coach"  # assets/translations/cramp_coach_<language>.qm

_installed: list[QTranslator] = []  # owned here: dropping one deletes it
_data: list[bytes] = []  # a translator loaded from bytes reads them for as long as it lives
_current = ENGLISH


def fill(text: str, *values: object) -> str:
    """`text` with Qt's %1, %2... replaced by `values`, in one pass (a value is never re-read)."""
    return _PLACEHOLDER.sub(lambda match: str(values[int(match.group(1)) - 1]), text)


def supported(value: str | None) -> str | None:
    """The app's language for a language or locale name ("es", "es_MX", "de-AT"), or None."""
    if not value:
        return None
    code = value.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def resolve(choice: str | None) -> str:
    """The language to use for a saved choice: the choice if the app has it, else the system's
    (so an empty or unknown setting means "follow the system")."""
    return supported(choice) or system_language()


def system_language() -> str:
    """The first of the system's preferred languages the app has; English if none."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        language = supported(name)
        if language is not None:
            return language
    return ENGLISH


def language_name(language: str) -> str:
    """The language's name in itself ("Español"), for the settings' language list."""
    return NAMES.get(language, language)


def espeak_voice(language: str) -> str:
    """The espeak-ng voice that speaks `language` (English's for a language the app lacks)."""
    return ESPEAK_VOICES.get(supported(language) or ENGLISH, ESPEAK_VOICES[ENGLISH])


def qm_file(language: str) -> Traversable:
    """The app's compiled translations into `language` (built from the .ts by the set-up)."""
    return asset("translations", f"{CATALOGUE}_{language}.qm")


def current_language() -> str:
    """The language last installed; English until then."""
    return _current


def install(app: QCoreApplication, language: str) -> None:
    """Translates the app into `language` from now on, replacing the language installed before.

    Installs the app's own translations and Qt's (qtbase: the stock buttons of dialogs, the file
    dialog). English removes them. A missing .qm is logged and the app stays English: it never
    stops the app. Qt posts a LanguageChange event to every widget, for them to re-translate."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    global _current
    language = supported(language) or ENGLISH
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()  # deletes them, before the bytes they read go
    _data.clear()
    _current = language
    if language == ENGLISH:
        return
    own = QTranslator()
    qm = qm_file(language)
    try:
        data = qm.read_bytes()
    except OSError as error:
        log.warning("no translations into %s: %s (%s)", language, qm, error)
        data = b""
    if data and own.load(data):
        _data.append(data)
        app.installTranslator(own)
        _installed.append(own)
    elif data:
        log.warning("the translations into %s cannot be read: %s", language, qm)
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("no Qt translations into %s in %s", language, folder)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `text` for lupdate in `context`; translated later, where it is shown."""
    return text


# Texts the screens pass to tr() through a variable (a table of names), which lupdate cannot
# see: marked here, in the contexts the screens translate them in, so the .ts files carry them.
# These tables are translated in two contexts each (the dialog's and the journal's), so they
# are marked here once for both; tables read in one place mark themselves (SHORTCUTS, COLUMNS).
_UNSEEN = (
    # journal_dialogs.LEGS and OUTCOME_NAMES, in the episode dialog and the journal's table
    QT_TRANSLATE_NOOP("EpisodeDialog", "Not recorded"),
    QT_TRANSLATE_NOOP("EpisodeDialog", "Left"),
    QT_TRANSLATE_NOOP("EpisodeDialog", "Right"),
    QT_TRANSLATE_NOOP("EpisodeDialog", "It eased"),
    QT_TRANSLATE_NOOP("EpisodeDialog", "Prolonged (still there after the last stretch)"),
    QT_TRANSLATE_NOOP("EpisodeDialog", "Stopped part-way"),
    QT_TRANSLATE_NOOP("EpisodeDialog", "No answer given"),
    QT_TRANSLATE_NOOP("EpisodeDialog", "Suspected strain"),
    QT_TRANSLATE_NOOP("EpisodeDialog", "Unfinished"),
    QT_TRANSLATE_NOOP("JournalScreen", "It eased"),
    QT_TRANSLATE_NOOP("JournalScreen", "Prolonged (still there after the last stretch)"),
    QT_TRANSLATE_NOOP("JournalScreen", "Stopped part-way"),
    QT_TRANSLATE_NOOP("JournalScreen", "No answer given"),
    QT_TRANSLATE_NOOP("JournalScreen", "Suspected strain"),
    QT_TRANSLATE_NOOP("JournalScreen", "Unfinished"),
    # the leg in the journal's table
    QT_TRANSLATE_NOOP("JournalScreen", "Left"),
    QT_TRANSLATE_NOOP("JournalScreen", "Right"),
)
