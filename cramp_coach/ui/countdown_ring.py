"""A large ring and number for a countdown, readable from across a room."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# The countdown's side from the window's size alone, the same at any text size. Where little
# else shows (a hold, a guided set) it takes what the other parts leave of the height at 100 %
# (measured: 600 px high leaves 300, 1080 leaves 600); beside long words (the ice after a
# prolonged cramp), less. Under half the width either way.
FULL = (0.45, 0.6, 60)  # share of the width, share of the height, less px
BESIDE_WORDS = (0.36, 0.42, 0)


def ring_side(window: QWidget, share: tuple[float, float, int] = FULL) -> int:
    """The side of a countdown in `window` (the menu bar grows with the text: the window's own
    size is the measure)."""
    wide, high, less = share
    side = min(window.width() * wide, window.height() * high - less)
    return max(120, int(side))


def height_at_100(screen: QWidget) -> int:
    """The screen's height were the text at 100 %: the menu, status and notice bars over and
    under it grow with the zoom (at most in proportion: an estimate never too low, so a ring
    sized from it is never smaller at a larger zoom)."""
    from cramp_coach.ui.texts import text_scale

    around = screen.window().height() - screen.height()
    return screen.window().height() - int(around / max(1.0, text_scale()))


def format_seconds(seconds: int) -> str:
    """27 for short counts, 9:58 for minutes."""
    if seconds < 100:
        return str(seconds)
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


class CountdownRing(QWidget):
    """Draws what is left as an arc and a number; repaints only when the number changes.

    Its accessible name and description never change with the seconds: each change would be
    an event a screen reader may read out, every second. The screens announce the spoken time
    marks instead (see announce.py).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._total = 1
        self._shown = 0
        self._paused = False
        self._caption = ""
        self._instead: str | None = None  # a number shown instead of the seconds (a rep)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(self.tr("Time left"))
        self.setAccessibleDescription(
            self.tr(
                "The seconds left in this step, drawn as a ring. It is not read out every "
                "second: the spoken time marks are announced."
            )
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 320)

    @property
    def text(self) -> str:
        if self._instead is not None:
            return self._instead
        return format_seconds(self._shown)

    def show_instead(self, text: str | None) -> None:
        """The big number shows `text` (a guided set's rep) instead of the seconds left, which
        the ring's arc still shows; None: the seconds again."""
        if text != self._instead:
            self._instead = text
            self._changed()

    @property
    def seconds(self) -> int:
        """The whole seconds shown."""
        return self._shown

    def set_total(self, seconds: int) -> None:
        self._total = max(1, seconds)
        self._shown = seconds
        self._changed()

    def set_shown(self, seconds: int) -> None:
        if seconds != self._shown:
            self._shown = seconds
            self._changed()

    def set_caption(self, caption: str) -> None:
        """A word under the number saying what it counts ("GET READY", "HOLD")."""
        if caption != self._caption:
            self._caption = caption
            self.update()

    def set_paused(self, paused: bool) -> None:
        if paused != self._paused:
            self._paused = paused
            self._changed()

    def _changed(self) -> None:
        self.update()  # a repaint only: nothing a screen reader is told (see the class)

    def number_font(self, side: float, inside: float) -> QFont:
        """The number's font: large, yet never wider than 3/4 of the ring's inside (10:00)."""
        font = QFont(self.font())
        font.setBold(True)
        pixels = side * (0.38 if len(self.text) <= 2 else 0.26)
        font.setPixelSize(max(12, int(pixels)))
        width = QFontMetricsF(font).horizontalAdvance(self.text)
        if width > 0.75 * inside:
            font.setPixelSize(max(12, int(pixels * 0.75 * inside / width)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        side = min(self.width(), self.height())
        pen_width = max(6.0, side / 14)
        rect = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        track = QPen(palette.color(QPalette.ColorRole.Mid), pen_width)
        painter.setPen(track)
        painter.drawEllipse(rect)

        role = QPalette.ColorRole.PlaceholderText if self._paused else QPalette.ColorRole.Highlight
        arc = QPen(palette.color(role), pen_width)
        arc.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        fraction = min(1.0, self._shown / self._total)
        painter.drawArc(rect, 90 * 16, int(-fraction * 360 * 16))

        font = self.number_font(side, rect.width() - pen_width)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        under = self.tr("PAUSED") if self._paused else self._caption
        if under:
            font.setPixelSize(max(10, int(side * 0.07)))
            painter.setFont(font)
            below = QRectF(rect.left(), rect.center().y() + side * 0.2, rect.width(), side * 0.12)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, under)
        painter.end()
