"""The first screen: one big, focused button for someone who has a cramp right now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.i18n import fill
from cramp_coach.ui.access import describe, enter_or, scrolled, tab_chain
from cramp_coach.ui.actions import bind_action, hint, with_key
from cramp_coach.ui.announce import announce
from cramp_coach.ui.flow_layout import FlowLayout, remeasure
from cramp_coach.ui.listening_indicator import ListeningIndicator
from cramp_coach.ui.texts import (
    FitsOnResize,
    fit_type,
    scale_by,
    scaled_font,
    text_scale,
    zoom_kept,
)


class HomeScreen(FitsOnResize, QWidget):
    """Offers "I have a cramp now"; Enter starts the routine."""

    start_requested = Signal()
    library_requested = Signal()
    plan_requested = Signal()
    journal_requested = Signal()

    def __init__(self, notice: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Cramp Coach"))
        self.heading.setObjectName("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self.tr("I have a cramp now"))
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        describe(
            self.start_button,
            self.tr("Start the cramp routine"),
            fill(
                self.tr(
                    "Guides you through first aid for a hamstring cramp, step by step. Press %1."
                ),
                hint("confirm"),
            ),
        )
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.start_button.clicked.connect(self.start_requested)
        self.hint = QLabel(
            fill(
                self.tr("Press %1 to start. The app tells you what to do, step by step."),
                hint("confirm"),
            )
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.library_button = QPushButton(with_key(self.tr("Exercise library"), "library"))
        self.library_button.clicked.connect(self.library_requested)
        self.plan_button = QPushButton(with_key(self.tr("Prevention plan"), "plan"))
        self.plan_button.clicked.connect(self.plan_requested)
        self.journal_button = QPushButton(with_key(self.tr("Journal"), "journal"))
        self.journal_button.clicked.connect(self.journal_requested)
        describe(
            self.library_button,
            self.tr("Exercise library"),
            fill(self.tr("Exercises that help prevent the next cramp. Press %1."), hint("library")),
        )
        describe(
            self.plan_button,
            self.tr("Prevention plan"),
            fill(self.tr("What helps prevent hamstring cramps. Press %1."), hint("plan")),
        )
        describe(
            self.journal_button,
            self.tr("Journal"),
            fill(self.tr("Your past cramps and their likely causes. Press %1."), hint("journal")),
        )
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()  # until there is a message (an empty label's height is not stable)
        # "Not medical advice. In an emergency call…": one line, where someone in pain starts.
        self.notice = QLabel(notice)
        self.notice.setObjectName("notice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(bool(notice))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        self.listening = ListeningIndicator()  # hands-free: whether voice commands are heard
        layout.addWidget(self.listening)
        layout.addWidget(self.notice)
        layout.addWidget(self.start_button, 3)
        layout.addWidget(self.hint)
        more = FlowLayout(spacing=12)  # side by side, or stacked when the text is large
        for button in (self.library_button, self.plan_button, self.journal_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            more.add(button)
        layout.addLayout(more)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._column = layout
        # Large text in a small window: what does not fit scrolls, the type keeps the zoom.
        self.page = scrolled(body, self.tr("Scroll the instructions"))
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(self.page)

        bind_action(
            self,
            [
                # Enter starts the routine, or presses the button Tab moved the focus to.
                ("confirm", enter_or(self, self.start_requested.emit)),
                ("library", self.library_requested.emit),
                ("plan", self.plan_requested.emit),
                ("journal", self.journal_requested.emit),
            ],
        )
        self.setFocusProxy(self.start_button)
        tab_chain([self.start_button, self.library_button, self.plan_button, self.journal_button])
        self._apply_sizes()

    def show_message(self, text: str) -> None:
        """A line under the buttons (e.g. how the last run ended), also told to a screen reader."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        announce(self, text)

    def _apply_sizes(self) -> None:
        unit = max(1.0, min(self.height() / 600, self.width() / 800))
        fit_type(lambda f: self._size(unit * f), self._fits, zoom_kept())
        if not self._wide():  # the big button's words whole, even below the zoom
            fit_type(lambda f: scale_by([self.start_button], f), self._wide, 0.3)
        fits = self._fits()
        bar = 0 if fits else self.page.verticalScrollBar().sizeHint().width()
        needed = self._column.totalHeightForWidth(self.width() - bar)
        self.page.widget().setFixedHeight(self.height() if fits else needed)

    def _wide(self) -> bool:
        margins = self._column.contentsMargins()
        bar = self.page.verticalScrollBar().sizeHint().width()
        width = self.width() - margins.left() - margins.right() - bar
        return self.start_button.sizeHint().width() <= width

    def _fits(self) -> bool:
        layout = self._column
        remeasure(layout)
        return self._wide() and layout.totalHeightForWidth(self.width()) <= self.height()

    def _size(self, unit: float) -> None:
        for widget, size, bold in (
            (self.heading, 30, True),
            (self.listening, 18, False),
            (self.start_button, 48, True),
            (self.hint, 20, False),
            (self.notice, 18, False),
            (self.message, 20, False),
            (self.library_button, 22, False),
            (self.plan_button, 22, False),
            (self.journal_button, 22, False),
        ):
            scaled_font(widget, size * unit, bold=bold)  # times the user's text size (Ctrl+Plus)
        self.start_button.setMinimumHeight(int(160 * unit * min(text_scale(), 2.0)))
