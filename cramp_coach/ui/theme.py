"""The look: light, dark and high-contrast palettes (or the system's choice of light or dark),
calm colours taken from the exercise pictures, and a focus ring that shows from two metres away.

Every text colour is chosen against its background by the WCAG 2.x contrast ratio;
tests/ui/test_theme.py holds what each theme promises and measures it (tests/contrast.py) from the
palettes themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# The names a user can choose are the settings' (settings.py must not import ui); their colours
# and labels are here.
from cramp_coach.settings import Theme, parse_theme

if TYPE_CHECKING:
    from cramp_coach.ui.calm_style import CalmStyle


def theme_label(theme: Theme) -> str:
    """What the settings dialog shows for a theme."""
    labels = {
        Theme.SYSTEM: QCoreApplication.translate("Theme", "Follow the system (light or dark)"),
        Theme.LIGHT: QCoreApplication.translate("Theme", "Light"),
        Theme.DARK: QCoreApplication.translate("Theme", "Dark"),
        Theme.HIGH_CONTRAST: QCoreApplication.translate("Theme", "High contrast"),
    }
    return labels[theme]


@dataclass(frozen=True)
class Colours:
    """One theme's colours, as #rrggbb. Each `*_text` is read on the background named with it."""

    window: str
    window_text: str
    base: str  # inputs, lists, tables
    alternate_base: str  # every other table row
    text: str
    button: str
    button_hover: str
    button_pressed: str
    button_text: str
    edge: str  # the outline of buttons and fields (at least 3:1 against the window)
    focus: str  # the focus ring (at least 3:1 against window, buttons and fields)
    highlight: str  # selection, the countdown's arc
    highlighted_text: str
    link: str
    link_visited: str
    placeholder: str  # hints in empty fields; the paused countdown
    tooltip_base: str
    tooltip_text: str
    bright_text: str  # read on `dark`
    light: str
    midlight: str
    mid: str  # the countdown's track
    dark: str
    shadow: str
    disabled_text: str
    picture_card: str  # behind the exercise pictures (drawn dark on light) in every theme


# The pictures' own colours: figure #333333, highlighted muscle #2e86c1, floor #9a9a9a. The
# accent is that blue, darkened (light theme) or lightened (dark theme) until text on it reads.
COLOURS: dict[Theme, Colours] = {
    Theme.LIGHT: Colours(
        window="#f4f6f8",
        window_text="#1f2328",
        base="#ffffff",
        alternate_base="#eef2f6",
        text="#1f2328",
        button="#e3e8ee",
        button_hover="#d5dde6",
        button_pressed="#c6d1dc",
        button_text="#1f2328",
        edge="#6f7b87",
        focus="#1f6fa8",
        highlight="#1f6fa8",
        highlighted_text="#ffffff",
        link="#1b5f91",
        link_visited="#6a3d9a",
        placeholder="#5a6570",
        tooltip_base="#1f2328",
        tooltip_text="#ffffff",
        bright_text="#ffffff",
        light="#ffffff",
        midlight="#eef1f4",
        mid="#b4bec8",
        dark="#5a6570",
        shadow="#2a2f35",
        disabled_text="#6f7a85",
        picture_card="#ffffff",
    ),
    Theme.DARK: Colours(
        window="#1e2227",
        window_text="#e8eaed",
        base="#16191d",
        alternate_base="#1c2025",
        text="#e8eaed",
        button="#2b3138",
        button_hover="#353c44",
        button_pressed="#404851",
        button_text="#e8eaed",
        edge="#7f8a95",
        focus="#6cb4e4",
        highlight="#6cb4e4",
        highlighted_text="#0d1117",
        link="#7cc0ee",
        link_visited="#c3a6f0",
        placeholder="#9aa4ae",
        tooltip_base="#2b3138",
        tooltip_text="#e8eaed",
        bright_text="#ffffff",
        light="#3a424b",
        midlight="#323941",
        mid="#4a535d",
        dark="#0f1215",
        shadow="#000000",
        disabled_text="#838d98",
        picture_card="#e9edf1",
    ),
    Theme.HIGH_CONTRAST: Colours(
        window="#000000",
        window_text="#ffffff",
        base="#000000",
        alternate_base="#1a1a1a",
        text="#ffffff",
        button="#000000",
        button_hover="#1f1f1f",
        button_pressed="#333333",
        button_text="#ffffff",
        edge="#ffffff",
        focus="#ffff00",
        highlight="#1aebff",
        highlighted_text="#000000",
        link="#ffff00",
        link_visited="#ffb3ff",
        placeholder="#d0d0d0",
        tooltip_base="#000000",
        tooltip_text="#ffffff",
        bright_text="#ffffff",
        light="#ffffff",
        midlight="#c0c0c0",
        mid="#808080",
        dark="#000000",
        shadow="#000000",
        disabled_text="#a8a8a8",
        picture_card="#ffffff",
    ),
}

