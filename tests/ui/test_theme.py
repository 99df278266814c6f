"""Themes: every text a user reads meets its contrast ratio, computed from the palettes; the
focus ring shows; "system" follows the desktop's light or dark."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from cramp_coach.content.assets import asset
from cramp_coach.ui import theme
from cramp_coach.ui.texts import scaled_font
from cramp_coach.ui.theme import COLOURS, Theme, palette_for
from tests.contrast import contrast_ratio
from tests.helpers import look_kept
from tests.rendering import Difference, pixels_near

PAINTED = (Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST)

# What each theme promises: normal text against its background, and disabled text. WCAG
# exempts disabled controls; 3:1 keeps them legible and still visibly dimmer.
TEXT_CONTRAST = {Theme.LIGHT: 4.5, Theme.DARK: 4.5, Theme.HIGH_CONTRAST: 7.0}
DISABLED_CONTRAST = {Theme.LIGHT: 3.0, Theme.DARK: 3.0, Theme.HIGH_CONTRAST: 4.5}
FOCUS_CONTRAST = 3.0  # WCAG 2.4.13: the focus indicator against what is next to it
R = QPalette.ColorRole
G = QPalette.ColorGroup

# Every text-on-background pair a user reads, as the widgets draw them.
TEXT_PAIRS = (
    (R.WindowText, R.Window),  # labels, headings, the countdown's digits
    (R.Text, R.Base),  # fields, lists, the journal table
    (R.Text, R.AlternateBase),  # the journal table's other rows
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),  # the selected exercise, menus
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),  # "Search by name (Ctrl+F)"
    (R.PlaceholderText, R.Window),
    (R.Link, R.Base),
    (R.Link, R.Window),
    (R.LinkVisited, R.Base),
    (R.LinkVisited, R.Window),
    (R.BrightText, R.Dark),  # what BrightText is for, per Qt's documentation
)
# Disabled controls: WCAG exempts them; the themes still keep them legible (DISABLED_CONTRAST).
DISABLED_PAIRS = (
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
)


def low_contrast(
    palette: QPalette,
    pairs: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...],
    groups: tuple[QPalette.ColorGroup, ...],
    minimum: float,
) -> list[str]:
    """Each pair below `minimum`, as "Group Text/Base 3.2:1"."""
    found = []
    for group in groups:
        for text, background in pairs:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            if ratio < minimum:
                found.append(f"{group.name} {text.name}/{background.name} {ratio:.2f}:1")
    return found


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The app, with its look put back afterwards (the QApplication outlives this test)."""
    with look_kept(qapp) as kept:
        yield kept


# -- the contrast ratio itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "two", "expected"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#000000", 21.0),  # order does not matter
        ("#777777", "#777777", 1.0),
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes AA on white
        ("#777777", "#ffffff", 4.48),  # one step lighter fails
        ("#595959", "#ffffff", 7.0),  # AAA on white
        ("#ff0000", "#ffffff", 4.0),
        ("#0000ff", "#ffffff", 8.59),
        ("#00ff00", "#000000", 15.3),
    ],
)
def test_contrast_ratio_matches_known_wcag_values(one: str, two: str, expected: float) -> None:
    assert contrast_ratio(QColor(one), QColor(two)) == pytest.approx(expected, abs=0.01)


def test_translucent_text_is_measured_as_painted() -> None:
    half_black = QColor(0, 0, 0, 128)
    ratio = contrast_ratio(half_black, QColor("#ffffff"))
    assert ratio == pytest.approx(contrast_ratio(QColor("#7f7f7f"), QColor("#ffffff")), abs=0.05)
    assert ratio < contrast_ratio(QColor("#000000"), QColor("#ffffff"))


def test_the_check_finds_a_palette_that_fails() -> None:
    """The checks below can fail: grey text on the light theme's fields is caught."""
    palette = palette_for(Theme.LIGHT)
    palette.setColor(R.Text, QColor("#999999"))
    found = low_contrast(palette, TEXT_PAIRS, (G.Active,), 4.5)
    assert found == ["Active Text/Base 2.85:1", "Active Text/AlternateBase 2.53:1"]


# -- the palettes ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAINTED)
def test_every_text_meets_the_themes_contrast(name: Theme) -> None:
    """4.5:1 (WCAG AA) in light and dark, 7:1 (AAA) in high contrast, in active and inactive
    windows alike."""
    palette = palette_for(name)
    assert low_contrast(palette, TEXT_PAIRS, (G.Active, G.Inactive), TEXT_CONTRAST[name]) == []
    assert TEXT_CONTRAST[name] >= (7.0 if name is Theme.HIGH_CONTRAST else 4.5)


@pytest.mark.parametrize("name", PAINTED)
def test_disabled_text_stays_legible_and_dimmer(name: Theme) -> None:
    palette = palette_for(name)
    assert low_contrast(palette, DISABLED_PAIRS, (G.Disabled,), DISABLED_CONTRAST[name]) == []
    assert DISABLED_CONTRAST[name] >= 3.0
    enabled = contrast_ratio(palette.color(G.Active, R.Text), palette.color(G.Active, R.Base))
    disabled = contrast_ratio(palette.color(G.Disabled, R.Text), palette.color(G.Disabled, R.Base))
    assert disabled < enabled


