"""F1: every keyboard shortcut, as a two-column table readable from a distance."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cramp_coach.ui.access import describe
from cramp_coach.ui.dialog_fit import screen_room
from cramp_coach.ui.texts import scaled_font

TEXT_PIXELS = 18


class ShortcutsDialog(QDialog):
    """The keys (left) and what each does (right, wrapped); Enter or Esc closes it.

    `rows` are (keys, what they do), in the user's language (ui.actions.help_rows), then the
    spoken words under a heading row (ui.actions.spoken_rows), whose index is in `headings`.
    """

    def __init__(
        self,
        rows: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        headings: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        for row, (key, what) in enumerate(rows):
            for column, text in enumerate((key, what)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read only, nothing to select
                if row in headings:  # a heading (the spoken words below it)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        scaled_font(self.table, TEXT_PIXELS)
        scaled_font(header, TEXT_PIXELS, bold=True)
        header.setMinimumHeight(header.fontMetrics().height() + 12)  # not clipped when bigger
        describe(
            self.table,
            self.tr("Keyboard shortcuts"),
            self.tr("Each key, and what it does. Press Enter or Esc to close."),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        scaled_font(close, TEXT_PIXELS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        close.setDefault(True)  # Enter closes, wherever the focus is
        close.setFocus()
        self._size_to_screen()

    def _size_to_screen(self) -> None:
        most = QSize(760, 700)
        self.resize(most.boundedTo(screen_room(self, most)))
