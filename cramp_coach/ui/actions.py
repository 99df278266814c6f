"""Every command the user can give, written once: its text, its keys, what it does, where it shows.

The menus, the window-wide shortcuts, the keys each screen binds, the key hints on buttons and
the F1 list are all built from `ACTIONS`, so a key is never written twice.

- `shortcuts`: window-wide (a QAction on the window): they work on every screen.
- `keys`: the keys of the screens where the command means something (the routine screen's
  Enter, S, Space…; the first screen's L, P, J); each screen binds them with `bind_action`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from cramp_coach.ui.keys import bind_keys, unless_a_popup

CONTEXT = "Actions"  # the translation context of every text here


class Shell(Protocol):
    """What the actions call on the window."""

    def start_routine(self) -> None: ...
    def set_sound(self, on: bool) -> None: ...
    def set_hands_free(self, on: bool) -> None: ...
    def edit_settings(self) -> None: ...
    def quit_app(self) -> None: ...
    def open_library(self) -> None: ...
    def open_plan(self) -> None: ...
    def open_journal(self) -> None: ...
    def undo_delete(self) -> None: ...
    def print_sheet(self) -> None: ...
    def preview_sheet(self) -> None: ...
    def choose_pdf(self) -> None: ...
    def send_to_phone(self) -> None: ...
    def set_full_screen(self, on: bool) -> None: ...
    def zoom(self, direction: int) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_about(self) -> None: ...


def _nothing(_shell: Shell, _checked: bool) -> None:
    """For rows whose keys the screens (or Qt itself) handle."""


@dataclass(frozen=True)
class Action:
    """One command: `text` in its menu (empty: in no menu), `help` in the F1 list (empty: not
    listed; a row with `with_previous` adds its keys to the row before it)."""

    id: str
    text: str = ""
    help: str = ""
    shortcuts: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    menu: str = ""
    does: Callable[[Shell, bool], object] = _nothing
    checkable: bool = False
    separated: bool = False  # a line above it in its menu
    with_previous: bool = False  # F1: shown in the row above (e.g. the three text sizes)


MENUS = (
    ("routine", QT_TRANSLATE_NOOP("Actions", "&Routine")),
    ("prevent", QT_TRANSLATE_NOOP("Actions", "&Prevent")),
    ("sheet", QT_TRANSLATE_NOOP("Actions", "&Sheet")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

# In the order of the F1 list; each menu lists its rows in this order too.
ACTIONS: tuple[Action, ...] = (
    Action(
        "start",
        QT_TRANSLATE_NOOP("Actions", "&Start the cramp routine"),
        QT_TRANSLATE_NOOP("Actions", "Start the cramp routine at once, from any screen"),
        # Ctrl with either Enter key: Return, and the keypad's Enter.
        shortcuts=("Ctrl+Enter", "Ctrl+Return"),
        menu="routine",
        does=lambda shell, _: shell.start_routine(),
    ),
    Action(
        "confirm",
        help=QT_TRANSLATE_NOOP("Actions", "Start; confirm; answer 'It has eased'"),
        keys=("Enter",),
    ),
    Action("eased", keys=("E",), with_previous=True),
    Action("still", help=QT_TRANSLATE_NOOP("Actions", "Answer 'Still cramping'"), keys=("S",)),
    Action(
        "injury",
        help=QT_TRANSLATE_NOOP("Actions", "Answer 'Could be an injury' (a cramp, or an injury?)"),
        keys=("I",),
    ),
    Action(
        "pause", help=QT_TRANSLATE_NOOP("Actions", "Pause or resume the countdown"), keys=("Space",)
    ),
    Action(
        "back",
        help=QT_TRANSLATE_NOOP(
            "Actions", "Back one step (library, plan, journal: back to the first screen)"
        ),
        keys=("Backspace",),
    ),
    Action(
        "skip_exercise",
        help=QT_TRANSLATE_NOOP(
            "Actions", "In a session: skip this exercise (Backspace: back to the one before)"
        ),
        keys=("K",),
    ),
    Action(
        "came_back",
        help=QT_TRANSLATE_NOOP(
            "Actions", "The cramp came back: wait for it to stop, then stretch again"
        ),
        keys=("C",),
    ),
    Action(
        "leg_left",
        help=QT_TRANSLATE_NOOP(
            "Actions", "During the routine: the cramp is in the left / right leg"
        ),
        keys=("L",),
    ),
    Action("leg_right", keys=("R",), with_previous=True),
    Action(
        "sound",
        QT_TRANSLATE_NOOP("Actions", "Sound"),
        QT_TRANSLATE_NOOP("Actions", "Sound on or off (captions stay)"),
        shortcuts=("M",),
        menu="routine",
        does=lambda shell, on: shell.set_sound(on),
        checkable=True,
    ),
    Action(
        "hands_free",
        QT_TRANSLATE_NOOP("Actions", "Hands-free"),
        QT_TRANSLATE_NOOP("Actions", "Hands-free: questions answer themselves with a safe default"),
        shortcuts=("H",),
        menu="routine",
        does=lambda shell, on: shell.set_hands_free(on),
        checkable=True,
    ),
    Action(
        "stop",
        help=QT_TRANSLATE_NOOP(
            "Actions", "Stop the routine (library, plan, journal: back to the first screen)"
        ),
        keys=("Esc",),
    ),
    Action(
        "library",
        QT_TRANSLATE_NOOP("Actions", "Exercise &library"),
        QT_TRANSLATE_NOOP("Actions", "Exercise library"),
        shortcuts=("Ctrl+L",),
        keys=("L",),
        menu="prevent",
        does=lambda shell, _: shell.open_library(),
    ),
    Action(
        "plan",
        QT_TRANSLATE_NOOP("Actions", "Prevention &plan"),
        QT_TRANSLATE_NOOP("Actions", "Prevention plan"),
        shortcuts=("Ctrl+Shift+P",),
        keys=("P",),
        menu="prevent",
        does=lambda shell, _: shell.open_plan(),
    ),
    Action("search", help=QT_TRANSLATE_NOOP("Actions", "Search the library"), keys=("Ctrl+F",)),
    Action(
        "journal",
        QT_TRANSLATE_NOOP("Actions", "&Journal"),
        QT_TRANSLATE_NOOP("Actions", "Journal"),
        shortcuts=("Ctrl+J",),
        keys=("J",),
        menu="prevent",
        does=lambda shell, _: shell.open_journal(),
    ),
    Action(
        "why",
        help=QT_TRANSLATE_NOOP("Actions", "Why did it happen? (at Done, and in the journal)"),
        keys=("W",),
    ),
    Action(
        "add_episode",
        help=QT_TRANSLATE_NOOP(
            "Actions", "Journal: add a past episode / delete / undo the delete / export"
        ),
        keys=("N",),
    ),
    Action("delete_episode", keys=("Del",), with_previous=True),
    Action(  # in no menu: it belongs to the journal's list (and to a discarded start)
        "undo",
        QT_TRANSLATE_NOOP("Actions", "Undo delete"),
        shortcuts=("Ctrl+Z",),
        does=lambda shell, _: shell.undo_delete(),
        with_previous=True,
    ),
    Action("export_journal", keys=("X",), with_previous=True),
    Action(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print the routine sheet…"),
        QT_TRANSLATE_NOOP("Actions", "Print the routine sheet"),
        shortcuts=("Ctrl+P",),
        menu="sheet",
        does=lambda shell, _: shell.print_sheet(),
    ),
    Action(
        "preview",
        QT_TRANSLATE_NOOP("Actions", "Print pre&view…"),
        menu="sheet",
        does=lambda shell, _: shell.preview_sheet(),
    ),
    Action(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export the sheet as PDF…"),
        QT_TRANSLATE_NOOP("Actions", "Export the routine sheet as PDF"),
        shortcuts=("Ctrl+E",),
        menu="sheet",
        does=lambda shell, _: shell.choose_pdf(),
    ),
    Action(
        "send_to_phone",
        QT_TRANSLATE_NOOP("Actions", "Send to p&hone…"),
        QT_TRANSLATE_NOOP("Actions", "Send the routine to your phone (a page that works offline)"),
        shortcuts=("Ctrl+Shift+S",),
        menu="sheet",
        does=lambda shell, _: shell.send_to_phone(),
        separated=True,
    ),
    Action(
        "full_screen",
        QT_TRANSLATE_NOOP("Actions", "&Full screen"),
        QT_TRANSLATE_NOOP("Actions", "Full screen on or off"),
        shortcuts=("F11",),
        menu="view",
        does=lambda shell, on: shell.set_full_screen(on),
        checkable=True,
    ),
    Action(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "&Larger text"),
        QT_TRANSLATE_NOOP("Actions", "Larger text / smaller text / normal size"),
        shortcuts=("Ctrl++", "Ctrl+="),
        menu="view",
        does=lambda shell, _: shell.zoom(+1),
    ),
    Action(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "&Smaller text"),
        shortcuts=("Ctrl+-",),
        menu="view",
        does=lambda shell, _: shell.zoom(-1),
        with_previous=True,
    ),
    Action(
        "zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "&Normal text size"),
        shortcuts=("Ctrl+0",),
        menu="view",
        does=lambda shell, _: shell.zoom(0),
        with_previous=True,
    ),
    Action(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "S&ettings…"),
        QT_TRANSLATE_NOOP("Actions", "Settings: hold, voice, language, theme"),
        shortcuts=("Ctrl+,",),
        menu="routine",
        does=lambda shell, _: shell.edit_settings(),
    ),
    Action(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("Actions", "This list"),
        shortcuts=("F1",),
        menu="help",
        does=lambda shell, _: shell.show_shortcuts(),
    ),
    Action(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About and safety…"),
        QT_TRANSLATE_NOOP("Actions", "About and safety: not medical advice, when to see a doctor"),
        shortcuts=("Ctrl+I",),
        menu="help",
        does=lambda shell, _: shell.show_about(),
    ),
    Action(
        "tab",
        help=QT_TRANSLATE_NOOP(
            "Actions", "Move between the controls; Enter presses the one with the focus ring"
        ),
        keys=("Tab", "Shift+Tab"),
    ),
    Action(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit"),
        shortcuts=("Ctrl+Q",),
        menu="routine",
        does=lambda shell, _: shell.quit_app(),
        separated=True,
    ),
)

BY_ID = {action.id: action for action in ACTIONS}

# Key names as the F1 list and the button hints show them (QKeySequence's own names otherwise).
# A key that stands for two on the keyboard: Enter is Return and the keypad's Enter.
_BOUND_AS = {"Enter": ("Return", "Enter")}
# The parts of key names that are words, translated where they are shown (F1, the buttons); a
# letter, a number, Esc and Tab read the same in every language here.
KEY_WORDS = (
    QT_TRANSLATE_NOOP("Keys", "Enter"),
    QT_TRANSLATE_NOOP("Keys", "Space"),
    QT_TRANSLATE_NOOP("Keys", "Backspace"),
    QT_TRANSLATE_NOOP("Keys", "Del"),
    QT_TRANSLATE_NOOP("Keys", "Ctrl"),
    QT_TRANSLATE_NOOP("Keys", "Shift"),
    QT_TRANSLATE_NOOP("Keys", "Plus"),
    QT_TRANSLATE_NOOP("Keys", "Minus"),
)
_SIGNS = {"+": "Plus", "-": "Minus"}


def key_name(key: str) -> str:
    """A key as the user reads it, in their language: "Ctrl++" is "Strg+Plus" in German."""
    modifiers, last = (key[:-2], "+") if key.endswith("++") else key.rpartition("+")[::2]
    parts = [*(modifiers.split("+") if modifiers else []), _SIGNS.get(last, last)]
    return "+".join(
        QCoreApplication.translate("Keys", part) if part in KEY_WORDS else part for part in parts
    )


def keys_shown(action: Action) -> str:
    """The keys of one command, as the F1 list shows them ("L / Ctrl+L")."""
    return " / ".join(key_name(k) for k in (*action.keys, *action.shortcuts[:1]))


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do, translated) for the F1 list, from the table."""
    rows: list[tuple[str, str]] = []
    for action in ACTIONS:
        if action.with_previous and rows:
            keys, what = rows[-1]
            rows[-1] = (f"{keys} / {keys_shown(action)}", what)
        elif action.help:
            rows.append((keys_shown(action), translated(action.help)))
    return rows


