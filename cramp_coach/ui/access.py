"""Keyboard and screen-reader helpers shared by the screens: names, tab order, and Enter."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QScrollArea,
    QWidget,
)

_KEY_HINT = re.compile(r"\s*\([^()]*\)\s*$")


def describe(widget: QWidget, name: str, description: str) -> None:
    """What a screen reader says for the widget: its name (what it is, short, no key hint) and
    its description (what it does, and its key)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def strip_key_hint(text: str) -> str:
    """ "Sound on  (M)" -> "Sound on": the key belongs in the description, not the name."""
    return _KEY_HINT.sub("", text).replace("&", "").strip()


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits the widgets in this order (hidden or disabled ones are skipped by Qt)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def name_scroll_bars(area: QAbstractScrollArea, name: str) -> None:
    """A scroll bar is a control a screen reader lists: it says what it scrolls."""
    area.verticalScrollBar().setAccessibleName(name)
    area.horizontalScrollBar().setAccessibleName(name)


def scrolled(body: QWidget, bars: str) -> QScrollArea:
    """`body` in a frameless area that scrolls it up and down (it takes the area's width) and
    is no Tab stop of its own (its controls are, or keys scroll it); its bars say `bars`."""
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    name_scroll_bars(area, bars)
    return area


def enter_or(screen: QWidget, action: Callable[[], object]) -> Callable[[], None]:
    """Enter on a screen whose Enter means "go on": a button the user moved the focus to with
    Tab is pressed (what the focus ring promises); anywhere else, `action` runs."""

    def run() -> None:
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QAbstractButton)
            and screen.isAncestorOf(focused)
            and focused.isVisible()
            and focused.isEnabled()
        ):
            focused.click()
        else:
            action()

    return run