FOCUS_WIDTH = 4  # px: the focus ring, against 1 px for an ordinary outline


# -- palettes --------------------------------------------------------------------------------


def system_scheme() -> Qt.ColorScheme:
    """The desktop's light or dark preference (Unknown where the platform does not say)."""
    return QGuiApplication.styleHints().colorScheme()


def system_wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints().accessibility()
    return hints.contrastPreference() == Qt.ContrastPreference.HighContrast


def resolve(
    name: Theme | str, scheme: Qt.ColorScheme = Qt.ColorScheme.Unknown, high_contrast: bool = False
) -> Theme:
    """The theme actually painted: "system" becomes light, dark or high contrast."""
    theme = parse_theme(name)
    if theme is not Theme.SYSTEM:
        return theme
    if high_contrast:
        return Theme.HIGH_CONTRAST
    return Theme.DARK if scheme == Qt.ColorScheme.Dark else Theme.LIGHT


def colours_for(
    name: Theme | str, scheme: Qt.ColorScheme = Qt.ColorScheme.Unknown, high_contrast: bool = False
) -> Colours:
    return COLOURS[resolve(name, scheme, high_contrast)]


def palette_for(
    name: Theme | str, scheme: Qt.ColorScheme = Qt.ColorScheme.Unknown, high_contrast: bool = False
) -> QPalette:
    """The palette for a theme; for "system", `scheme` (and `high_contrast`) pick which."""
    c = colours_for(name, scheme, high_contrast)
    role = QPalette.ColorRole
    palette = QPalette()
    for which, colour in (
        (role.Window, c.window),
        (role.WindowText, c.window_text),
        (role.Base, c.base),
        (role.AlternateBase, c.alternate_base),
        (role.Text, c.text),
        (role.Button, c.button),
        (role.ButtonText, c.button_text),
        (role.Highlight, c.highlight),
        (role.HighlightedText, c.highlighted_text),
        (role.Accent, c.highlight),
        (role.Link, c.link),
        (role.LinkVisited, c.link_visited),
        (role.PlaceholderText, c.placeholder),
        (role.ToolTipBase, c.tooltip_base),
        (role.ToolTipText, c.tooltip_text),
        (role.BrightText, c.bright_text),
        (role.Light, c.light),
        (role.Midlight, c.midlight),
        (role.Mid, c.mid),
        (role.Dark, c.dark),
        (role.Shadow, c.shadow),
    ):
        palette.setColor(which, QColor(colour))  # every group: Active, Inactive and Disabled
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, which, QColor(c.disabled_text))
    # A selection in a disabled view: no accent, just a quieter band.
    palette.setColor(disabled, role.Highlight, QColor(c.button))
    palette.setColor(disabled, role.HighlightedText, QColor(c.disabled_text))
    return palette


def style_sheet_for(
    name: Theme | str, scheme: Qt.ColorScheme = Qt.ColorScheme.Unknown, high_contrast: bool = False
) -> str:
    """The small app style sheet: flat buttons and fields with a thick focus ring, and a light
    card behind the exercise pictures (they are drawn dark on light) in every theme.

    An ordinary control has a 1 px outline and a 3 px margin; the focused one a 4 px ring and no
    margin, so taking focus never moves anything on screen.
    """
    c = colours_for(name, scheme, high_contrast)
    ring = FOCUS_WIDTH
    gap = ring - 1
    return f"""
QPushButton, QToolButton {{
    background-color: {c.button};
    color: {c.button_text};
    border: 1px solid {c.edge};
    border-radius: 8px;
    margin: {gap}px;
    padding: 4px 4px;
}}
QPushButton:hover, QToolButton:hover {{ background-color: {c.button_hover}; }}
QPushButton:pressed, QToolButton:pressed,
QPushButton:checked, QToolButton:checked {{ background-color: {c.button_pressed}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c.disabled_text}; }}
QPushButton:focus, QToolButton:focus {{
    border: {ring}px solid {c.focus};
    border-radius: {8 + gap}px;
    margin: 0px;
}}
QLineEdit, QAbstractItemView, QTextEdit, QPlainTextEdit {{
    border: 1px solid {c.edge};
    border-radius: 4px;
    margin: {gap}px;
}}
QLineEdit {{ padding: 2px 6px; }}
QLineEdit:focus, QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus {{
    border: {ring}px solid {c.focus};
    margin: 0px;
}}
QComboBox QAbstractItemView, QComboBox QAbstractItemView:focus {{
    border: 1px solid {c.edge};
    margin: 0px;
}}
QAbstractSpinBox > QLineEdit, QComboBox > QLineEdit,
QAbstractSpinBox > QLineEdit:focus, QComboBox > QLineEdit:focus {{
    border: none;
    margin: 0px;
    padding: 0px;
    background: transparent;
}}
QCheckBox, QRadioButton, QSlider, QScrollArea {{
    border: {ring}px solid transparent;
    border-radius: 6px;
}}
QCheckBox, QRadioButton {{ padding: 1px 6px; }}
QCheckBox:focus, QRadioButton:focus, QSlider:focus, QScrollArea:focus {{
    border: {ring}px solid {c.focus};
}}
QToolTip {{
    background-color: {c.tooltip_base};
    color: {c.tooltip_text};
    border: 2px solid {c.edge};
    padding: 4px;
}}
QSvgWidget {{
    background-color: {c.picture_card};
    border-radius: 12px;
}}
"""


