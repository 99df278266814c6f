"""A QR code of an address, drawn with QPainter: the Send to phone dialog and the sheet.

The code itself comes from segno (pure Python, no dependencies of its own, well kept); this
module only paints its modules, dark on white with the standard quiet zone of four modules, so
a phone's camera reads it off a screen or paper.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

QUIET = 4  # modules of white around the code (ISO/IEC 18004)


def matrix(text: str) -> list[list[bool]]:
    """The code's modules, row by row (True: dark), error correction M or better."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix]


def paint(painter: QPainter, frame: QRectF, modules: list[list[bool]]) -> None:
    """Draws the code as large as fits in `frame` (a square, centred), its quiet zone included."""
    count = len(modules) + 2 * QUIET
    side = min(frame.width(), frame.height())
    size = side / count
    left = frame.x() + (frame.width() - side) / 2 + QUIET * size
    top = frame.y() + (frame.height() - side) / 2 + QUIET * size
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left - QUIET * size, top - QUIET * size, side, side), QColor("white"))
    painter.setBrush(QColor("black"))
    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:  # a hair wider, so neighbouring modules leave no hairline between them
                painter.drawRect(
                    QRectF(left + column * size, top + row * size, size + 0.3, size + 0.3)
                )
    painter.restore()
