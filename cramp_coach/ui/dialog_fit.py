"""Dialogs read from two metres too: their text at the routine's type scale and the user's zoom,
what does not fit the screen scrolling above buttons that stay in view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.ui.access import scrolled
from cramp_coach.ui.flow_layout import remeasure
from cramp_coach.ui.texts import scaled_font, zoom_floor

DIALOG_PIXELS = 20  # as the routine's where-you-are line and captions (not the system's 13 px)
ROOM = 0.9  # of the screen a dialog may take


def screen_room(widget: QWidget, no_screen: QSize | None = None) -> QSize:
    """The room a dialog may take on the widget's screen (`no_screen`, 800x600 unless given,
    when there is none)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return no_screen if no_screen is not None else QSize(800, 600)
    room = screen.availableGeometry().size()
    return QSize(int(room.width() * ROOM), int(room.height() * ROOM))


def fit_dialog(
    dialog: QDialog, body: QWidget, buttons: QWidget | None, pixels: float = DIALOG_PIXELS
) -> QScrollArea:
    """Lays `body` out in a scroll area above `buttons`, sets the dialog's text to `pixels`
    times the zoom (as large as the screen's width allows), and sizes the dialog to its
    content within the screen."""
    # Tab moves through the controls (the area scrolls to each); no stop of its own.
    area = scrolled(body, dialog.windowTitle())
    area.setObjectName("body")
    area.setAccessibleName(dialog.windowTitle())
    column = QVBoxLayout(dialog)
    column.addWidget(area, 1)
    if buttons is not None:
        column.addWidget(buttons)
    room = screen_room(dialog)
    bar = area.verticalScrollBar().sizeHint().width()

    def apply(factor: float) -> None:
        scaled_font(dialog, pixels * factor)

    # Measured once at the smallest size, then made as large as the width allows: text grows
    # in step with its font, margins do not, so the estimate errs on the narrow side.
    floor = zoom_floor(0.7)
    apply(floor)
    layout = body.layout()
    if layout is not None:
        remeasure(layout)
    needed = body.sizeHint().width() + bar + 40
    apply(max(floor, min(1.0, floor * room.width() / max(1, needed))))
    if layout is not None:
        remeasure(layout)
    hint = body.sizeHint()
    extra = buttons.sizeHint().height() + 40 if buttons is not None else 24
    dialog.resize(
        min(room.width(), hint.width() + bar + 40), min(room.height(), hint.height() + extra)
    )
    return area


class ChoiceBox(QComboBox):
    """A combo box never narrower than its longest choice at its font. (Qt's keeps the
    smallest size of the first font it measured: too wide or too narrow after a zoom.)"""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()


class _Caption(QLabel):
    """A check box's or radio button's words, wrapping; a click on them is a click on it."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button.text())
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        if self.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)


def wrapping(button: QAbstractButton) -> QWidget:
    """The button with its words beside it in a label that wraps (a check box's own text never
    does): long questions at a large text size stay whole. Its accessible name keeps the words."""
    if not button.accessibleName():
        button.setAccessibleName(button.text())
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    caption = _Caption(button)
    button.setText("")
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(caption, 1)
    return row
