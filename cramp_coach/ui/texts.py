"""Small helpers for text widgets shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

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


# Every size the screens ask for is multiplied by the text scale: the system font's size against
# the 10-point font the sizes were designed with, times the user's zoom (Ctrl+Plus / Ctrl+Minus).
_BASE_PIXELS = "crampCoachBasePixels"  # the size asked for, kept on the widget for a re-zoom
_DESIGN_POINTS = 10.0
_scale = 1.0


def system_text_factor(font: QFont) -> float:
    """How much larger than the design size the system's own font is (1x to 3x): a larger
    system font makes every text larger; a smaller one never makes them smaller than designed
    for reading at two metres (Ctrl+Minus does, when the user wants it)."""
    points = font.pointSizeF()
    if points <= 0:  # a font given in pixels
        points = font.pixelSize() * 0.75
    return max(1.0, min(3.0, points / _DESIGN_POINTS))


def text_scale() -> float:
    return _scale


def set_text_scale(scale: float, *roots: QWidget) -> None:
    """A new text scale; every scaled font under `roots` takes it at once."""
    global _scale
    _scale = scale
    for root in roots:
        for widget in (root, *root.findChildren(QWidget)):
            pixels = widget.property(_BASE_PIXELS)
            if pixels is not None:
                font = QFont(widget.font())
                font.setPixelSize(max(10, int(float(pixels) * _scale)))
                widget.setFont(font)


_system_font: QFont | None = None


def set_zoom(percent: int, *roots: QWidget) -> None:
    """The user's zoom: the app's font and every scaled font, from the system font's size."""
    from PySide6.QtWidgets import QApplication

    global _system_font
    if _system_font is None:
        _system_font = QApplication.font()
    font = QFont(_system_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(max(8, round(font.pixelSize() * percent / 100)))
    # The scale first: a screen that fits its type to its room (see RoutineScreen) does so
    # again on the font change the app font sends, with the new scale.
    set_text_scale(system_text_factor(_system_font) * percent / 100, *roots)
    QApplication.setFont(font)


def scaled_font(widget: QWidget, pixels: float, bold: bool = False, italic: bool = False) -> None:
    """Sets the widget's font to a pixel size times the text scale (never below 10 px)."""
    widget.setProperty(_BASE_PIXELS, float(pixels))
    font = QFont(widget.font())
    font.setPixelSize(max(10, int(pixels * _scale)))
    font.setBold(bold)
    font.setItalic(italic)
    widget.setFont(font)


def fit_type(apply: Callable[[float], None], fits: Callable[[], bool], floor: float) -> float:
    """The largest factor, from 1 down to `floor` in tenths, at which `apply(factor)` leaves
    the screen's text in its room (`fits`); applied. A large text size (Ctrl+Plus) in a small
    window grows the type only as far as the screen still shows it whole."""
    factor = 1.0
    apply(factor)
    while factor > floor and not fits():
        factor = max(floor, factor - 0.1)
        apply(factor)
    return factor


def zoom_floor(lowest: float = 1.0) -> float:
    """The smallest factor `fit_type` may take: the text as at 100 % (times `lowest`)."""
    return min(1.0, 1 / max(0.01, _scale)) * lowest
