"""Comparing what Qt painted with a tolerance, so a test passes on any machine.

Qt's raster engine picks its blending code by CPU (SSE2, SSE4.1, AVX2, ...), and the paths round
differently: the same picture drawn on two machines can differ by a colour step in a few
anti-aliased pixels. What a user would notice, a wrong colour or a shape that moved, differs by
many steps or in many pixels; that is what these helpers catch.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from PySide6.QtGui import QColor, QImage

# The largest difference in one channel that counts as "the same" (of 255 steps; machines were
# seen to differ by one), and the share of pixels that may differ at all (machines differed in
# 8 of 4,096 pixels of a 64 px icon).
STEPS = 4
SHARE = 0.02


def argb(image: QImage) -> array[int]:
    """The pixels as premultiplied ARGB words, row by row: what is painted over any background
    (an almost transparent pixel's colour does not count for more than it shows)."""
    # Kept in a name: the words point into this image, which must outlive the copy.
    converted = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    row = converted.width() * 4  # 32-bit rows are never padded
    assert converted.bytesPerLine() == row
    return array("I", bytes(converted.constBits())[: row * converted.height()])


def channel_steps(one: int, other: int) -> int:
    """The largest difference between two ARGB words in any one channel."""
    return max(abs((one >> shift & 0xFF) - (other >> shift & 0xFF)) for shift in (0, 8, 16, 24))


@dataclass(frozen=True)
class Difference:
    """How far two pictures of the same size are apart."""

    steps: int  # the largest difference of any channel of any pixel (0 to 255)
    share: float  # the share of the pixels that differ at all (0 to 1)

    def slight(self, steps: int = STEPS, share: float = SHARE) -> bool:
        """Whether no one would see it: each pixel within `steps`, and few pixels off at all."""
        return self.steps <= steps and self.share <= share


def difference(one: QImage, other: QImage) -> Difference:
    assert one.size() == other.size(), (one.size(), other.size())
    first, second = argb(one), argb(other)
    apart = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    steps = max((channel_steps(a, b) for a, b in apart), default=0)
    return Difference(steps, len(apart) / max(1, len(first)))


def pixels_near(image: QImage, colour: str, steps: int = STEPS) -> int:
    """How many opaque pixels are `colour`, give or take `steps` in each channel."""
    wanted = QColor(colour).rgba()
    return sum(
        1 for pixel in argb(image) if pixel >> 24 == 0xFF and channel_steps(pixel, wanted) <= steps
    )
