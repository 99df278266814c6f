"""A one-line notice across the top of the window that the user can dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cramp_coach.speech import problems
from cramp_coach.ui.access import describe
from cramp_coach.ui.announce import announce
from cramp_coach.ui.texts import FitsOnResize, fit_type, scale_by, scaled_font, zoom_floor

TEXT_PIXELS = 19  # read from two metres away, like the screens' own texts
MOST_OF_WINDOW = 0.2  # of its height the notice may take (large text): the screen comes first


class NoticeBar(FitsOnResize, QFrame):
    """Says what is wrong and how to fix it, once, until dismissed.

    The lines are kept as given; a line the app knows how to translate (a speech problem, given
    in English) is shown in the current language, and in the new one when the window makes its
    notice anew in another language (`carry_on`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.lines: list[str] = []  # as given: shown through `_shown`
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        scaled_font(self.label, TEXT_PIXELS)
        self.dismiss = QPushButton()
        scaled_font(self.dismiss, TEXT_PIXELS)
        self.dismiss.setAutoDefault(True)  # Enter presses it when it has the focus
        self.dismiss.clicked.connect(self.dismiss_all)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        self._name()
        self.hide()

    def _name(self) -> None:
        """Its own texts, in the current language."""
        self.dismiss.setText(self.tr("Dismiss"))
        describe(
            self.dismiss,
            self.tr("Dismiss this notice"),
            self.tr("Hides the message above. Press Enter or Space."),
        )
        self.setAccessibleName(self.tr("Notice"))

    @staticmethod
    def _shown(line: str) -> str:
        return problems.translated(line) or line

    def show_text(self, text: str) -> None:
        """Adds a line; lines still showing stay (a second problem never hides the first)."""
        if self.isHidden():  # dismissed (or never shown): start afresh
            self.lines = []
        shown = self._shown(text)
        if shown not in [self._shown(line) for line in self.lines]:
            self.lines.append(text)
            announce(self, shown)  # a screen reader hears a new problem once, as it appears
        self._show_lines()
        self.show()

    def _show_lines(self) -> None:
        self.label.setText("\n".join(self._shown(line) for line in self.lines))
        self.setAccessibleDescription(self.label.text())
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """As large as the zoom asks while the notice takes at most a fifth of the window (or
        three lines at 100 %): at 300 % it once filled half the window and squeezed the
        screen under it."""
        widgets = (self.label, self.dismiss)
        room = max(3 * TEXT_PIXELS * 1.4, self.window().height() * MOST_OF_WINDOW)

        def fits() -> bool:
            width = self.width() - self.dismiss.sizeHint().width() - 40
            return self.label.heightForWidth(max(1, width)) + 12 <= room

        fit_type(lambda factor: scale_by(widgets, factor), fits, zoom_floor(0.7))

    def withdraw(self, text: str) -> None:
        """Takes a line back (what it said is no longer true); hides the bar when none is left."""
        if text in self.lines:
            self.lines.remove(text)
            self._show_lines()
        if not self.lines:
            self.dismiss_all()

    def dismiss_all(self) -> None:
        self.lines = []
        self.label.setText("")
        self.hide()

    def carry_on(self, old: NoticeBar) -> None:
        """Shows what `old` shows (the window makes its notice anew in another language: the
        lines the app can translate are then shown in the new one)."""
        self.lines = list(old.lines)
        if self.lines and not old.isHidden():
            self._show_lines()
            self.show()
