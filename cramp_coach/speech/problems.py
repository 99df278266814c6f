"""The one-line speech problems the user is shown ("Speech is off: …, and how to fix it").

They travel (signals, `CachedSpeaker.problem`, the log) in English, the source text, and are
translated where they are shown, with `translated`: in the language of that moment, and again
in the new one when the language changes (the notice bar does that). lupdate reads them here,
in the "Speech" context.

A line with a detail (the engine's own error) has "%1" in its source; `with_detail` fills it in,
and `translated` finds the detail again to put it into the translation.
"""

from __future__ import annotations

from cramp_coach.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "Speech"

NO_AUDIO_OUTPUT = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: no audio output was found "
    "(connect speakers or headphones, or start PulseAudio: pulseaudio --start)",
)
HUNG = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: the speech engine stopped answering "
    "(check that `espeak-ng hello` speaks, then restart Cramp Coach)",
)
DID_NOT_START = QT_TRANSLATE_NOOP(
    "Speech", "Speech is off: the speech engine did not start (%1); check espeak-ng"
)
FAILED = QT_TRANSLATE_NOOP(
    "Speech", "Speech is off: the speech engine failed (%1); check espeak-ng"
)
NO_CUE_FOLDER = QT_TRANSLATE_NOOP(
    "Speech", "Speech is off: the spoken cues cannot be saved (%1); free some disk space"
)
# cramp_coach.speech.render's lines (SpeechUnavailable), word for word: tests check they match.
NO_PYTTSX3 = QT_TRANSLATE_NOOP(
    "Speech", "Speech is off: pyttsx3 is not installed (pip install pyttsx3==2.99)"
)
NO_ESPEAK = QT_TRANSLATE_NOOP(
    "Speech", "Speech is off: espeak-ng is not installed (sudo apt-get install espeak-ng)"
)
NO_ESPEAK_DATA = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: espeak-ng could not start (sudo apt-get install --reinstall espeak-ng-data)",
)

LINES = (
    NO_AUDIO_OUTPUT,
    HUNG,
    DID_NOT_START,
    FAILED,
    NO_CUE_FOLDER,
    NO_PYTTSX3,
    NO_ESPEAK,
    NO_ESPEAK_DATA,
)


def with_detail(source: str, detail: object) -> str:
    """The English line with its detail in place of "%1"."""
    return fill(source, detail)


def translated(line: str) -> str | None:
    """A speech problem line in the current language (detail kept), or None for any other line."""
    from PySide6.QtCore import QCoreApplication

    for source in LINES:
        if "%1" in source:
            head, tail = source.split("%1", 1)
            if len(line) >= len(head) + len(tail) and line.startswith(head) and line.endswith(tail):
                detail = line[len(head) : len(line) - len(tail)]
                return fill(QCoreApplication.translate(CONTEXT, source), detail)
        elif line == source:
            return QCoreApplication.translate(CONTEXT, source)
    return None
