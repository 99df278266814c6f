"""Telling a screen reader what changed: a new step, a spoken time mark, a pause.

`announce()` sends Qt's QAccessibleAnnouncementEvent (Qt 6.8+): the screen reader says the text
without moving focus. Qt drops the event at once when no assistive technology is running, so it
costs nothing then. Every announcement also goes to the listeners added with `listen()`, so
tests (and anything else in the process) can see what a screen reader would have been told.

Only news is announced, never the countdown's every second: a screen reader that talks every
second is unusable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


@dataclass(frozen=True)
class Announcement:
    """One thing said to the screen reader; assertive ones interrupt what it is saying."""

    text: str
    assertive: bool
    source: str  # the object name (or class name) of the widget it came from


Listener = Callable[[Announcement], None]
_listeners: list[Listener] = []


def listen(listener: Listener) -> Callable[[], None]:
    """Calls `listener` with every announcement from now on; returns what stops it."""
    _listeners.append(listener)

    def stop() -> None:
        if listener in _listeners:
            _listeners.remove(listener)

    return stop


def announce(widget: QObject, text: str, assertive: bool = False) -> None:
    """Has the screen reader say `text` on behalf of `widget` (polite: after what it is saying;
    assertive: at once, for a new step that makes the last one stale). Empty text is ignored."""
    text = " ".join(text.split())
    if not text:
        return
    news = Announcement(text, assertive, widget.objectName() or type(widget).__name__)
    for listener in list(_listeners):
        listener(news)
    # Imported at the first announcement: QAccessible's enums take PySide a while to build,
    # and the first screen is painted before anything is announced.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
