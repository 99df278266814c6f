"""The printable routine sheet from the window: print, preview, and export as PDF."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cramp_coach.i18n import fill

if TYPE_CHECKING:
    from cramp_coach.context import AppContext
    from cramp_coach.ui.host import Host


class SheetController(QObject):
    """Prints the sheet through Qt's dialogs, or writes it as PDF in a process of its own."""

    exported = Signal(str)  # the path written ("" when it failed)

    def __init__(self, host: Host, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent)
        self.host = host
        self.parent_widget = parent
        self.context = context
        # The address being served by Send to phone ("" when none): printed as a QR code.
        self.serving: Callable[[], str] = lambda: ""

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from cramp_coach.sheet import print_sheet

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent_widget)
        context = self.context
        if dialog.exec() and not print_sheet(
            printer,
            hold_seconds=context.hold_seconds(),
            language=context.language,
            plan_log=context.settings.plan_log(),
            qr=self.serving(),
        ):
            self.host.notify(self.tr("The sheet could not be sent to the printer."))
        self.host.refocus()

    def preview_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from cramp_coach.sheet import print_sheet

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        context, qr = self.context, self.serving()
        dialog.paintRequested.connect(
            lambda p: print_sheet(
                p,
                hold_seconds=context.hold_seconds(),
                language=context.language,
                plan_log=context.settings.plan_log(),
                qr=qr,
            )
        )
        dialog.exec()
        self.host.refocus()

    def choose_pdf(self) -> None:
        """Export…: asks where, then writes the PDF off the GUI thread."""
        path, _ = self.host.ask_save_path(
            self.tr("Export the routine sheet"), "cramp-coach-routine.pdf", self.tr("PDF (*.pdf)")
        )
        if path is not None:
            self.export_pdf(path)

    def export_pdf(self, path: Path, paper: str | None = None) -> None:
        """Writes the sheet to `path` in a `cramp-coach sheet` process of its own (painting a
        PDF takes longer than a frame, and painting text on a second thread of this process
        could deadlock with the window's); the outcome arrives as a status line, or a notice
        when it failed."""
        from PySide6.QtCore import QLocale, QProcess

        if paper is None:
            imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
            paper = "letter" if imperial else "a4"
        self.host.status(self.tr("Writing the sheet…"))
        process = QProcess(self)
        arguments = ["-m", "cramp_coach", "sheet", "-o", str(path), "--paper", paper]
        arguments += ["--hold-seconds", str(self.context.hold_seconds())]
        arguments += ["--language", self.context.language]
        if self.context.settings.plan_log() is not None:
            arguments.append("--plan-log")
        if self.serving():
            arguments += ["--qr", self.serving()]

        def finished(code: int, status: QProcess.ExitStatus) -> None:
            process.deleteLater()
            if code == 0 and status == QProcess.ExitStatus.NormalExit:
                self._on_exported(str(path), "")
                return
            lines = bytes(process.readAllStandardError().data()).decode(errors="replace")
            problem = (lines.strip().splitlines() or [""])[-1].removeprefix("cramp-coach: ")
            self._on_exported("", problem or self.tr("The sheet could not be written."))

        def failed(error: QProcess.ProcessError) -> None:
            if error == QProcess.ProcessError.FailedToStart:
                process.deleteLater()
                self._on_exported("", self.tr("The sheet could not be written."))

        process.finished.connect(finished)
        process.errorOccurred.connect(failed)
        process.start(sys.executable, arguments)

    def _on_exported(self, written: str, problem: str) -> None:
        if problem:
            self.host.status("")
            self.host.notify(problem)
        else:
            self.host.status(fill(self.tr("Wrote the sheet to %1"), written))
        self.exported.emit(written)
