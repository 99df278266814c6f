"""The system-tray icon: "I have a cramp now", today's session, the next reminder, the window,
quit. Thin: the reminder controller fills in its texts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    """The icon and its menu; says what was chosen."""

    cramp = Signal()
    today = Signal()
    show_window = Signal()
    quit = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Cramp Coach"))
        self.menu = QMenu()
        self._add(self.tr("I have a cramp now"), self.cramp)
        self.today_action = self._add("", self.today)
        self.next_action = QAction("", self.menu)
        self.next_action.setEnabled(False)  # says when; nothing to do
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        self._add(self.tr("Show Cramp Coach"), self.show_window)
        self._add(self.tr("Quit"), self.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    def _add(self, text: str, signal: Signal) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(signal.emit)
        self.menu.addAction(action)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window.emit()

    def show_lines(self, today: str | None, upcoming: str) -> None:
        """Today's session (None: a free day, no item) and the next reminder."""
        self.today_action.setVisible(today is not None)
        self.today_action.setText(today or "")
        self.next_action.setText(upcoming)
