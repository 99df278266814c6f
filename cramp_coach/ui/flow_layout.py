"""A row of controls that wraps: as many side by side as fit at their whole text's width, the
rest on the next lines, each line filling the width. Larger text (Ctrl+Plus), a longer language
or a narrower window stacks the buttons instead of cutting their names."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Lays its widgets left to right, starting a new line when the next would not fit.

    Widgets whose horizontal policy can grow share a line's spare width; a widget added with
    `right=True` (`push_right`) starts where the line's spare width pushes it to the right
    edge (e.g. Stop apart from Pause and Back)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)
        self.push_right: set[QWidget] = set()  # start as far right as their line allows
        self._heights: dict[int, int] = {}  # height for width, until something changes

    # -- QLayout's interface ----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def add(self, widget: QWidget, right: bool = False) -> None:
        self.addWidget(widget)
        if right:
            self.push_right.add(widget)

    def insert(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        if width not in self._heights:
            self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        if hasattr(self, "_heights"):  # Qt calls it while the layout is being made
            self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All in one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """One per line: as narrow as the widest control."""
        shown = self._shown()
        width = max((i.minimumSize().expandedTo(i.sizeHint()).width() for i in shown), default=0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margin_size()

    # -- placing ----------------------------------------------------------------------------

    def _margin_size(self) -> QSize:
        m: QMargins = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def lines(self, width: int) -> list[list[QLayoutItem]]:
        """The controls of each line at `width` (contents margins excluded)."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if lines[-1] and used + self._spacing + wanted > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + wanted
            lines[-1].append(item)
        return [line for line in lines if line]

    def _place(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = inner.y()
        for line in self.lines(inner.width()):
            height = max(item.sizeHint().height() for item in line)
            if move:
                self._place_line(line, inner.x(), y, inner.width(), height)
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom() if y > inner.y() else m.top() + m.bottom()

    def _place_line(self, line: list[QLayoutItem], x: int, y: int, width: int, height: int) -> None:
        wants = [item.sizeHint().width() for item in line]
        spare = max(0, width - sum(wants) - self._spacing * (len(line) - 1))
        grow = QSizePolicy.PolicyFlag.GrowFlag.value
        growing = [
            i
            for i, item in enumerate(line)
            if item.widget() is not None
            and item.widget().sizePolicy().horizontalPolicy().value & grow
            and item.widget() not in self.push_right
        ]
        widths = list(wants)
        if growing:
            share, rest = divmod(spare, len(growing))
            for n, i in enumerate(growing):
                widths[i] += share + (1 if n < rest else 0)
            spare = 0
        for i, item in enumerate(line):
            widget = item.widget()
            if spare and widget is not None and widget in self.push_right:
                x += spare
                spare = 0
            item.setGeometry(QRect(QPoint(x, y), QSize(min(widths[i], width), height)))
            x += widths[i] + self._spacing


def remeasure(layout: QLayout) -> None:
    """Forgets what `layout` and the layouts in it measured, so a size asked for right after
    a font change is the new one (Qt forgets only when it next lays the window out)."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None:
            remeasure(inner)
    layout.invalidate()
