"""The app icon: shipped, and recognisable at the smallest size a menu shows."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from cramp_coach.ui.icon import ICON_NAME, app_icon, icon_file


def colours(image: QImage) -> dict[str, int]:
    counts: dict[str, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                counts[pixel.name()] = counts.get(pixel.name(), 0) + 1
    return counts


def test_the_icon_is_shipped_as_svg() -> None:
    assert icon_file().is_file()
    assert icon_file().name == f"{ICON_NAME}.svg"
    assert "<title" in icon_file().read_text(encoding="utf-8")  # described, like the pictures


def test_the_icon_draws_the_figure_at_every_size(qapp: QApplication) -> None:
    """The pictures' dark figure and blue muscle on a light card, down to 16 px."""
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert image.width() == size
        found = colours(image)
        dark = sum(n for name, n in found.items() if QColor(name).lightness() < 80)
        blue = sum(
            n
            for name, n in found.items()
            if QColor(name).hue() in range(195, 215) and QColor(name).saturation() > 120
        )
        assert dark >= size * size * 0.04, size  # the figure
        assert blue >= size * size * 0.04, size  # the card's edge and the hamstring


def test_the_window_icon_pngs_are_the_svg_rendered(qapp: QApplication) -> None:
    """The PNGs the window uses are the SVG as it is now (re-render them when it changes)."""
    from PySide6.QtGui import QIcon

    from cramp_coach.content.assets import asset
    from cramp_coach.ui.icon import PNG_SIZES

    svg = QIcon(str(icon_file()))
    for size in PNG_SIZES:
        png = QImage(str(asset("icons", f"{ICON_NAME}-{size}.png")))
        drawn = svg.pixmap(size, size).toImage()
        fmt = QImage.Format.Format_ARGB32
        assert png.convertToFormat(fmt) == drawn.convertToFormat(fmt), f"{size} px is stale"
