"""Fusion, plus the outlines a style sheet cannot draw (see `theme`).

Apart from `theme` because a style class makes PySide build all of QStyle's enums: the first
screen (buttons only, drawn by the style sheet) is painted before this is imported.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from cramp_coach.ui.theme import COLOURS, FOCUS_WIDTH, Theme


class CalmStyle(QProxyStyle):
    """Fusion, plus what a style sheet cannot add without redrawing the whole control: the
    focus ring on combo and spin boxes, and outlines on them, on slider handles and on check and
    radio indicators that show on a dark window too (Fusion derives its outlines from the
    window colour)."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.colours = COLOURS[Theme.LIGHT]

    def drawComplexControl(  # noqa: N802 (Qt's name)
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        fields = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
        if control in fields:
            rect = QRectF(option.rect)
            if option.state & QStyle.StateFlag.State_HasFocus:
                self._outline(painter, rect, self.colours.focus, FOCUS_WIDTH - 1, 4)
            else:
                self._outline(painter, rect, self.colours.edge, 1, 3)
        elif control == QStyle.ComplexControl.CC_Slider and widget is not None:
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget)
            self._outline(painter, QRectF(handle), self.colours.edge, 1.5, 3)

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(
            widget, (QCheckBox, QRadioButton)
        ):
            return  # the style sheet's ring marks the focus: a second, pale box only confuses
        super().drawPrimitive(element, option, painter, widget)
        rect = QRectF(option.rect)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._outline(painter, rect, self.colours.edge, 1.5, 2)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._outline(painter, rect, self.colours.edge, 1.5, rect.width() / 2)

    @staticmethod
    def _outline(painter: QPainter, rect: QRectF, colour: str, width: float, radius: float) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        inner = rect.adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(inner, max(0.0, radius - inset), max(0.0, radius - inset))
        painter.restore()
