"""The WCAG 2.x contrast ratio, measured from colours as Qt paints them: what the theme tests
check every palette (and the pictures' text) against."""

from __future__ import annotations

from PySide6.QtGui import QColor


def _linear(channel: float) -> float:
    # WCAG 2.x's sRGB linearisation (0.04045 per the sRGB standard; WCAG prints 0.03928, which
    # gives the same result for every 8-bit value).
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance, 0 (black) to 1 (white)."""
    rgb = colour.toRgb()
    return (
        0.2126 * _linear(rgb.redF())
        + 0.7152 * _linear(rgb.greenF())
        + 0.0722 * _linear(rgb.blueF())
    )


def _over(top: QColor, below: QColor) -> QColor:
    """`top` painted over an opaque `below` (a translucent colour is read as it is seen)."""
    alpha = top.alphaF()
    if alpha >= 1.0:
        return top
    top, below = top.toRgb(), below.toRgb()
    return QColor.fromRgbF(
        top.redF() * alpha + below.redF() * (1 - alpha),
        top.greenF() * alpha + below.greenF() * (1 - alpha),
        top.blueF() * alpha + below.blueF() * (1 - alpha),
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """The WCAG 2.x contrast ratio, 1 (none) to 21 (black on white); order does not matter.

    A translucent foreground is measured as painted over the background; the background is
    taken as opaque.
    """
    background = QColor(background)
    background.setAlphaF(1.0)
    one = relative_luminance(_over(foreground, background))
    two = relative_luminance(background)
    lighter, darker = max(one, two), min(one, two)
    return (lighter + 0.05) / (darker + 0.05)
