"""The listening indicator: whether voice commands are heard now, beside the Hands-free toggle.

Thin: the state comes from the listener's `hearingChanged` (speech.listener.Hearing, by its
value, so the first screen does not import the listener); what each state shows and says is in
`indicator_view`, apart from the widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from cramp_coach.i18n import QT_TRANSLATE_NOOP
from cramp_coach.ui.access import describe
from cramp_coach.ui.announce import announce

CONTEXT = "ListeningIndicator"
_HEARS = ("listening", "muted")  # voice commands work (muted: only while the app speaks)
# The indicator's words (lupdate reads them here, in the "ListeningIndicator" context).
SPEAKING = QT_TRANSLATE_NOOP("ListeningIndicator", "Speaking…")
LISTENING = QT_TRANSLATE_NOOP("ListeningIndicator", "● Listening")
WAITS = QT_TRANSLATE_NOOP("ListeningIndicator", "Voice commands wait while the app speaks.")
SAY_ONE = QT_TRANSLATE_NOOP("ListeningIndicator", "Voice commands are on: say a command.")
NEWS = QT_TRANSLATE_NOOP("ListeningIndicator", "Listening for voice commands.")
NAME_ON = QT_TRANSLATE_NOOP("ListeningIndicator", "Voice commands on")
STARTING = QT_TRANSLATE_NOOP("ListeningIndicator", "Starting to listen…")
NAME_STARTING = QT_TRANSLATE_NOOP("ListeningIndicator", "Voice commands starting")
NOT_LISTENING = QT_TRANSLATE_NOOP("ListeningIndicator", "Not listening")
NAME_OFF = QT_TRANSLATE_NOOP("ListeningIndicator", "Voice commands off")


@dataclass(frozen=True)
class IndicatorView:
    text: str  # shown; empty: the indicator is hidden
    name: str  # for a screen reader
    description: str
    news: str  # said to a screen reader when the state changes to this one; empty: nothing


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def indicator_view(state: str, previous: str, reason: str | None) -> IndicatorView:
    """What the indicator shows for a Hearing value; `previous` is the value before it (the
    app speaking and stopping is not news: only starting, losing and finding again are)."""
    if state in _HEARS:
        speaking = state == "muted"
        text = _tr(SPEAKING) if speaking else _tr(LISTENING)
        description = _tr(WAITS) if speaking else _tr(SAY_ONE)
        # Found again after "not listening": the window says "Voice commands are back".
        news = _tr(NEWS) if previous in ("off", "starting") else ""
        return IndicatorView(text, _tr(NAME_ON), description, news)
    if state == "starting":
        return IndicatorView(_tr(STARTING), _tr(NAME_STARTING), "", "")
    if state == "unavailable":
        line = reason or ""
        return IndicatorView(_tr(NOT_LISTENING), _tr(NAME_OFF), line, line)
    return IndicatorView("", "", "", "")


class ListeningIndicator(QLabel):
    """A small label: "● Listening", "Speaking…", "Not listening" (why: in its tooltip and
    description); hidden while hands-free is off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listening")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = "off"
        self.hide()

    @property
    def hears(self) -> bool:
        """Voice commands are heard now (shown: hands-free is on)."""
        return not self.isHidden() and self.state in _HEARS

    def show_state(self, state: str, reason: str | None = None) -> None:
        view = indicator_view(state, self.state, reason)
        self.state = state
        self.setText(view.text)
        self.setToolTip(view.description)
        describe(self, view.name, view.description)
        self.setVisible(bool(view.text))
        if view.news and self.isVisible():  # on the screen in use only: told once
            announce(self, view.news)
