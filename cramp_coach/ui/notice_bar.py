"""A one-line notice across the top of the window that the user can dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cramp_coach.ui.access import describe
from cramp_coach.ui.announce import announce


class NoticeBar(QFrame):
    """Says what is wrong and how to fix it, once, until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        describe(
            self.dismiss,
            self.tr("Dismiss this notice"),
            self.tr("Hides the message above. Press Enter or Space."),
        )
        self.dismiss.setAutoDefault(True)  # Enter presses it when it has the focus
        self.setAccessibleName(self.tr("Notice"))
        self.dismiss.clicked.connect(self.dismiss_all)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.dismiss)
        self.hide()

    def show_text(self, text: str) -> None:
        """Adds a line; lines still showing stay (a second problem never hides the first)."""
        lines = self.label.text().split("\n") if self.isVisible() and self.label.text() else []
        if text not in lines:
            lines.append(text)
            announce(self, text)  # a screen reader hears a new problem once, as it appears
        self.label.setText("\n".join(lines))
        self.setAccessibleDescription(self.label.text())
        self.show()

    def dismiss_all(self) -> None:
        self.label.setText("")
        self.hide()
