"""Preferences: how long each stretch is held."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from cramp_coach.content.routine import Step


class SettingsDialog(QDialog):
    """Edits the hold length within the limits the routine file sets."""

    def __init__(self, hold: Step, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.hold_seconds = QSpinBox()
        self.hold_seconds.setRange(hold.min_seconds, hold.max_seconds)
        self.hold_seconds.setValue(seconds)
        self.hold_seconds.setSuffix(self.tr(" seconds"))
        self.hold_seconds.setAccessibleName(self.tr("Hold each stretch for"))
        note = QLabel(
            self.tr("The source article advises holding each stretch for %1 seconds.").replace(
                "%1", str(hold.seconds)
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Hold each stretch for:"), self.hold_seconds)
        form.addRow(note)
        form.addRow(buttons)
