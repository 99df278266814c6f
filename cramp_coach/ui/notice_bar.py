"""A one-line notice across the top of the window that the user can dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


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
        self.dismiss.setAccessibleName(self.tr("Dismiss this notice"))
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
        self.label.setText("\n".join(lines))
        self.setAccessibleDescription(self.label.text())
        self.show()

    def dismiss_all(self) -> None:
        self.label.setText("")
        self.hide()