@pytest.mark.parametrize("name", PAINTED)
def test_button_states_and_outlines_contrast(name: Theme) -> None:
    """What the style sheet paints: button text on every button state; the focus ring and
    control outlines against what is beside them (WCAG non-text contrast, 3:1)."""
    c = COLOURS[name]
    text = QColor(c.button_text)
    for background in (c.button, c.button_hover, c.button_pressed):
        assert contrast_ratio(text, QColor(background)) >= TEXT_CONTRAST[name], background
    assert contrast_ratio(QColor(c.disabled_text), QColor(c.button)) >= DISABLED_CONTRAST[name]
    for beside in (c.window, c.button, c.base):
        assert contrast_ratio(QColor(c.focus), QColor(beside)) >= FOCUS_CONTRAST, beside
    for beside in (c.window, c.base):
        assert contrast_ratio(QColor(c.edge), QColor(beside)) >= 3.0, beside


@pytest.mark.parametrize("name", PAINTED)
def test_the_exercise_pictures_read_on_their_card(name: Theme) -> None:
    """The pictures are drawn dark on light; every theme shows them on a light card."""
    svg = asset("illustrations", "standing-hamstring-stretch.svg").read_text(encoding="utf-8")
    figure = re.search(r'stroke="(#[0-9a-f]{6})" stroke-width="14"', svg)
    assert figure is not None
    card = QColor(COLOURS[name].picture_card)
    assert contrast_ratio(QColor(figure.group(1)), card) >= 4.5


@pytest.mark.parametrize("name", list(Theme))
def test_theme_names_are_what_the_settings_store(name: Theme) -> None:
    assert theme.parse_theme(name.value) is name
    assert theme.parse_theme(f" {name.value.upper()} ") is name
    assert theme.theme_label(name)


def test_an_unknown_theme_name_says_the_choices() -> None:
    with pytest.raises(ValueError, match=r"system, light, dark, high-contrast.*'purple'"):
        theme.parse_theme("purple")


def test_system_resolves_by_scheme_and_contrast_preference() -> None:
    assert theme.resolve("system", Qt.ColorScheme.Dark) is Theme.DARK
    assert theme.resolve("system", Qt.ColorScheme.Light) is Theme.LIGHT
    assert theme.resolve("system", Qt.ColorScheme.Unknown) is Theme.LIGHT
    assert theme.resolve("system", Qt.ColorScheme.Light, high_contrast=True) is Theme.HIGH_CONTRAST
    assert theme.resolve("light", Qt.ColorScheme.Dark) is Theme.LIGHT  # a choice is a choice
    dark = palette_for("system", Qt.ColorScheme.Dark)
    assert dark.color(R.Window) == QColor(COLOURS[Theme.DARK].window)


# -- applying --------------------------------------------------------------------------------


def window_colour(app: QApplication) -> str:
    return app.palette().color(R.Window).name()


def test_apply_sets_fusion_palette_and_focus_style(app: QApplication) -> None:
    assert theme.apply(app, "dark") is Theme.DARK
    assert window_colour(app) == COLOURS[Theme.DARK].window
    assert COLOURS[Theme.DARK].focus in app.styleSheet()
    assert theme.apply(app, Theme.HIGH_CONTRAST) is Theme.HIGH_CONTRAST
    assert window_colour(app) == "#000000"


def test_switching_themes_keeps_one_style(app: QApplication) -> None:
    """Switching only repaints (a new style would rebuild every widget).

    (Another style set in between, which makes Qt delete ours, is not tried here: in the
    shared test app it left a deleted style behind for later tests to crash on, one run in
    four. Nothing in the app sets another style.)"""
    theme.apply(app, "light")
    first = theme._follower(app).style
    theme.apply(app, "dark")
    assert theme._follower(app).style is first
    assert theme.apply(app, "light") is Theme.LIGHT
    assert theme._follower(app).style is first
    button = QPushButton("Start")
    button.ensurePolished()
    assert window_colour(app) == COLOURS[Theme.LIGHT].window


