"""The app icon: shipped, and recognisable at the smallest size a menu shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from cramp_coach.ui.icon import ICON_NAME, PNG_SIZES, app_icon, icon_file
from tests.rendering import difference

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


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


def shipped_png(size: int) -> QImage:
    from cramp_coach.content.assets import asset

    return QImage(str(asset("icons", f"{ICON_NAME}-{size}.png")))


def rendered(svg: str | Traversable, size: int) -> QImage:
    return QIcon(str(svg)).pixmap(size, size).toImage()


def test_the_window_icon_pngs_are_the_svg_rendered(qapp: QApplication) -> None:
    """The PNGs the window uses are the SVG as it is now (re-render them when it changes with
    `python -m cramp_coach.ui.icon`). As drawn on this machine, give or take the colour step in a
    few pixels by which machines' rasterisers differ (tests/rendering.py)."""
    for size in PNG_SIZES:
        apart = difference(shipped_png(size), rendered(icon_file(), size))
        assert apart.slight(), f"{size} px is stale: {apart}"


def an_svg_changed(tmp_path: Path, old: str, new: str) -> Path:
    """The icon's SVG with one attribute changed."""
    text = icon_file().read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "changed.svg"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [16, 64, 256])
def test_the_comparison_allows_a_rasteriser_and_catches_a_stale_png(
    qapp: QApplication, tmp_path: Path, size: int
) -> None:
    """The tolerance is what another CPU's rasteriser makes of the SVG, not more: a PNG of
    another size scaled to this one, a colour a few steps off, or a shape moved a fraction of a
    pixel, is stale."""
    png = shipped_png(size)
    another_cpu = rendered(icon_file(), size)
    for n in range(size // 8):  # one colour step off in a few pixels (8 of 4,096 at 64 px)
        x, y = size // 4 + n, size // 4 + 2 * n
        colour = another_cpu.pixelColor(x, y)
        colour.setBlue(colour.blue() - 1 if colour.blue() else 1)
        another_cpu.setPixelColor(x, y, colour)
    allowed = difference(png, another_cpu)
    assert allowed.share > 0 and allowed.slight(), allowed

    other_size = 128 if size == 256 else 256
    scaled = shipped_png(other_size).scaled(
        size, size, mode=Qt.TransformationMode.SmoothTransformation
    )
    stale = {
        "rescaled": scaled,
        "card 3 steps bluer": rendered(an_svg_changed(tmp_path, "#f4f8fb", "#f4f8fe"), size),
        "accent 5 steps bluer": rendered(an_svg_changed(tmp_path, "#2e86c1", "#2e86c6"), size),
        "head 2/256 left": rendered(an_svg_changed(tmp_path, 'cx="206"', 'cx="204"'), size),
        "floor 2/256 thicker": rendered(
            an_svg_changed(tmp_path, 'stroke-width="10"', 'stroke-width="12"'), size
        ),
    }
    for name, image in stale.items():
        assert not difference(png, image).slight(), name
