"""The first screen: one big, focused button for someone who has a cramp right now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.ui.keys import bind_keys


class HomeScreen(QWidget):
    """Offers "I have a cramp now"; Enter starts the routine."""

    start_requested = Signal()
    library_requested = Signal()
    plan_requested = Signal()
    journal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Cramp Coach"))
        self.heading.setObjectName("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self.tr("I have a cramp now"))
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.start_button.setAccessibleName(self.tr("Start the cramp routine"))
        self.start_button.setAccessibleDescription(
            self.tr("Guides you through first aid for a hamstring cramp, step by step")
        )
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.start_button.clicked.connect(self.start_requested)
        self.hint = QLabel(
            self.tr("Press Enter to start. The app tells you what to do, step by step.")
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.library_button = QPushButton(self.tr("Exercise library   (L)"))
        self.library_button.clicked.connect(self.library_requested)
        self.plan_button = QPushButton(self.tr("Prevention plan   (P)"))
        self.plan_button.clicked.connect(self.plan_requested)
        self.journal_button = QPushButton(self.tr("Journal   (J)"))
        self.journal_button.clicked.connect(self.journal_requested)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.start_button, 3)
        layout.addWidget(self.hint)
        more = QHBoxLayout()
        more.addWidget(self.library_button)
        more.addWidget(self.plan_button)
        more.addWidget(self.journal_button)
        layout.addLayout(more)
        layout.addWidget(self.message)
        layout.addStretch(1)

        bind_keys(
            self,
            [
                ("Return", self.start_requested.emit),
                ("Enter", self.start_requested.emit),
                ("L", self.library_requested.emit),
                ("P", self.plan_requested.emit),
                ("J", self.journal_requested.emit),
            ],
        )
        self.setFocusProxy(self.start_button)
        self._apply_sizes()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        unit = max(1.0, min(self.height() / 600, self.width() / 800))
        for widget, size, bold in (
            (self.heading, 30, True),
            (self.start_button, 48, True),
            (self.hint, 20, False),
            (self.message, 20, False),
            (self.library_button, 22, False),
            (self.plan_button, 22, False),
            (self.journal_button, 22, False),
        ):
            font = QFont(widget.font())
            font.setPixelSize(int(size * unit))
            font.setBold(bold)
            widget.setFont(font)
        self.start_button.setMinimumHeight(int(160 * unit))