#: The words hands-free mode understands (speech/recognition.py's Command), for F1: what each
#: does. They stay English words in every language.
SPOKEN = (
    ("ready", QT_TRANSLATE_NOOP("Actions", 'Next step; at "A cramp, or an injury?": a cramp')),
    ("better", QT_TRANSLATE_NOOP("Actions", "The cramp has eased")),
    (
        "again",
        QT_TRANSLATE_NOOP("Actions", "The cramp came back; in a session: a cramp, first aid now"),
    ),
    ("injury", QT_TRANSLATE_NOOP("Actions", 'At "A cramp, or an injury?": could be an injury')),
    ("left / right", QT_TRANSLATE_NOOP("Actions", "Which leg has the cramp")),
    ("pause / resume", QT_TRANSLATE_NOOP("Actions", "Pause or go on (also over the app's voice)")),
    ("repeat", QT_TRANSLATE_NOOP("Actions", "Say the last cue again")),
    ("skip", QT_TRANSLATE_NOOP("Actions", "Skip this step (twice to end a hold early)")),
    ("stop", QT_TRANSLATE_NOOP("Actions", "Pause; then Escape ends the routine")),
)


def spoken_rows() -> list[tuple[str, str]]:
    """F1's second part: a heading row, then ("word", what it does), translated."""
    heading = (
        translated(QT_TRANSLATE_NOOP("Actions", "Say (hands-free)")),
        translated(QT_TRANSLATE_NOOP("Actions", "English words, in every language")),
    )
    quoted = (" / ".join(f'"{one}"' for one in word.split(" / ")) for word, _ in SPOKEN)
    return [heading, *zip(quoted, (translated(what) for _, what in SPOKEN), strict=True)]


