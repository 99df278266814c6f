"""Small helpers for text widgets shared by the screens."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(name: str, wrap: bool = True) -> QLabel:
    """A label that shows data-file or user text as plain text, never as HTML."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written: Qt shows a tooltip that looks like HTML as HTML
    (an <img> of /dev/zero, in a user's exercise, aborted the app), so it is given as HTML
    that says the text, with every <, > and & escaped."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


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
        scale_by((root, *root.findChildren(QWidget)), 1.0)


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
    """The largest factor from `floor` to 1 at which `apply(factor)` leaves the screen's text
    in its room (`fits`), found in a few halvings and applied. A large text size (Ctrl+Plus)
    in a small window grows the type only as far as the screen still shows it whole."""
    apply(1.0)
    if floor >= 1.0 or fits():
        return 1.0
    low, high = floor, 1.0  # low: the floor, taken to fit; high: too large
    for _ in range(FIT_STEPS):
        middle = (low + high) / 2
        apply(middle)
        if fits():
            low = middle
        else:
            high = middle
    apply(low)
    return low


FIT_STEPS = 4  # halvings: within 6 % of the largest size that fits


def scale_by(widgets: Iterable[QWidget], factor: float) -> None:
    """The scaled fonts of `widgets` at `factor` of their size (their size kept for a zoom)."""
    for widget in widgets:
        pixels = widget.property(_BASE_PIXELS)
        if pixels is not None:
            font = QFont(widget.font())
            font.setPixelSize(max(10, int(float(pixels) * factor * _scale)))
            widget.setFont(font)


def widest_word(label: QLabel) -> int:
    """The width of the label's longest word at its font: a wrapped label is never narrower."""
    metrics = label.fontMetrics()
    return max((metrics.horizontalAdvance(word) for word in label.text().split()), default=0)


def zoom_floor(lowest: float = 1.0) -> float:
    """The smallest factor `fit_type` may take: the text as at 100 % (times `lowest`)."""
    return min(1.0, 1 / max(0.01, _scale)) * lowest


def zoom_kept() -> float:
    """The smallest factor `fit_type` may take on a screen that scrolls what does not fit: the
    text keeps at least half of the user's zoom above 100 % (at 300 % twice its 100 % size, at
    150 % 1.25 times), never shrinks below 100 %, and keeps a zoom below 100 % whole."""
    scale = max(0.01, _scale)
    return 1.0 if scale <= 1 else (1 + (scale - 1) / 2) / scale


class FitsOnResize:
    """For a widget whose type fits its room (`fit_type`): its `_apply_sizes` runs again on
    each resize and on each zoom (the font change `set_zoom` sends). Named before the Qt class
    it is mixed into: `class Screen(FitsOnResize, QWidget)`."""

    def _apply_sizes(self) -> None:
        raise NotImplementedError

    def _show_spoken(self, caption: QLabel, text: str) -> None:
        """The words just spoken, in quotes, on `caption`; the type is fitted again when they
        change its height (a longer line in a small window: the type makes room for it)."""
        before = caption.heightForWidth(caption.width())
        caption.setText(f"\u201c{text}\u201d" if text else "")
        if caption.heightForWidth(caption.width()) != before:
            self._apply_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # type: ignore[misc]
        self._apply_sizes()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.FontChange:  # the user's zoom changed: fit it again
            self._apply_sizes()
