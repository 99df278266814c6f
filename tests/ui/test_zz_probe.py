from tests.ui.test_layout import *  # noqa
from tests.ui.test_layout import window, journal  # noqa
import os

def test_zz_probe(window, clock):
    window.notify(NO_SOUND)
    want = os.environ.get("PROBE_SCREENS", "hold,ice-prolonged,done-prolonged,stop").split(",")
    for zoom in (100, 150, 300):
        window.apply_zoom(zoom)
        for name in tour(window, clock):
            if name not in want:
                continue
            for width, height in ((800, 600), (1024, 700), (1920, 1080)):
                window.resize(width, height)
                settle()
                s = window.routine_screen
                print(name, zoom, width, height, "title", s.title.fontInfo().pixelSize(),
                      "instr", s.instruction.fontInfo().pixelSize(), "ring", s.ring.width() if s.ring.isVisible() else 0,
                      "tools", s.pause_button.fontInfo().pixelSize(), "where", s.where.fontInfo().pixelSize(),
                      "signs", s.signs.fontInfo().pixelSize(), "summary", s.summary.fontInfo().pixelSize(), "caption", s.caption.fontInfo().pixelSize())
                window.grab().save(f"/tmp/i17/{name}-{zoom}-{width}.png")