def screen_keys(action_id: str) -> tuple[str, ...]:
    """The key sequences a screen binds for a command (Enter: both Enter keys)."""
    keys = BY_ID[action_id].keys
    return tuple(bound for key in keys for bound in _BOUND_AS.get(key, (key,)))


def bind_action(screen: QWidget, bindings: Iterable[tuple[str, Callable[[], object]]]) -> None:
    """Each (command id, what the screen does): the command's screen keys do it there."""
    bind_keys(screen, [(key, does) for id_, does in bindings for key in screen_keys(id_)])


def back_keys(back: Callable[[], object]) -> list[tuple[str, Callable[[], object]]]:
    """Esc and Backspace, back to the first screen (from the library, the plan, the journal);
    Backspace not while a popup is open (an open goal list keeps its key)."""
    return [(key, back) for key in screen_keys("stop")] + [
        (key, unless_a_popup(back)) for key in screen_keys("back")
    ]


def hint(action_id: str) -> str:
    """The key that a button for this command names ("Space"), in the user's language."""
    action = BY_ID[action_id]
    return key_name((*action.keys, *action.shortcuts)[0])


def with_key(label: str, action_id: str) -> str:
    """A button's text: what it does, and the key that does it ("Pause   (Space)")."""
    return f"{label}   ({hint(action_id)})"


