"""The phone page: the guided routine as one self-contained HTML file, from the same data files
as the window, the voice and the sheet.

Nothing of the routine is written again in the page's script: its steps, texts, cues, time marks
and transitions (the rules of routine/flow.py, each named by its guard and effect) travel as one
JSON document inside the page, in a `<script type="application/json">` with every `<`, `>` and
`&` escaped, and the script (assets/pocket/page.js) sets every text with textContent. A Content
Security Policy with the script's and the style's own hashes lets nothing else run and nothing
be fetched: a user's exercise file can never inject script, and the page never touches the
network once opened (served, it may also fetch its manifest and service worker from where it
came from, for "add to home screen").
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cramp_coach.content import Routine, Step, load_routine
from cramp_coach.content.assets import asset, default_routine_file
from cramp_coach.content.exercises import Exercise, load_library
from cramp_coach.content.guidance import shipped_guidance
from cramp_coach.content.prevention import load_plan
from cramp_coach.routine.cues import fit_marks, step_cue, warnings
from cramp_coach.routine.flow import FINISHED, build_rules

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

MAX_PAGE_BYTES = 300 * 1024  # the bound: a phone on a slow network still gets it at once
USER_PICTURE_BYTES = 24 * 1024  # a user's own picture larger than this stays out of the page
# The guards and effects of routine/flow.py that the page's script knows, by name: a rule with
# any other is a change in flow.py that the page must learn first (tests/pocket checks).
GUARDS = frozenset({"_always", "reps_left", "reps_used_up", "_heard_nothing", "_heard_something"})
EFFECTS = frozenset(
    {
        "_nothing", "count_rep", "eased", "prolonged", "came_back", "came_back_too_often",
        "_injury", "_no_answer", "redo_rep", "forget_answer", "forget_triage", "_mark_stopped",
    }
)  # fmt: skip
SPEECH_LANGUAGES = {"en": "en-GB", "es": "es-ES", "de": "de-DE"}  # as espeak-ng's voices


class PageError(Exception):
    """The page cannot be made (a rule the page does not know, or too large); one line."""


@dataclass(frozen=True)
class PageOptions:
    """What the page is made for: `served` adds the manifest and the service worker (relative to
    the page's own address) for "add to home screen" and offline use."""

    language: str = "en"
    hold_seconds: int | None = None
    user_folder: Path | None = None
    served: bool = False


def build_page(options: PageOptions, routine: Routine | None = None) -> bytes:
    """The page as UTF-8 bytes. Needs a QCoreApplication with the language's translator
    installed (cramp_coach.i18n.install) for the app's own words. ContentError for a bad data
    file; PageError when the page would pass its weight."""
    if routine is None:
        routine = load_routine(default_routine_file(), options.language)
    if options.hold_seconds is not None:
        routine = routine.with_hold_seconds(options.hold_seconds)
    data = page_data(routine, options)
    page = render(data, served=options.served)
    if len(page) > MAX_PAGE_BYTES:
        raise PageError(f"the page would weigh {len(page) // 1024} kB, over 300 kB")
    return page


def page_data(routine: Routine, options: PageOptions) -> dict[str, Any]:
    """Everything the page shows and says, as plain JSON-able data."""
    language = routine.language
    guidance = shipped_guidance(language)[0]
    pictures = _Pictures()
    prolonged, unanswered = warnings(routine)
    hold = routine.hold
    opening = routine.fill(hold.cue, step=hold, voice=False)
    kept = fit_marks(float(hold.seconds), opening, routine.marks, lambda _text: None)
    return {
        "lang": language,
        "speech": SPEECH_LANGUAGES.get(language, language),
        "title": routine.title,
        "notice": guidance.notice,
        "maxReps": routine.max_reps,
        "steps": [_step(routine, step, pictures) for step in routine.steps],
        "rules": _rules(routine),
        "finished": FINISHED,
        "marks": [{"left": mark.left, "text": mark.text} for mark in kept],
        "warnings": {"prolonged": prolonged, "unanswered": unanswered},
        "signs": {
            "heading": guidance.marked_heading,
            "lines": [sign.line for sign in guidance.signs],
        },
        "exercises": [_exercise(e, pictures) for e in _exercises(language, options.user_folder)],
        "pictures": pictures.data,
        "ui": _words(),
    }


def _step(routine: Routine, step: Step, pictures: _Pictures) -> dict[str, Any]:
    def filled(text: str) -> str:
        return routine.fill(text, step=step, voice=False) if text else ""

    guidance = _tr("RoutineScreen", "General guidance, not from the source article.")
    path = routine.path(step.id)
    return {
        "id": step.id,
        "number": path.index(step) + 1,
        "count": len(path),
        "kind": step.kind.value,
        "title": filled(step.title),
        "text": filled(step.text),
        "extra": filled(step.extra),
        "guidance": guidance if (step.guidance or step.extra) else "",
        "cue": step_cue(routine, step, reps=0, hands_free=False, voice=False),
        "endCue": filled(step.end_cue),
        "seconds": step.seconds if step.timed else 0,
        "confirm": filled(step.confirm),
        "eased": filled(step.eased_label),
        "still": filled(step.still_label),
        "cramp": filled(step.cramp_label),
        "injury": filled(step.injury_label),
        "start": filled(step.start_label),
        "skip": filled(step.skip_label),
        "signs": [filled(sign) for sign in step.signs],
        "doctor": filled(step.doctor),
        "warningSigns": step.warning_signs,
        "picture": pictures.add(asset("illustrations", step.picture)) if step.picture else "",
    }


def _rules(routine: Routine) -> list[dict[str, Any]]:
    """routine/flow.py's rules, each by its names: the page runs the same machine. Hands-free
    defaults (an ELAPSED on a step that does not count down) are left out: the page is never
    hands-free."""
    rules = []
    timed = {step.id for step in routine.steps if step.timed}
    for rule in build_rules(routine):
        guard, effect = rule.guard.__name__, rule.effect.__name__
        if guard not in GUARDS or effect not in EFFECTS:
            raise PageError(f"the page does not know the rule {guard}/{effect} of {rule.source}")
        if rule.intent == "elapsed" and rule.source not in timed:
            continue
        rules.append(
            {"from": rule.source, "on": rule.intent.value, "to": rule.target}
            | ({"if": guard} if guard != "_always" else {})
            | ({"do": effect} if effect != "_nothing" else {})
        )
    return rules


def _exercises(language: str, user_folder: Path | None) -> list[Exercise]:
    """The prevention plan's exercises in its order (as the sheet), then the user's own."""
    library = load_library(user_folder, language=language)
    wanted = load_plan(language=language).exercises_in(library.exercises)
    return wanted + [exercise for exercise in library.exercises if exercise.users]


def _exercise(exercise: Exercise, pictures: _Pictures) -> dict[str, Any]:
    limit = USER_PICTURE_BYTES if exercise.users else MAX_PAGE_BYTES
    picture = pictures.add(exercise.picture, limit) if exercise.picture is not None else ""
    yours = QCoreApplication.translate("Pocket", "Your own exercise")
    return {
        "name": exercise.name,
        "dose": exercise.dose,
        "often": exercise.per_week,
        "purpose": exercise.purpose,
        "steps": list(exercise.steps),
        "picture": picture,
        "yours": yours if exercise.users else "",
    }


class _Pictures:
    """The SVG pictures, each once, as data: addresses (shown through <img>, where an SVG runs
    no script)."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self._names: dict[str, str] = {}

    def add(self, source: Path | Traversable, limit: int = MAX_PAGE_BYTES) -> str:
        key = str(source)
        if key not in self._names:
            try:
                svg = source.read_bytes()
            except OSError:
                return ""
            if len(svg) > limit:
                return ""
            name = f"p{len(self._names)}"
            self._names[key] = name
            self.data[name] = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
        return self._names[key]


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _words() -> dict[str, str]:
    """The page's own words, as the window says them (their translations are the window's)."""
    return {
        "start": _tr("HomeScreen", "I have a cramp now"),
        "pause": _tr("RoutineScreen", "Pause"),
        "resume": _tr("RoutineScreen", "Resume"),
        "back": _tr("RoutineScreen", "Back"),
        "cameBack": _tr("RoutineScreen", "The cramp came back"),
        "stop": _tr("RoutineScreen", "Stop"),
        "stepOf": _tr("RoutineScreen", "Step %1 of %2"),
        "repOf": _tr("RoutineScreen", "Rep %1 of %2"),
        "getReady": _tr("RoutineScreen", "GET READY"),
        "hold": _tr("RoutineScreen", "HOLD"),
        "notStarted": _tr("RoutineScreen", "NOT STARTED"),
        "paused": QCoreApplication.translate("Pocket", "Paused"),
        "exercises": _tr("HomeScreen", "Exercise library"),
        "picture": _tr("RoutineScreen", "Picture of the stretch"),
        "caption": _tr("RoutineScreen", "Spoken cue"),
        "eased1": _tr("RoutineScreen", "the cramp eased after 1 stretch"),
        "easedN": _tr("RoutineScreen", "the cramp eased after %1 stretches"),
        "prolongedN": _tr("RoutineScreen", "still cramping after %1 stretches"),
        "injury": _tr("RoutineScreen", "could be an injury: no stretching"),
        "offline": QCoreApplication.translate(
            "Pocket", "Works without a network. Not medical advice."
        ),
    }


_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def json_for_script(data: Any) -> str:
    """JSON that can sit inside a <script> element: no `<`, `>` or `&` in it at all, so no text
    of any file can close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda match: _ESCAPES[match.group()], text)


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _asset_text(name: str) -> str:
    return asset("pocket", name).read_text(encoding="utf-8")


def render(data: dict[str, Any], served: bool = False) -> bytes:
    """The HTML around the data: the script and the style inline, allowed by their hashes."""
    script = _asset_text("page.js")
    style = _asset_text("page.css")
    policy = [
        "default-src 'none'",
        f"script-src {_hash(script)}",
        f"style-src {_hash(style)}",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    head_extra = ""
    if served:
        policy += ["manifest-src 'self'", "worker-src 'self'"]
        head_extra = '<link rel="manifest" href="manifest.webmanifest">'
    template = _asset_text("page.html")
    values = {
        "lang": data["lang"],
        "title": data["title"],
        "policy": "; ".join(policy),
        "head": head_extra,
        "style": style,
        "script": script,
        "data": json_for_script(data),
        "served": "1" if served else "0",
    }
    return _substitute(template, values).encode("utf-8")


def _substitute(template: str, values: dict[str, str]) -> str:
    """`@@name@@` in the template replaced, once each; only the title and the language are
    text, escaped for HTML (the data is escaped as JSON above)."""
    import html

    plain = {"lang", "title"}

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        text = values[name]
        return html.escape(text, quote=True) if name in plain else text

    return re.sub(r"@@(\w+)@@", value, template)
