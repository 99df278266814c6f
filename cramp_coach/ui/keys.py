"""Keyboard shortcuts that belong to one screen (active only while it, or a child, has focus)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget


def unless_a_popup(action: Callable[[], object]) -> Callable[[], None]:
    """The action, except while a popup (an open combo box list, a menu) is up: a key the
    popup does not use itself (Backspace) still reaches the screen's shortcuts then."""

    def run() -> None:
        if QApplication.activePopupWidget() is None:
            action()

    return run


def bind_keys(screen: QWidget, bindings: Iterable[tuple[str, Callable[[], object]]]) -> None:
    """Each (key, action): pressing the key while the screen is in use runs the action."""
    for key, action in bindings:
        shortcut = QShortcut(QKeySequence(key), screen)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # A held key acts once: a held Enter's auto-repeat ran the whole routine to Done in
        # 3.5 s (seen on a fresh clone), releasing the hold after 0.13 s.
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(action)