def build_actions(shell: Shell, parent: QWidget, keep: dict[str, QAction]) -> dict[str, QAction]:
    """A QAction for each command in a menu or with a window-wide key, on `parent`; those in
    `keep` are reused as they are (the sound and hands-free toggles the screens show)."""
    made: dict[str, QAction] = {}
    for action in ACTIONS:
        if not action.text and not action.shortcuts:
            continue
        if action.id in keep:
            made[action.id] = keep[action.id]
            continue
        qaction = QAction(translated(action.text) or translated(action.help), parent)
        qaction.setObjectName(action.id)
        qaction.setShortcuts([QKeySequence(key) for key in action.shortcuts])
        qaction.setCheckable(action.checkable)
        does = action.does
        qaction.triggered.connect(lambda checked=False, does=does: does(shell, checked))
        if action.shortcuts:
            parent.addAction(qaction)  # its key works on every screen, menu bar or not
        made[action.id] = qaction
    return made


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> None:
    """The menu bar from the table (made anew when the language changes)."""
    for menu in bar.findChildren(QMenu):
        menu.deleteLater()  # clear() only takes them off the bar
    bar.clear()
    for name, title in MENUS:
        menu = bar.addMenu(translated(title))
        for action in ACTIONS:
            if action.menu == name and action.id in actions:
                if action.separated:
                    menu.addSeparator()
                menu.addAction(actions[action.id])
