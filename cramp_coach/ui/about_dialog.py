"""About and safety: what the app is, that it is not medical advice, when to see a doctor, and
where its advice comes from."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cramp_coach import __version__
from cramp_coach.i18n import fill
from cramp_coach.ui.dialog_fit import screen_room
from cramp_coach.ui.icon import app_icon
from cramp_coach.ui.texts import (
    fit_type,
    plain_label,
    scale_by,
    scaled_font,
    widest_word,
    zoom_floor,
)

ICON_PIXELS = 96
SOURCE_TITLE = "Hamstring Cramps and Running"  # the article's own title (docs/source/)
SOURCE_COPY = "docs/source/hamstring-cramps.txt"
LICENCE = "MIT"  # pyproject.toml


class AboutDialog(QDialog):
    """The app's name and version, the safety notice and the source; Esc or Enter closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setPixmap(app_icon().pixmap(ICON_PIXELS, ICON_PIXELS))
        self.icon.setFixedSize(ICON_PIXELS, ICON_PIXELS)
        self.name = plain_label("name")
        scaled_font(self.name, 32, bold=True)
        self.version = plain_label("version")
        scaled_font(self.version, 20)
        self.summary = plain_label("summary")
        scaled_font(self.summary, 20)

        self.safety_heading = plain_label("safety_heading")
        scaled_font(self.safety_heading, 26, bold=True)
        self.not_advice = plain_label("not_advice")
        self.seek_care = plain_label("seek_care")  # the one line that must not be missed
        scaled_font(self.seek_care, 22, bold=True)
        self.source_says = plain_label("source_says")
        self.source_heading = plain_label("source_heading")
        scaled_font(self.source_heading, 26, bold=True)
        self.source = plain_label("source")
        self.licence = plain_label("licence")
        for label in (self.not_advice, self.source_says, self.source, self.licence):
            scaled_font(label, 20)

        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.version)
        names.addStretch(1)
        top.addLayout(names, 1)

        page = self.page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(14)
        column.addLayout(top)
        column.addWidget(self.summary)
        column.addSpacing(8)
        for label in (self.safety_heading, self.not_advice, self.seek_care, self.source_says):
            column.addWidget(label)
        column.addSpacing(8)
        for label in (self.source_heading, self.source, self.licence):
            column.addWidget(label)
        column.addStretch(1)
        # Scrolls on a small screen (PageDown, arrows) rather than cutting the safety text off.
        self.body = QScrollArea()
        self.body.setWidget(page)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert isinstance(close, QPushButton)
        self.close_button = close
        scaled_font(close, 20)
        close.setMinimumHeight(48)
        close.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)  # Esc
        outer = QVBoxLayout(self)
        outer.addWidget(self.body, 1)
        outer.addWidget(buttons)
        # Only now that it is in the dialog: Enter closes, wherever the focus is.
        close.setDefault(True)

        self._set_texts()
        self._fit_words()
        self._size_to_screen()
        close.setFocus()

    def _fit_words(self) -> None:
        """As large as the zoom asks, while the longest word (a file's path) fits the screen."""
        labels = self.page.findChildren(QLabel)
        room = screen_room(self).width() - 80
        fit_type(
            lambda factor: scale_by(labels, factor),
            lambda: max(widest_word(label) for label in labels) <= room,
            zoom_floor(0.7),
        )

    def _set_texts(self) -> None:
        """Every visible text, again when the language changes."""
        self.setWindowTitle(self.tr("About Cramp Coach"))
        self.icon.setAccessibleName(self.tr("Cramp Coach icon"))
        self.name.setText(self.tr("Cramp Coach"))
        self.version.setText(fill(self.tr("Version %1"), __version__))
        self.summary.setText(
            self.tr("Guided first aid for a hamstring cramp, and a plan to prevent the next one.")
        )
        self.safety_heading.setText(self.tr("Not medical advice"))
        self.not_advice.setText(
            self.tr(
                "Cramp Coach gives general information from one article on hamstring cramps and "
                "running. It is not medical advice: it does not diagnose or treat anything, and "
                "it does not replace a doctor."
            )
        )
        self.seek_care.setText(
            self.tr("Seek medical care for severe pain, swelling, or cramps that keep returning.")
        )
        self.source_says.setText(
            self.tr(
                "The source article says: “Consult a physician about reoccurring or prolonged "
                "hamstring cramps.” And: “Check with your doctor if cramping continues to rule "
                "out any undiagnosed medical conditions.”"
            )
        )
        self.source_heading.setText(self.tr("Where the advice comes from"))
        self.source.setText(
            fill(
                self.tr(
                    "Every instruction comes from the article “%1” (a copy comes with the source "
                    "code, in %2). What the article does not say is marked “General guidance, "
                    "not from the source article”."
                ),
                SOURCE_TITLE,
                SOURCE_COPY,
            )
        )
        self.licence.setText(
            fill(
                self.tr(
                    "Free software under the %1 licence. The exercise pictures and the icon were "
                    "drawn for Cramp Coach. Made with Qt for Python (PySide6)."
                ),
                LICENCE,
            )
        )
        self.body.setAccessibleName(self.tr("About Cramp Coach and safety notice"))
        self.body.setAccessibleDescription(
            " ".join(
                label.text()
                for label in (self.summary, self.not_advice, self.seek_care, self.source_says)
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close About Cramp Coach"))

    def text(self) -> str:
        """All the dialog says, in reading order."""
        labels = self.page.findChildren(QLabel)
        return "\n".join(label.text() for label in labels if label.text())

    def _size_to_screen(self) -> None:
        """820x720 at most: no larger than the screen's room, nor (down to 480x400) than the
        window it is opened from."""
        most = QSize(820, 720)
        room = most.boundedTo(screen_room(self, most))
        width, height = room.width(), room.height()
        parent = self.parentWidget()
        if parent is not None:
            width = min(width, max(480, parent.width()))
            height = min(height, max(400, parent.height()))
        self.resize(width, height)
