"""Draws one of the user's own SVG pictures into a PNG, in a process of its own.

`python -m cramp_coach.ui.draw_picture PICTURE WIDTH HEIGHT SECONDS` writes the PNG to stdout. A
user's SVG can take minutes and gigabytes to draw (a page of nested <use>, an <image> of
/dev/zero): here it costs at most SECONDS of processor time and a bounded amount of memory, and
the window, which waits for nothing, shows the picture when it comes (ui.user_pictures).
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

MEMORY_BYTES = 2 * 1024**3  # address space: Qt itself takes a few hundred MB of it


def main(argv: list[str]) -> int:
    from cramp_coach.content.errors import ContentError
    from cramp_coach.content.exercises import PICTURE_BYTES
    from cramp_coach.content.reader import read_regular_file

    path, width, height, seconds = Path(argv[0]), int(argv[1]), int(argv[2]), int(argv[3])
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    try:
        data = read_regular_file(path, PICTURE_BYTES)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window, no display needed
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(["cramp-coach-picture"])
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        print(f"{path}: not a picture in SVG", file=sys.stderr)
        return 2
    size = QSize(width, height)
    if not renderer.defaultSize().isEmpty():
        size = renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    sys.stdout.buffer.write(bytes(buffer.data().data()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
