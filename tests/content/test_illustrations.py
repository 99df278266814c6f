"""What the exercise pictures must show (issue 15), read from the drawings' shapes and from the
pictures rendered at the sheet's size, never compared pixel for pixel."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from cramp_coach.content.assets import asset
from tests.rendering import difference, pixels_near

SVG = "{http://www.w3.org/2000/svg}"
SHEET_WIDTH = 120  # pixels: about 3 cm wide, as on the printed sheet
HAMSTRING = "#2e86c1"
WEIGHT = "#9a9a9a"  # the dumbbell (and the floor) grey


def shapes(name: str) -> list[ET.Element]:
    root = ET.fromstring(asset("illustrations", name).read_text(encoding="utf-8"))
    return list(root.iter())


def points(path: ET.Element) -> list[tuple[float, float]]:
    """The corners of a path drawn with M and L only."""
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d", ""))]
    return list(zip(numbers[::2], numbers[1::2], strict=True))


def rendered(name: str, width: int = SHEET_WIDTH) -> QImage:
    renderer = QSvgRenderer(str(asset("illustrations", name)))
    assert renderer.isValid(), name
    size = renderer.defaultSize()
    image = QImage(width, round(width * size.height() / size.width()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(image.rect()))
    painter.end()
    return image


def test_the_single_leg_deadlifts_back_foot_points_its_toes_down(qapp: object) -> None:
    """Hips square: the back leg's foot points to the floor, not up or out (an open hip)."""
    back_leg = [s for s in shapes("single-leg-deadlift.svg") if s.get("stroke") == "#5c5c5c"]
    assert len(back_leg) == 1
    *_, ankle, toes = points(back_leg[0])
    assert toes[1] - ankle[1] > 10  # down (y grows downwards), by a foot's length
    assert abs(toes[0] - ankle[0]) < 5  # square to the leg, not turned
    assert "toes pointing down" in _desc("single-leg-deadlift.svg")


def _desc(name: str) -> str:
    return next(s.text or "" for s in shapes(name) if s.tag == f"{SVG}desc")


def test_the_stretch_has_no_weight_and_a_pull_mark_and_the_deadlift_its_weight(
    qapp: object,
) -> None:
    stretch = shapes("standing-hamstring-stretch.svg")
    deadlift = shapes("romanian-deadlift.svg")
    assert not [s for s in stretch if s.tag == f"{SVG}rect"]
    assert [s for s in deadlift if s.tag == f"{SVG}rect"]  # the dumbbell's ends
    pull = [s for s in stretch if s.get("stroke") == HAMSTRING]
    assert len(pull) >= 3  # an arrow and its two heads
    assert "light pull" in _desc("standing-hamstring-stretch.svg")
    # at the sheet's size: the deadlift's weight shows, the stretch has no grey but the floor's
    floor = pixels_near(rendered("standing-hamstring-stretch.svg"), WEIGHT, steps=24)
    assert pixels_near(rendered("romanian-deadlift.svg"), WEIGHT, steps=24) > floor + 10


def head_and_hip(name: str) -> tuple[float, float]:
    """The head's height and the hip's (where the torso starts), in the drawing's units."""
    found = shapes(name)
    head = next(s for s in found if s.tag == f"{SVG}circle")
    torso = next(s for s in found if s.get("stroke-width") == "25")
    return float(head.get("cy", "0")), points(torso)[0][1]


def test_the_stretch_and_the_deadlift_tell_apart_at_the_sheets_size(qapp: object) -> None:
    """The stretch bends gently forward, head relaxed below the hips; the deadlift hinges with
    a flat back, head above the hips; drawn 3 cm wide they differ in many pixels."""
    head, hip = head_and_hip("standing-hamstring-stretch.svg")
    assert head > hip
    head, hip = head_and_hip("romanian-deadlift.svg")
    assert head < hip
    apart = difference(
        rendered("standing-hamstring-stretch.svg"), rendered("romanian-deadlift.svg")
    )
    assert apart.share > 0.05 and not apart.slight()
