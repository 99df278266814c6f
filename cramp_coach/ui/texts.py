"""Small helpers for text widgets shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(name: str, wrap: bool = True) -> QLabel:
    """A label that shows data-file or user text as plain text, never as HTML."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def scaled_font(widget: QWidget, pixels: float, bold: bool = False, italic: bool = False) -> None:
    """Sets the widget's font to a pixel size (never below a readable 10 px)."""
    font = QFont(widget.font())
    font.setPixelSize(max(10, int(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    widget.setFont(font)