def test_a_check_box_shows_one_focus_mark(app: QApplication) -> None:
    """The style sheet's ring marks a focused check box or radio button; Fusion's own pale
    focus box around the label is not drawn as well (it still is for other controls)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionFocusRect

    theme.apply(app, "light")
    style = theme._follower(app).style
    assert style is not None

    def focus_box_pixels(widget: QWidget) -> int:
        image = QImage(80, 30, QImage.Format.Format_ARGB32)
        image.fill(0)
        option = QStyleOptionFocusRect()
        option.initFrom(widget)
        option.rect = QRect(4, 4, 70, 20)
        state = QStyle.StateFlag
        option.state |= state.State_HasFocus | state.State_KeyboardFocusChange  # Tab moved it
        painter = QPainter(image)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, widget)
        painter.end()
        return sum(1 for y in range(30) for x in range(80) if image.pixelColor(x, y).alpha())

    assert focus_box_pixels(QCheckBox("Speak the cues")) == 0
    assert focus_box_pixels(QRadioButton("Light")) == 0
    assert focus_box_pixels(QPushButton("Start")) > 0


FIRST_SCREEN = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QPalette
from cramp_coach.app import make_application
from cramp_coach.content import load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.routine.qtclock import QtClock
from cramp_coach.settings import Settings
from cramp_coach.ui import theme
from cramp_coach.ui.main_window import MainWindow
from tests.contexts import make_context
from tests.fakes import FakeSpeaker
from tests.rendering import difference
app = make_application()
theme.apply(app, sys.argv[1], calm_style=False)
context = make_context(load_routine(default_routine_file()), Settings(), QtClock(), FakeSpeaker())
window = MainWindow(context)
window.resize(1024, 700)
window.show()
window.show_speech_problem("Speech is off: no audio output was found")  # a notice, as often
app.processEvents()
print("cramp_coach.ui.calm_style" in sys.modules)
before, palette = window.grab().toImage(), QPalette(app.palette())
theme.use_calm_style(app)
app.processEvents()
print(theme._follower(app)._style_in_use(), app.palette() == palette)
changed = difference(window.grab().toImage(), before)
print(changed.steps, changed.share)
"""


@pytest.mark.parametrize("name", PAINTED)
def test_the_style_set_after_the_first_paint_changes_nothing_on_the_first_screen(
    name: Theme, tmp_path: Path
) -> None:
    """The app paints its first window before it makes its style (Fusion and outlines for
    fields, sliders and check boxes: a style class costs PySide a while to set up); Qt's own
    Fusion draws meanwhile, even where the desktop asks for another style (QT_STYLE_OVERRIDE).
    Setting ours after must not change how that window looks: not a pixel, give or take the
    colour step by which two ways of painting the same may differ on some CPUs. In a process of
    its own, as the app starts."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_STYLE_OVERRIDE="Windows", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, name.value],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    calm_style_imported, style_and_palette, changed = result.stdout.split("\n")[:3]
    assert (calm_style_imported, style_and_palette) == ("False", "True True")
    steps, share = changed.split()
    assert Difference(int(steps), float(share)).slight(), changed


FOLLOWS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from cramp_coach.ui import theme
app = QApplication([])
hints = app.styleHints()
def colour():
    return app.palette().color(QPalette.ColorRole.Window).name()
print(theme.apply(app, "system").value in ("light", "dark"))
hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
print(colour())
hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
print(colour())
theme.system_wants_high_contrast = lambda: True
hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
print(colour())
"""


def test_system_follows_the_desktop_scheme() -> None:
    """The desktop switching to dark, back, and to high contrast (faked: the offscreen platform
    has no scheme) repaints. In a process of its own: repainting every widget left alive by the
    other tests crashed Qt now and then in the shared test app."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", FOLLOWS],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=root,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == "True"
    assert lines[1] == COLOURS[Theme.DARK].window
    assert lines[2] == COLOURS[Theme.LIGHT].window
    assert lines[3] == COLOURS[Theme.HIGH_CONTRAST].window


def test_a_chosen_theme_ignores_the_desktop(app: QApplication) -> None:
    theme.apply(app, "system")
    theme.apply(app, "light")
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour(app) == COLOURS[Theme.LIGHT].window


def test_fonts_set_by_the_screens_survive_the_style_sheet(app: QApplication) -> None:
    """Screens size their text before they are put in the window; the style sheet must not
    drop those sizes (it does, in Qt, without AA_UseStyleSheetPropagationInWidgetStyles)."""
    theme.apply(app, "light")
    button = QPushButton("I have a cramp now")
    inner = QWidget()
    QHBoxLayout(inner).addWidget(button)
    button.ensurePolished()
    scaled_font(button, 48)
    outer = QWidget()
    QHBoxLayout(outer).addWidget(inner)
    outer.ensurePolished()
    assert button.font().pixelSize() == 48


# -- the focus ring --------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAINTED)
def test_the_focused_control_wears_a_thick_ring(
    qtbot: QtBot, app: QApplication, name: Theme
) -> None:
    """Seen from two metres: a ring FOCUS_WIDTH px wide in the focus colour around a focused
    button or spin box, none around the same control without focus, and nothing moves."""
    theme.apply(app, name)
    window = QWidget()
    row = QHBoxLayout(window)
    button, other, spin = QPushButton("Start"), QPushButton("Other"), QSpinBox()
    for widget in (button, other, spin, QLabel("Hold")):
        row.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    focus = COLOURS[name].focus
    for control in (button, spin):
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        before, size = control.grab().toImage(), control.size()
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        after = control.grab().toImage()
        assert control.size() == size
        assert pixels_near(before, focus) == 0
        # the ring's straight sides alone: two of each, (ring - 1) px wide at the least
        width = theme.FOCUS_WIDTH - 1
        sides = 2 * width * (size.width() + size.height() - 8 * theme.FOCUS_WIDTH)
        assert pixels_near(after, focus) >= sides, control
