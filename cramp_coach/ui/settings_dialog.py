"""Preferences: how long each stretch is held, and how the coach speaks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cramp_coach import settings
from cramp_coach.content.routine import Step
from cramp_coach.i18n import fill
from cramp_coach.speech.render import Voice
from cramp_coach.ui.dialog_fit import ChoiceBox, fit_dialog, wrapping


@dataclass(frozen=True)
class Choices:
    """What the dialog edits, as plain values."""

    hold_seconds: int
    speech_on: bool
    voice: str
    rate: int
    volume: int
    time_marks: bool
    recurring_count: int = settings.RECURRING_COUNT.default
    recurring_days: int = settings.RECURRING_DAYS.default
    language: str = settings.LANGUAGE.default  # empty: as the system
    theme: str = settings.THEME.default


class SettingsDialog(QDialog):
    """Edits the hold length within the routine file's limits, and the voice."""

    def __init__(
        self,
        hold: Step,
        current: Choices,
        voices: list[Voice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))

        self.hold_seconds = QSpinBox()
        self.hold_seconds.setRange(hold.min_seconds, hold.max_seconds)
        self.hold_seconds.setValue(current.hold_seconds)
        self.hold_seconds.setSuffix(self.tr(" seconds"))
        self.hold_seconds.setAccessibleName(self.tr("Hold each stretch for"))
        note = QLabel(
            fill(
                self.tr("The source article advises holding each stretch for %1 seconds."),
                hold.seconds,
            )
        )
        note.setWordWrap(True)
        routine_box = QGroupBox(self.tr("Stretch"))
        routine_form = QFormLayout(routine_box)
        routine_form.addRow(self.tr("Hold each stretch for:"), self.hold_seconds)
        routine_form.addRow(note)

        self.speech_on = QCheckBox(self.tr("Speak the cues (M)"))
        self.speech_on.setChecked(current.speech_on)
        self.voice = ChoiceBox()
        self.voice.setAccessibleName(self.tr("Voice"))
        self._saved_voice = current.voice  # kept until the engine's voices are known
        self._fill_voices(voices, current.voice)
        self.rate = QSpinBox()
        self.rate.setRange(settings.RATE.low, settings.RATE.high)
        self.rate.setValue(current.rate)
        self.rate.setSuffix(self.tr(" words a minute"))
        self.rate.setAccessibleName(self.tr("Speaking rate"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(settings.VOLUME.low, settings.VOLUME.high)
        self.volume.setValue(current.volume)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.time_marks = QCheckBox(
            self.tr('Announce time marks ("ten seconds", "three, two, one")')
        )
        self.time_marks.setChecked(current.time_marks)
        voice_box = QGroupBox(self.tr("Voice"))
        voice_form = QFormLayout(voice_box)
        voice_form.addRow(wrapping(self.speech_on))
        voice_form.addRow(self.tr("Voice:"), self.voice)
        voice_form.addRow(self.tr("Rate:"), self.rate)
        voice_form.addRow(self.tr("Volume:"), self.volume)
        voice_form.addRow(wrapping(self.time_marks))  # its words wrap at a large size

        self.recurring_count = QSpinBox()
        self.recurring_count.setRange(settings.RECURRING_COUNT.low, settings.RECURRING_COUNT.high)
        self.recurring_count.setValue(current.recurring_count)
        self.recurring_count.setSuffix(self.tr(" cramps"))
        self.recurring_count.setAccessibleName(self.tr("Cramps that count as recurring"))
        self.recurring_days = QSpinBox()
        self.recurring_days.setRange(settings.RECURRING_DAYS.low, settings.RECURRING_DAYS.high)
        self.recurring_days.setValue(current.recurring_days)
        self.recurring_days.setSuffix(self.tr(" days"))
        self.recurring_days.setAccessibleName(self.tr("Within this many days"))
        journal_box = QGroupBox(self.tr("Journal: when to suggest seeing a physician"))
        journal_form = QFormLayout(journal_box)
        journal_form.addRow(self.tr("Recurring means at least:"), self.recurring_count)
        journal_form.addRow(self.tr("within:"), self.recurring_days)
        journal_form.addRow(QLabel(self.tr("A prolonged cramp always counts.")))

        from cramp_coach import i18n
        from cramp_coach.ui.theme import Theme, theme_label

        self.language = ChoiceBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language of the app, the routine, the library, the sheet and the voice")
        )
        self.language.addItem(
            fill(self.tr("As the system (%1)"), i18n.language_name(i18n.system_language())),
            "",
        )
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.theme = ChoiceBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(
            self.tr("Light, dark, or high contrast; or as the system")
        )
        for theme in Theme:
            self.theme.addItem(theme_label(theme), theme.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
        looks_box = QGroupBox(self.tr("Language and looks"))
        looks_form = QFormLayout(looks_box)
        looks_form.addRow(self.tr("Language:"), self.language)
        looks_form.addRow(self.tr("Theme:"), self.theme)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        column = QVBoxLayout(body)
        for box in (routine_box, voice_box, journal_box, looks_box):
            column.addWidget(box)
        for form in (routine_form, voice_form, journal_form, looks_form):
            # A label over its field when the two do not fit side by side (large text).
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fit_dialog(self, body, buttons)

    def _fill_voices(self, voices: list[Voice], chosen: str) -> None:
        self.voice.clear()
        self.voice.addItem(self.tr("Default voice"), "")
        for voice in sorted(voices, key=lambda v: v.name.lower()):
            self.voice.addItem(voice.name, voice.id)
        self.voice.setCurrentIndex(max(0, self.voice.findData(chosen)))

    def voices_arrived(self, voices: list[Voice]) -> None:
        """The engine has opened: its voices join the list, keeping what is chosen."""
        chosen = str(self.voice.currentData() or "") or self._saved_voice
        self._fill_voices(voices, chosen)

    def choices(self) -> Choices:
        return Choices(
            hold_seconds=self.hold_seconds.value(),
            speech_on=self.speech_on.isChecked(),
            voice=str(self.voice.currentData() or ""),
            rate=self.rate.value(),
            volume=self.volume.value(),
            time_marks=self.time_marks.isChecked(),
            recurring_count=self.recurring_count.value(),
            recurring_days=self.recurring_days.value(),
            language=str(self.language.currentData() or ""),
            theme=str(self.theme.currentData() or settings.THEME.default),
        )
