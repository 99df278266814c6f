"""Finding text a user cannot read whole: labels and buttons given less room than their text
needs, text cut by the edge of what holds it, and text elided with "…".

Measured from the widgets' own sizes and font metrics, never from pixels: the same on any
machine with the same fonts.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding between a layout's integer geometry and the fonts' fractional widths
ELLIPSIS = "\u2026"


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    room = label.contentsRect()
    margin = label.margin() * 2
    width, height = room.width() - margin, room.height() - margin
    metrics = label.fontMetrics()
    plain = label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(text)
    if not plain:  # rich text: the label's own layout says what it needs at its width
        needed_height = label.heightForWidth(label.width()) if label.wordWrap() else 0
        needed_width = label.minimumSizeHint().width()
        if needed_width > label.width() + SLACK:
            return f"needs {needed_width} px wide, has {label.width()}"
        if needed_height > label.height() + SLACK:
            return f"needs {needed_height} px high, has {label.height()}"
        return ""
    if label.wordWrap():
        longest = max(
            (metrics.horizontalAdvance(word) for word in text.split()),
            default=0,
        )
        if longest > width + SLACK:
            return f"a word needs {longest} px, the label is {width} px wide"
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs
        need = metrics.boundingRect(QRect(0, 0, max(1, width), 100000), flags, text)
        if need.height() > height + SLACK:
            return f"needs {need.height()} px high at {width} px, has {height}"
        return ""
    need = metrics.size(Qt.TextFlag.TextExpandTabs, text)
    if need.width() > width + SLACK:
        return f"needs {need.width()} px wide, has {width}"
    if need.height() > height + SLACK:
        return f"needs {need.height()} px high, has {height}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    text = button.text()
    if not text.strip():
        return ""
    if isinstance(button, QPushButton | QToolButton | QCheckBox | QRadioButton):
        hint = button.sizeHint()  # the text, icon, padding, margin and frame at this font
        if isinstance(button, QToolButton) and button.toolButtonStyle() == (
            Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            return ""
        if hint.width() > button.width() + SLACK:
            return f"needs {hint.width()} px wide, has {button.width()}"
        metrics = button.fontMetrics()
        if metrics.height() > button.height() + SLACK:
            return f"needs {metrics.height()} px high, has {button.height()}"
    return ""


def _scrolls(area: QAbstractScrollArea, horizontally: bool) -> bool:
    """Whether the area lets the user reach what lies outside it that way."""
    bar = area.horizontalScrollBar() if horizontally else area.verticalScrollBar()
    policy = area.horizontalScrollBarPolicy() if horizontally else area.verticalScrollBarPolicy()
    return policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and bar.maximum() > bar.minimum()


def _cut_by_parents(widget: QWidget) -> str:
    """Whether an ancestor's edge cuts the widget off (where no scroll bar reaches it)."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent if isinstance(parent, QAbstractScrollArea) else None
        box = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if area is not None:
            # What scrolls into view is reachable; what does not is cut.
            if not _scrolls(area, horizontally=True) and (
                rect.left() < box.left() - SLACK or rect.right() > box.right() + SLACK
            ):
                return f"cut at the sides by {parent.objectName() or type(parent).__name__}"
            if not _scrolls(area, horizontally=False) and (
                rect.top() < box.top() - SLACK or rect.bottom() > box.bottom() + SLACK
            ):
                return f"cut at the bottom by {parent.objectName() or type(parent).__name__}"
            return ""  # within a scroll area: its viewport's own check is the area's
        parent = parent.parentWidget()
    frame = window.rect()
    if not frame.contains(rect.adjusted(SLACK, SLACK, -SLACK, -SLACK)):
        return f"outside the window ({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"
    return ""


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    short = text.replace("\n", " ")[:40]
    return f"{type(widget).__name__} {widget.objectName() or '-'} {short!r}"


def clipped_texts(root: QWidget) -> list[str]:
    """Every label and button under `root` (shown) whose text is not shown whole."""
    found: list[str] = []
    for widget in (root, *root.findChildren(QWidget)):
        if not _shown(widget) or (not widget.isVisibleTo(root) and widget is not root):
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if not problem and ELLIPSIS in widget.text() and widget.property("elided"):
                problem = "elided"
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QLineEdit) and not widget.text():
            hint = widget.placeholderText()  # the words of an empty field, cut with "…"
            needed = widget.fontMetrics().horizontalAdvance(hint) + 20
            problem = (
                f"its hint needs {needed} px, has {widget.width()}"
                if (hint and needed > widget.width())
                else ""
            )
        else:
            continue
        if not problem:
            problem = _cut_by_parents(widget)
        if problem:
            found.append(f"{_name(widget)}: {problem}")
    return found


def _drawn(widget: QWidget) -> bool:
    """A part that paints something the user reads or presses: text, a button, a picture, a
    countdown (not the frames and rows holding them)."""
    from PySide6.QtSvgWidgets import QSvgWidget

    from cramp_coach.ui.countdown_ring import CountdownRing

    if isinstance(widget, QLabel):
        pixmap = widget.pixmap()
        return bool(widget.text().strip()) or (pixmap is not None and not pixmap.isNull())
    return isinstance(widget, QAbstractButton | CountdownRing | QSvgWidget)


def _in_view(widget: QWidget) -> QRect:
    """The part of `widget` its parents show, in the window's coordinates (what a scroll area
    has scrolled away is not drawn over anything)."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def overlapping(root: QWidget) -> list[str]:
    """Every two shown parts under `root` that are drawn over each other (a ring under the
    buttons, a caption over the ring): Qt lets a fixed-size widget spill over its neighbours
    when a layout has less room than they need."""
    parts = [
        (widget, _in_view(widget))
        for widget in root.findChildren(QWidget)
        if _shown(widget) and widget.isVisibleTo(root) and _drawn(widget)
    ]
    found: list[str] = []
    for n, (first, one) in enumerate(parts):
        for second, other in parts[n + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            common = one.intersected(other)
            if common.width() > SLACK and common.height() > SLACK:
                size = f"{common.width()}x{common.height()} px"
                found.append(f"{_name(first)} and {_name(second)} overlap ({size})")
    return found