# -- applying --------------------------------------------------------------------------------


class _Follower(QObject):
    """Keeps the app's look in step with the desktop while the theme is "system"."""

    NAME = "cramp-coach-theme"

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(self.NAME)
        self.app = app
        self.following = False
        self.painted = Theme.LIGHT
        self.style: CalmStyle | None = None  # Qt owns it once set
        self.calm_style = True  # False until `use_calm_style`, when the app starts
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._contrast_changed)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.following:
            self.paint(Theme.SYSTEM, scheme)

    def _contrast_changed(self, _: object = None) -> None:
        if self.following:
            self.paint(Theme.SYSTEM, system_scheme())

    def _style_in_use(self) -> bool:
        """Whether the app draws with our style (alone, or under the style sheet's wrapper);
        setting it again would make Qt rebuild every widget's look."""
        if self.style is None or not shiboken6.isValid(self.style):
            return False  # not set yet, or someone set another style and Qt deleted ours
        current = self.app.style()
        pointer = shiboken6.getCppPointer
        mine = pointer(self.style)[0]
        parent = self.style.parent()
        return pointer(current)[0] == mine or (
            parent is not None and pointer(parent)[0] == pointer(current)[0]
        )

    def paint(self, theme: Theme, scheme: Qt.ColorScheme) -> Theme:
        high_contrast = system_wants_high_contrast()
        painted = resolve(theme, scheme, high_contrast)
        # Without this, any app style sheet makes Qt drop a font set on a widget that was
        # polished before it was moved to its final parent (most screens' big text).
        self.app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
        self.painted = painted
        if self.calm_style:
            self.set_style()
        self.app.setPalette(palette_for(painted))
        self.app.setStyleSheet(style_sheet_for(painted))
        return painted

    def set_style(self) -> None:
        """Our style, in the painted theme's colours; made and set only when not in use."""
        if self.style is None or not self._style_in_use():
            from cramp_coach.ui.calm_style import CalmStyle

            self.style = CalmStyle()
            self.app.setStyle(self.style)  # Fusion draws from the palette alike everywhere
        self.style.colours = COLOURS[self.painted]


def _follower(app: QApplication) -> _Follower:
    found = app.findChild(QObject, _Follower.NAME)
    if isinstance(found, _Follower):
        return found
    return _Follower(app)


def painted_colours() -> Colours:
    """The colours of the theme painted now (light before any is applied)."""
    app = QApplication.instance()
    found = app.findChild(QObject, _Follower.NAME) if app is not None else None
    return COLOURS[found.painted if isinstance(found, _Follower) else Theme.LIGHT]


def apply(app: QApplication, name: Theme | str, calm_style: bool = True) -> Theme:
    """Sets the Fusion style, the theme's palette and style sheet on the whole app; with
    "system", follows the desktop's light/dark (and high-contrast) changes from then on.
    Returns the theme painted (never SYSTEM).

    With `calm_style` False (the app's start), the style's few outlines for fields, sliders and
    check boxes wait for `use_calm_style`: the first screen has none of them, and is painted
    sooner. The app's start asks Qt for Fusion beneath the style sheet meanwhile.
    """
    theme = parse_theme(name)
    follower = _follower(app)
    follower.calm_style = calm_style or follower.style is not None
    follower.following = theme is Theme.SYSTEM
    hints = app.styleHints()
    # Tell the platform too, so window frames drawn outside the app match where it can.
    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
    elif theme is Theme.LIGHT:
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark)
    return follower.paint(theme, hints.colorScheme())


def use_calm_style(app: QApplication) -> None:
    """The style `apply(..., calm_style=False)` left out, set now (after the first paint)."""
    follower = _follower(app)
    follower.calm_style = True
    follower.set_style()
