"""The pictures of the user's own exercises: drawn one at a time, each by a process of its own
(ui.draw_picture) with a time and memory limit, never on the window's thread; shown when ready."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QProcess,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from cramp_coach.content.exercises import Exercise

SIZE = QSize(640, 480)  # drawn once at this size, shown smaller


class UserPictures(QObject):
    """Draws the pictures asked for, in order; `drawn` says when one is ready (or given up)."""

    drawn = Signal(str)  # the picture's path
    SECONDS = 5  # processor time for one picture; the wait for it is twice that at most

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[str, QPixmap | None] = {}  # None: could not be drawn
        self._waiting: list[str] = []
        self._process: QProcess | None = None
        self._drawing = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._give_up)

    def pixmap(self, path: str) -> QPixmap | None:
        """The picture drawn, or None (not drawn yet, or it could not be)."""
        return self._pixmaps.get(path)

    def draw(self, paths: Iterable[str]) -> None:
        for path in paths:
            if path not in self._pixmaps and path not in self._waiting and path != self._drawing:
                self._waiting.append(path)
        self._next()

    def _next(self) -> None:
        if self._process is not None or not self._waiting:
            return
        self._drawing = path = self._waiting.pop(0)
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        # Slots of this object, not lambdas: none is called once it is deleted (at quit).
        process.finished.connect(self._finished)
        process.finished.connect(process.deleteLater)  # also one killed: never waited for
        process.errorOccurred.connect(self._failed)
        self._process = process
        self._timer.start(2 * self.SECONDS * 1000)
        arguments = ["-m", "cramp_coach.ui.draw_picture", path]
        arguments += [str(SIZE.width()), str(SIZE.height()), str(self.SECONDS)]
        process.start(sys.executable, arguments)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if not isinstance(process, QProcess) or process is not self._process:
            return
        pixmap = None
        if code == 0 and status == QProcess.ExitStatus.NormalExit:
            pixmap = _png(process.readAllStandardOutput())
        self._done(pixmap)

    def _failed(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if isinstance(process, QProcess) and error == QProcess.ProcessError.FailedToStart:
            process.deleteLater()  # it never finishes
            if process is self._process:
                self._done(None)

    def _give_up(self) -> None:
        """Still drawing after its time: the process is killed, the picture not shown."""
        if self._process is not None:
            self._done(None)

    def _done(self, pixmap: QPixmap | None) -> None:
        process, self._process = self._process, None
        self._timer.stop()
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()  # deleted once it has ended
        path, self._drawing = self._drawing, ""
        self._pixmaps[path] = pixmap
        self.drawn.emit(path)
        self._next()


def _png(data: QByteArray) -> QPixmap | None:
    """The PNG the drawing process wrote, if it is one of the size asked for."""
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"png"))
    size = reader.size()
    if not size.isValid() or size.width() > SIZE.width() or size.height() > SIZE.height():
        return None
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def load_svg(svg: QSvgWidget, path: str) -> None:
    """`path` in the SVG widget, drawn at its own proportions: the renderer's aspect ratio
    mode belongs to the document loaded, so it is set after each load (set before, the
    stretch was squashed to the widget's shape)."""
    svg.load(path)
    svg.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)


def show_picture(
    svg: QSvgWidget, drawn: QLabel, exercise: Exercise, pixmap: QPixmap | None
) -> None:
    """A shipped picture in the SVG widget; the user's own as drawn (nothing until it is)."""
    shipped = exercise.picture is not None and not exercise.users
    if shipped:
        load_svg(svg, str(exercise.picture))
    svg.setVisible(shipped)
    if pixmap is not None and exercise.users:
        box = svg.minimumSize()
        drawn.setPixmap(
            pixmap.scaled(
                box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
    drawn.setVisible(pixmap is not None and exercise.users)
