"""The printable routine sheet: first aid, prevention exercises and daily habits on one page.

Everything on the sheet comes from the content files (the routine, the prevention plan, the
exercises it names and the warning signs of assets/guidance.toml); this module only lays it out.
What is not from the source article is marked as general guidance: the routine's extra lines, the
triage and the injury block after the numbered cramp steps, the warning signs, and the exercises'
doses (a † and one footnote line). It is drawn with a
QPainter, so the text stays text in a PDF (searchable, selectable) and the SVG pictures stay
vector. The same drawing goes to
a PDF file (`write_pdf`), to a printer and to Qt's print preview (`print_sheet`).
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPicture,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from cramp_coach import i18n
from cramp_coach.content import Routine, Step, StepKind, load_routine
from cramp_coach.content.assets import default_routine_file
from cramp_coach.content.exercises import Exercise, load_library
from cramp_coach.content.guidance import Guidance, shipped_guidance
from cramp_coach.content.prevention import DOCTOR, Plan, Section, load_plan
from cramp_coach.files import folder_problem, reason
from cramp_coach.hyphenation import hyphenate
from cramp_coach.plan import names as plan_names
from cramp_coach.plan.schedule import WeeklyPlan

log = logging.getLogger(__name__)

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_PT = 36.0  # half an inch: inside what every home printer can reach
FONT_FAMILIES = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]

# Sizes in points.
TITLE_PT = 19.0
TITLE_MIN_PT = 15.0  # a long title (a translation) is set smaller, to this, to keep to one line
HEADING_PT = 12.5
BODY_PT = 9.5
SMALL_PT = 8.0
GAP_PT = 7.0
# The prevention plan's habits run in two or three columns, whichever is shorter.
HABIT_COLUMNS = (2, 3)
# An exercise picture's height, as a share of its column's width.
PICTURE_RATIO = 0.5
STEP_GAP_PT = 3.5  # under each first-aid step
# The injury block after the first-aid steps: small, never below the guidance lines' SMALL_PT.
INJURY_PT = SMALL_PT
# The line under the hold boxes ("if the cramp is still there...") goes beside them when this
# much width is left there.
BESIDE_PT = 200.0
# A sheet whose text runs longer (a translation) is set smaller, in these steps, to stay on one
# page; never below MIN_SCALE (about 7 pt body text), where it goes on to a second page instead.
# It was 0.85 (8 pt) until issue 15's first aid (stop, the triage and its signs, ease, the
# guidance of five steps, the injury block): the German sheet on Letter now needs 0.775, and
# 0.75 leaves it one step of room.
SCALE_STEP = 0.025
MIN_SCALE = 0.75
# A sheet with room to spare (the English) is set larger, up to this, so the page is used to its
# foot rather than leaving its bottom tenth empty (issue 17).
MAX_SCALE = 1.3
# The numbers read from across a kitchen: each hold box's seconds, and each exercise's dose.
HOLD_PT = 16
# The QR code of the phone page's address (`--qr`), quiet zone included: 21 mm, which a phone's
# camera reads from a hand's length.
QR_PT = 60
DOSE_PT = 11


class SheetError(Exception):
    """The sheet cannot be written where the user asked; the message names the path."""


@dataclass(frozen=True)
class Sheet:
    """What the sheet shows: the routine with the user's hold length, the plan, its exercises,
    the warning signs; `language` is theirs (German long words get soft hyphens)."""

    routine: Routine
    plan: Plan
    exercises: tuple[Exercise, ...]
    today: date
    guidance: Guidance
    language: str
    source_hold_seconds: int = 0  # the routine file's (the source's) own hold; 0: the same
    plan_log: WeeklyPlan | None = None  # a second page: this weekly plan as a log to fill in
    qr: str = ""  # an address to print as a QR code in the header (Send to phone's page)

    @property
    def hold_seconds(self) -> int:
        return self.routine.hold.seconds


def load_sheet(
    hold_seconds: int | None = None,
    today: date | None = None,
    routine: Routine | None = None,
    language: str | None = None,
    plan_log: WeeklyPlan | None = None,
    qr: str = "",
) -> Sheet:
    """The sheet's content. Hold seconds: `hold_seconds` if given, else the saved setting, else
    the routine file's own figure. Raises ValueError for a hold length the routine does not allow.
    `language`: of the plan, the exercises and (unless `routine` is given) the routine; by default
    the language installed (i18n.install), whose translator also says the sheet's own words.
    """
    language = language if language is not None else i18n.current_language()
    if routine is None:
        routine = load_routine(default_routine_file(), language)
    hold = routine.hold
    if hold_seconds is None:
        from cramp_coach.settings import Settings

        hold_seconds = Settings().hold_seconds(hold.seconds, hold.min_seconds, hold.max_seconds)
    source_hold = hold.seconds
    routine = routine.with_hold_seconds(hold_seconds)
    plan = load_plan(language=language)
    wanted = plan.exercises_in(load_library(language=language).exercises)
    return Sheet(
        routine,
        plan,
        tuple(wanted),
        today if today is not None else date.today(),
        shipped_guidance(language)[0],  # a broken translation: the English signs
        language,
        source_hold,
        plan_log,
        qr,
    )


def write_pdf(
    path: str | os.PathLike[str],
    paper: str = "a4",
    hold_seconds: int | None = None,
    today: date | None = None,
    routine: Routine | None = None,
    language: str | None = None,
    plan_log: WeeklyPlan | None = None,
    qr: str = "",
) -> Path:
    """Writes the sheet as a PDF on A4 or Letter and returns the path written.

    The file appears whole or not at all: the PDF is written to a temporary file in the same folder
    and renamed over `path`. A path that cannot be written is a SheetError. Needs a
    QGuiApplication (the offscreen platform will do).
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, got {paper!r}")
    sheet = load_sheet(hold_seconds, today, routine, language, plan_log, qr)
    target = Path(path)
    folder = target.parent
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as error:  # no folder, or one that takes no files (e.g. /proc)
        raise SheetError(
            f"{target}: cannot write the sheet there ({folder_problem(target, error)})"
        ) from None
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setTitle(sheet.routine.title)
        writer.setCreator("Cramp Coach")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAPERS[paper]),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT),
                QPageLayout.Unit.Point,
            )
        )
        if not paint_sheet(writer, sheet):
            raise SheetError(f"{target}: cannot write the sheet there (the PDF could not be made)")
        del writer  # flushes and closes the file
        if os.path.getsize(temporary) == 0:
            raise SheetError(f"{target}: cannot write the sheet there (the PDF came out empty)")
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        raise SheetError(f"{target}: cannot write the sheet there ({reason(error)})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return target


def print_sheet(
    printer: QPagedPaintDevice,
    hold_seconds: int | None = None,
    today: date | None = None,
    routine: Routine | None = None,
    language: str | None = None,
    plan_log: WeeklyPlan | None = None,
    qr: str = "",
) -> bool:
    """Draws the sheet on a QPrinter: for Print… after the print dialog, and for Print preview as
    the slot of QPrintPreviewDialog.paintRequested. Keeps the printer's paper; widens its margins
    to the sheet's if they are narrower. Returns False if the printer could not be painted on."""
    layout = printer.pageLayout()
    margins = layout.margins(QPageLayout.Unit.Point)
    wider = QMarginsF(
        max(margins.left(), MARGIN_PT),
        max(margins.top(), MARGIN_PT),
        max(margins.right(), MARGIN_PT),
        max(margins.bottom(), MARGIN_PT),
    )
    if wider != margins:
        printer.setPageMargins(wider, QPageLayout.Unit.Point)
    return paint_sheet(printer, load_sheet(hold_seconds, today, routine, language, plan_log, qr))


def paint_sheet(device: QPagedPaintDevice, sheet: Sheet) -> bool:
    """Draws the sheet on a paged device (PDF writer or printer); more pages only if it must;
    then, if the sheet has one, the plan's log on a page of its own."""
    scale, spare = fit(device, sheet)
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        _Drawing(painter, device, sheet, scale, spare=spare).draw()
        if sheet.plan_log is not None:
            device.newPage()
            _Drawing(painter, device, sheet).plan_log(sheet.plan_log)
    finally:
        painter.end()
    return True


class Fit(NamedTuple):
    """How the sheet is set on a page: its type scale, and the device pixels left at the page's
    foot at that scale (given to the pictures and the gaps, so the page is used to its foot)."""

    scale: float
    spare: float


def fit(device: QPagedPaintDevice, sheet: Sheet) -> Fit:
    """The largest type scale, MAX_SCALE down to MIN_SCALE, at which the sheet fits on one page
    of `device` (laid out without drawing: a translation runs longer than the English, which
    may have room to grow into), and what is left at the page's foot. Found once per sheet and
    page: the print preview paints again on every zoom, on the GUI thread."""
    key = (sheet, device.width(), device.height(), device.logicalDpiX(), device.logicalDpiY())
    known = _SCALES.get(key)
    if known is not None:
        return known
    scale = 1.0
    if _layout(device, sheet, scale).pages > 1:
        while scale > MIN_SCALE and _layout(device, sheet, scale).pages > 1:
            scale = round(scale - SCALE_STEP, 3)
    else:  # room to spare: larger, while it still fits
        while scale < MAX_SCALE and _layout(device, sheet, round(scale + SCALE_STEP, 3)).pages == 1:
            scale = round(scale + SCALE_STEP, 3)
    scale = max(scale, MIN_SCALE)
    laid = _layout(device, sheet, scale)
    spare = max(0.0, device.height() - laid.y) if laid.pages == 1 else 0.0
    if len(_SCALES) >= 16:
        _SCALES.clear()
    _SCALES[key] = Fit(scale, spare)
    return _SCALES[key]


_SCALES: dict[tuple[object, ...], Fit] = {}


def _layout(device: QPagedPaintDevice, sheet: Sheet, scale: float) -> _Drawing:
    """The sheet laid out at `scale` on a throwaway picture: its pages and where it ends."""
    picture = QPicture()
    painter = QPainter(picture)
    try:
        drawing = _Drawing(painter, device, sheet, scale, measuring=True)
        drawing.draw()
    finally:
        painter.end()
    return drawing


def _umask() -> int:
    """The process's umask, read without setting it (Linux: /proc/self/status): setting it to
    read it races with other threads, and a thread that sets its own for a moment (the single
    instance's socket, 0o177) could be left as the umask of the whole process."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _text(value: str) -> str:
    """Data and translated text made safe for the rich-text document."""
    return html.escape(value, quote=False)


# Marks what is general guidance, not from the source: each dose (sets and reps), each step's
# guidance line, a step that is all guidance, the injury block and the warning signs. One
# footnote under the page says what it means: a label repeated a dozen times cost the first-aid
# steps a size of type.
DAGGER = "\u2020"


def _dose(exercise: Exercise) -> str:
    """Sets × reps, or sets × hold, short enough for a picture's caption (without the mark)."""
    if exercise.reps:
        return exercise.dose
    seconds = exercise.hold_seconds
    if seconds >= 120 and seconds % 60 == 0:
        each = i18n.fill(QCoreApplication.translate("Sheet", "%1 min"), seconds // 60)
    else:
        each = i18n.fill(QCoreApplication.translate("Sheet", "%1 s"), seconds)
    return f"{exercise.sets} × {each}" if exercise.sets > 1 else each


@dataclass(frozen=True)
class _Numbered:
    """One numbered first-aid step on the sheet; `boxes` > 0 for the stretch with its holds."""

    title: str
    paragraphs: tuple[str, ...]  # rich text, already escaped
    boxes: int = 0
    after_boxes: str = ""
    mark: bool = False  # the whole step is general guidance: marked after its title


def _guidance_line(extra: str) -> str:
    """A line of general guidance (not from the source), marked † (see the footnote)."""
    return f"<span class='guidance'>{_text(extra)}\u00a0{DAGGER}</span>"


def _cramp_steps(routine: Routine) -> list[Step]:
    """The steps of the cramp routine, in order: not its Done, not the injury steps."""
    injury = set(routine.injury_steps()) if routine.triage is not None else set()
    return [s for s in routine.steps if s not in injury and s.kind is not StepKind.DONE]


def _first_aid_steps(routine: Routine, source_hold: int = 0) -> list[_Numbered]:
    """The cramp routine as numbered sheet steps: get-ready, hold and check make one stretch
    step; the triage lists its signs and points to the injury block (`_injury_block`)."""
    steps: list[_Numbered] = []
    stretch: list[Step] = []
    for step in _cramp_steps(routine):
        if step.kind in (StepKind.POSITION, StepKind.HOLD, StepKind.CHECK):
            stretch.append(step)
            if step.kind is StepKind.CHECK:
                steps.append(_stretch_step(routine, stretch, source_hold))
                stretch = []
            continue
        if step.kind is StepKind.TRIAGE:
            steps.append(_triage_step(routine, step))
            continue
        paragraphs = [_text(routine.fill(step.text, step=step))]
        if step.extra:
            paragraphs.append(_guidance_line(step.extra))
        steps.append(_Numbered(step.title, tuple(paragraphs), mark=step.guidance))
    return steps


def _triage_step(routine: Routine, triage: Step) -> _Numbered:
    """ "A cramp, or an injury?": its text and signs in one paragraph, then where to look if it
    could be an injury (the block after the cramp steps, headed by the triage's answer)."""
    signs = "; ".join(_text(routine.fill(sign, step=triage)) for sign in triage.signs)
    text = f"{_text(routine.fill(triage.text, step=triage))} {signs}."
    if routine.injury_steps():
        see = QCoreApplication.translate("Sheet", "→ see “%1” below")
        text += f" <b>{i18n.fill(_text(see), _text(triage.injury_label))}</b>"
    return _Numbered(triage.title, (text,), mark=True)


def _stretch_step(routine: Routine, parts: Sequence[Step], source_hold: int = 0) -> _Numbered:
    hold = routine.hold
    # The hold is what a glance at the fridge should find: its length stands out.
    text = " ".join(
        f"<b>{_text(routine.fill(s.text, step=s))}</b>"
        if s is hold
        else _text(routine.fill(s.text, step=s))
        for s in parts
    )
    after = f"<i>{_text(routine.fill(routine.prolonged_if))}</i>"
    if source_hold and source_hold != hold.seconds:
        # Not the after-run stretch's figure, nor the source's: the user's own, and said so.
        chosen = QCoreApplication.translate(
            "Sheet", "%1 s: the hold you chose in Cramp Coach (the source article says %2 s)."
        )
        after = f"<b>{_text(i18n.fill(chosen, hold.seconds, source_hold))}</b> {after}"
    if routine.prolonged_extra:
        after += " " + _guidance_line(routine.fill(routine.prolonged_extra))
    return _Numbered(
        hold.title,
        (text, *(_guidance_line(s.extra) for s in parts if s.extra)),
        boxes=routine.max_reps,
        after_boxes=after,
    )


def _injury_block(routine: Routine) -> str:
    """What to do if it could be an injury, as one paragraph of rich text (empty without a
    triage), never a numbered step: headed by the triage's answer and marked as general
    guidance, then each injury step's title and text; of their Done, its title and doctor line
    (its text sums up the steps before it, as the cramp steps' Done is left out too)."""
    triage = routine.triage
    steps = routine.injury_steps()
    if triage is None or not steps:
        return ""
    parts = [f"<span class='title'>{_text(triage.injury_label)}\u00a0{DAGGER}</span>"]
    for step in steps:
        title = step.title if step.title[-1:] in ".?!:" else f"{step.title}."
        parts.append(f"<b>{_text(title)}</b>")
        if step.kind is not StepKind.DONE:
            parts.append(_text(routine.fill(step.text, step=step)))
        if step.doctor:
            parts.append(f"<b>{_text(routine.fill(step.doctor, step=step))}</b>")
    return " ".join(parts)


def _doctor_section(sheet: Sheet) -> Section | None:
    """The plan's section that says the same as the routine's "see a doctor" line, if any: the
    one named "doctor", else one whose heading the line starts with. The sheet says it once:
    the routine's line in the help box, this section nowhere (its points only if the routine
    has no line)."""
    doctor = _doctor_line(sheet).casefold()
    if not doctor:
        return None
    for section in sheet.plan.sections:
        if section.id == DOCTOR or doctor.startswith(section.heading.casefold()):
            return section
    return None


def _doctor_line(sheet: Sheet) -> str:
    return next((s.doctor for s in sheet.routine.steps if s.kind is StepKind.DONE), "")


def _balanced(heights: Sequence[float], columns: int) -> list[slice]:
    """The items, in order, cut into `columns` runs whose tallest is as short as can be."""
    if columns <= 1 or not heights:
        return [slice(0, len(heights))]
    best: list[slice] = []
    best_height = float("inf")
    for cut in range(len(heights) + 1):
        rest = _balanced(heights[cut:], columns - 1)
        runs = [slice(0, cut), *(slice(r.start + cut, r.stop + cut) for r in rest)]
        height = max(sum(heights[run]) for run in runs)
        if height < best_height:
            best, best_height = runs, height
    return best


_TAG = re.compile(r"(<[^>]*>|&[#\w]+;)")


def _hyphenated(rich: str, language: str) -> str:
    """Rich text with soft hyphens in the long words of its text, never inside a tag."""
    return "".join(
        part if _TAG.fullmatch(part) else hyphenate(part, language) for part in _TAG.split(rich)
    )


def general_guidance() -> str:
    """The mark of what is not from the source article, in the sheet's language."""
    return QCoreApplication.translate("Sheet", "General guidance, not from the source article")


STYLE = """
p { margin: 0; }
.title { font-weight: bold; }
.guidance { font-style: italic; font-size: %(small)spt; }
.name { font-weight: bold; }
"""


class _Drawing:
    """Lays the sheet out top to bottom in device pixels; what does not fit starts a new page."""

    def __init__(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        sheet: Sheet,
        scale: float = 1.0,
        measuring: bool = False,
        spare: float = 0.0,
    ) -> None:
        self.painter = painter
        # Device pixels left at the page's foot: the pictures grow into it, the rest goes
        # between the sections (a little kept back, so rounding never spills onto a page 2).
        self.spare = spare * 0.95
        self.device = device
        self.sheet = sheet
        self.scale = scale  # of every size: type, gaps, pictures (the page stays the page)
        self.measuring = measuring  # only counting pages: no new page, no pictures drawn
        self.pages = 1
        self.spare_gaps = 0.0  # set by exercises(): the spare height left for each gap
        self.unit = device.logicalDpiY() / 72 * scale  # device pixels per (scaled) point
        self.width = float(device.width())
        self.height = float(device.height())
        self.y = 0.0
        self.font = QFont()
        self.font.setFamilies(FONT_FAMILIES)
        self.font.setPointSizeF(self.size(BODY_PT))
        # No "fi"/"fl" ligatures: a PDF search for "first aid" must find it, in every viewer.
        self.font.setFeature(QFont.Tag("liga"), 0)
        self.ink = QPen(Qt.GlobalColor.black)
        self.ink.setWidthF(0.8 * self.unit)
        painter.setPen(self.ink)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def pt(self, points: float) -> float:
        """Device pixels for a length in points, at the sheet's scale."""
        return points * self.unit

    def size(self, points: float) -> float:
        """A type size in points, at the sheet's scale."""
        return points * self.scale

    # -- building blocks -----------------------------------------------------------------------

    def document(self, rich: str, width: float, size: float = BODY_PT) -> QTextDocument:
        """Rich text laid out for the device at `width`; `rich` must already be escaped."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        font = QFont(self.font)
        font.setPointSizeF(self.size(size))
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(STYLE % {"small": self.size(SMALL_PT)})
        doc.setDocumentMargin(0)
        doc.setUseDesignMetrics(True)
        doc.setIndentWidth(11 * self.scale)  # points, for a list's indent
        # A routine of the user's own in another language than the sheet's is left unhyphenated:
        # German break points would land in its English words.
        sheet = self.sheet
        same = sheet.routine.language == sheet.language
        doc.setHtml(_hyphenated(rich, sheet.language) if same else rich)
        doc.setTextWidth(width)
        return doc

    def place(self, doc: QTextDocument, x: float, y: float) -> None:
        self.painter.save()
        self.painter.translate(x, y)
        doc.drawContents(self.painter)
        self.painter.restore()

    def room_for(self, height: float) -> None:
        """Starts a new page when `height` more does not fit on this one."""
        if self.y > 0 and self.y + height > self.height:
            if not self.measuring:
                self.device.newPage()
            self.pages += 1
            self.y = 0.0

    def gap(self, points: float = GAP_PT) -> None:
        self.y += self.pt(points)

    def rule(self, points: float = 0.8) -> None:
        pen = QPen(self.ink)
        pen.setWidthF(self.pt(points))
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(0, self.y), QPointF(self.width, self.y))
        self.painter.setPen(self.ink)

    def heading(self, text: str, follows: float) -> None:
        """A section heading, kept on the same page as the first `follows` pixels under it."""
        doc = self.document(f"<p class='title'>{_text(text)}</p>", self.width, HEADING_PT)
        self.room_for(doc.size().height() + self.pt(4) + follows)
        self.place(doc, 0, self.y)
        self.y += doc.size().height() + self.pt(1.5)
        self.rule(0.6)
        self.gap(3)

    def picture(self, exercise: Exercise, frame: QRectF) -> None:
        """The exercise's SVG drawn as vectors, centred in `frame` at its own aspect ratio."""
        if exercise.picture is None or self.measuring:
            return
        renderer = QSvgRenderer(QByteArray(exercise.picture.read_bytes()))
        if not renderer.isValid():
            log.warning("%s: picture cannot be drawn", exercise.picture)
            return
        box = renderer.viewBoxF()
        scale = min(frame.width() / box.width(), frame.height() / box.height())
        size = QRectF(0, 0, box.width() * scale, box.height() * scale)
        size.moveCenter(frame.center())
        renderer.render(self.painter, size)

    # -- the sheet -----------------------------------------------------------------------------

    def draw(self) -> None:
        self.header()
        self.first_aid()
        self.exercises()
        self.habits()
        self.help()
        self.footer()

    def header(self) -> None:
        printed = QCoreApplication.translate("Sheet", "Printed %1")
        printed = i18n.fill(printed, self.sheet.today.isoformat())
        name = QCoreApplication.translate("Sheet", "Cramp Coach")
        lines = [_text(name), _text(printed)]
        code = self.pt(QR_PT) if self.sheet.qr else 0.0
        if code:
            lines.append(
                _text(QCoreApplication.translate("Sheet", "Scan: the routine on your phone"))
            )
        side = self.document(
            f"<p align='right'>{'<br>'.join(lines)}</p>",
            self.pt(150),
            SMALL_PT,
        )
        side.setTextWidth(side.idealWidth())  # as narrow as its text: the title gets the rest
        beside = code + self.pt(6) if code else 0.0
        room = self.width - side.textWidth() - beside - self.pt(12)
        size = TITLE_PT
        while True:  # one line if it can: a title on two lines takes a line from the steps
            title = self.document(
                f"<p class='title'>{_text(self.sheet.routine.title)}</p>", room, size
            )
            if size <= TITLE_MIN_PT or title.firstBlock().layout().lineCount() <= 1:
                break
            size = max(TITLE_MIN_PT, size - 0.5)
        height = max(title.size().height(), side.size().height(), code)
        self.place(title, 0, self.y + height - title.size().height())
        left = self.width - side.textWidth() - beside
        self.place(side, left, self.y + height - side.size().height())
        if code and not self.measuring:
            from cramp_coach import qr

            frame = QRectF(self.width - code, self.y + height - code, code, code)
            qr.paint(self.painter, frame, qr.matrix(self.sheet.qr))
        self.y += height + self.pt(3)
        self.rule(1.6)
        self.gap(6)

    def first_aid(self) -> None:
        number_size = self.pt(17)
        indent = self.pt(26)
        blocks = [
            (step, self.step_document(step, self.width - indent))
            for step in _first_aid_steps(self.sheet.routine, self.sheet.source_hold_seconds)
        ]
        first = blocks[0][1].size().height() if blocks else 0.0
        self.heading(QCoreApplication.translate("Sheet", "When a cramp strikes"), first)
        for number, (step, doc) in enumerate(blocks, 1):
            boxes = self.hold_boxes(step.boxes, indent, draw=False) if step.boxes else indent
            after = None
            beside = False  # the line after the boxes, beside them if it has the room
            if step.after_boxes:
                room = self.width - boxes - self.pt(8)
                beside = room >= self.pt(BESIDE_PT)
                after = self.document(
                    f"<p>{step.after_boxes}</p>",
                    room if beside else self.width - indent,
                    SMALL_PT + 0.5,
                )
            # the gap and the boxes, with their large numbers
            row = self.pt(4) + self.pt(HOLD_PT + 4) if step.boxes else 0.0
            after_height = after.size().height() if after is not None else 0.0
            below = after_height if not beside else max(0.0, after_height - row + self.pt(4))
            self.room_for(doc.size().height() + row + below)
            self.number(number, QRectF(0, self.y, number_size, number_size))
            self.place(doc, indent, self.y + self.pt(1.5))
            # A one-line step is shorter than its disc: the next disc must not touch it.
            self.y += max(self.pt(1.5) + doc.size().height(), number_size)
            top = self.y + self.pt(4)
            if step.boxes:
                self.hold_boxes(step.boxes, indent, top)
            if after is not None and beside:
                # Centred on the boxes; a longer text starts level with their top, going down.
                centre = max(0.0, (self.pt(HOLD_PT - 2) - after_height) / 2)
                self.place(after, boxes + self.pt(8), top + centre)
            self.y += row
            if after is not None and not beside:
                self.place(after, indent, self.y)
            self.y += below
            self.gap(STEP_GAP_PT)
        self.injury(indent)

    def injury(self, indent: float) -> None:
        """The injury block after the numbered steps: one small paragraph, never numbered, set
        off by a rule at its left (the number column stays empty)."""
        rich = _injury_block(self.sheet.routine)
        if not rich:
            return
        doc = self.document(f"<p>{rich}</p>", self.width - indent, INJURY_PT)
        height = doc.size().height()
        self.room_for(height)
        pen = QPen(self.ink)
        pen.setWidthF(self.pt(2.4))
        self.painter.save()
        self.painter.setPen(pen)
        x = indent - self.pt(8)
        self.painter.drawLine(QPointF(x, self.y), QPointF(x, self.y + height))
        self.painter.restore()
        self.place(doc, indent, self.y)
        self.y += height + self.pt(STEP_GAP_PT)

    def step_document(self, step: _Numbered, width: float) -> QTextDocument:
        """The step's title run in, bold, before its first paragraph (a line less a step)."""
        size = self.size(BODY_PT + 1.5)
        title = step.title if step.title[-1:] in ".?!:" else f"{step.title}."
        run_in = f"<span class='title' style='font-size:{size}pt'>{_text(title)}</span> "
        if step.mark:  # the whole step is general guidance
            run_in = run_in.replace("</span> ", f"\u00a0{DAGGER}</span> ", 1)
        return self.document(f"<p>{run_in}{' '.join(step.paragraphs)}</p>", width)

    def number(self, number: int, frame: QRectF) -> None:
        """The step number, white in a black disc: found at a glance, fine in black and white."""
        self.painter.save()
        self.painter.setBrush(Qt.GlobalColor.black)
        self.painter.drawEllipse(frame)
        font = QFont(self.font)
        font.setPointSizeF(self.size(BODY_PT + 1.5))
        font.setBold(True)
        self.painter.setFont(font)
        self.painter.setPen(Qt.GlobalColor.white)
        self.painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, str(number))
        self.painter.restore()

    def hold_boxes(self, count: int, x: float, y: float = 0.0, draw: bool = True) -> float:
        """One box to tick per hold at `y`, each labelled with the user's hold length; returns
        where the row ends (draws nothing if not `draw`)."""
        box = self.pt(HOLD_PT - 2)
        label = i18n.fill(QCoreApplication.translate("Sheet", "%1 s"), self.sheet.hold_seconds)
        font = QFont(self.font)
        font.setPointSizeF(self.size(HOLD_PT))
        font.setBold(True)
        self.painter.save()
        self.painter.setFont(font)
        pen = QPen(self.ink)
        pen.setWidthF(self.pt(1.2))
        # Measured for the page, not by the painter: when only counting pages the painter draws
        # on a picture with the screen's metrics, and the row would come out another width.
        advance = QFontMetricsF(font, self.device).horizontalAdvance(label)
        for number in range(count):
            if draw:
                self.painter.setPen(pen)
                self.painter.drawRect(QRectF(x, y, box, box))
                self.painter.setPen(self.ink)
                text = QRectF(x + box + self.pt(5), y - self.pt(4), advance + 1, box + self.pt(8))
                self.painter.drawText(
                    text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
                )
            x += box + self.pt(5) + advance + (self.pt(14) if number < count - 1 else 0.0)
        self.painter.restore()
        return x

    def exercises(self) -> None:
        exercises = self.sheet.exercises
        if not exercises:
            return
        gap = self.pt(10)
        across = min(len(exercises), 5)
        width = (self.width - gap * (across - 1)) / across
        picture_height = width * PICTURE_RATIO * self.scale
        rows_count = -(-len(exercises) // across)
        taller = min(self.spare / rows_count, max(0.0, width * 0.75 - picture_height))
        picture_height += taller
        self.spare -= taller * rows_count
        between = self.spare / 3  # before the habits, the help box and the footnote
        captions = [
            self.document(
                f"<p align='center' class='name'>{_text(e.name)}</p>"
                f"<p align='center' style='font-size:{self.size(DOSE_PT)}pt'>"
                f"<b>{_text(_dose(e))}</b>\u00a0{DAGGER}</p>",
                width,
                SMALL_PT + 0.5,
            )
            for e in exercises
        ]
        rows = [range(i, min(i + across, len(exercises))) for i in range(0, len(exercises), across)]
        row_heights = [
            picture_height + self.pt(3) + max(captions[i].size().height() for i in row)
            for row in rows
        ]
        self.gap(1)
        self.heading(QCoreApplication.translate("Sheet", "Prevention exercises"), row_heights[0])
        for row, height in zip(rows, row_heights, strict=True):
            self.room_for(height)
            for column, index in enumerate(row):
                x = column * (width + gap)
                self.picture(exercises[index], QRectF(x, self.y, width, picture_height))
                self.place(captions[index], x, self.y + picture_height + self.pt(3))
            self.y += height + self.pt(6)
        self.spare_gaps = between

    def habits(self) -> None:
        self.y += self.spare_gaps
        doctor = _doctor_section(self.sheet)
        sections = [s for s in self.sheet.plan.sections if s is not doctor]
        if not sections:
            return
        gap = self.pt(12)
        spacing = self.pt(3)
        layouts = []
        for count in HABIT_COLUMNS:  # the one that takes the least height
            width = (self.width - gap * (count - 1)) / count
            docs = [
                self.document(
                    f"<p><span class='title'>{_text(s.heading)}.</span> "
                    + " ".join(_text(p) for p in s.points)
                    + "</p>",
                    width,
                )
                for s in sections
            ]
            columns = _balanced([d.size().height() + spacing for d in docs], count)
            tallest = max(sum(d.size().height() + spacing for d in docs[c]) for c in columns)
            layouts.append((tallest, width, docs, columns))
        _, width, docs, columns = min(layouts, key=lambda layout: layout[0])
        self.heading(
            self.sheet.plan.title,
            max(sum(d.size().height() + spacing for d in docs[c]) for c in columns),
        )
        top = self.y
        for column, part in enumerate(columns):
            y = top
            for doc in docs[part]:
                self.place(doc, column * (width + gap), y)
                y += doc.size().height() + spacing
            self.y = max(self.y, y)
        self.gap(2)

    def help(self) -> None:
        """The box of when to get help: the routine's "see a doctor" line (the source's advice,
        said once on the sheet), then the warning signs, marked as general guidance."""
        line = _doctor_line(self.sheet)
        section = _doctor_section(self.sheet) if not line else None
        guidance = self.sheet.guidance
        padding = self.pt(6)
        rich = f"<p class='title'>{_text(line)}</p>" if line else ""
        rich += "".join(f"<p>{_text(p)}</p>" for p in (section.points if section else ()))
        rich += (
            f"<p style='margin-top:{self.size(4)}pt'><span class='title'>"
            f"{_text(guidance.heading)}\u00a0{DAGGER}</span></p>"
            "<ul style='margin:0'>"
            + "".join(
                f"<li><b>{_text(sign.sign)}</b> \u2014 {_text(sign.action)}</li>"
                for sign in guidance.signs
            )
            + "</ul>"
        )
        doc = self.document(rich, self.width - 2 * padding)
        height = doc.size().height() + 2 * padding
        self.y += self.spare_gaps
        self.room_for(height)
        self.painter.save()
        pen = QPen(self.ink)
        pen.setWidthF(self.pt(1.6))
        self.painter.setPen(pen)
        self.painter.drawRect(QRectF(0, self.y, self.width, height))
        self.painter.restore()
        self.place(doc, padding, self.y + padding)
        self.y += height + self.pt(4)

    def plan_log(self, plan: WeeklyPlan) -> None:
        """The second page: the weekly plan as a log to fill in by hand, one row per planned
        session (a box for done, room for what was done), and each week's cramps beside them,
        for as many weeks from this one as the page holds."""
        heading = QCoreApplication.translate("Sheet", "My prevention log")
        title = self.document(f"<p class='title'>{_text(heading)}</p>", self.width, TITLE_PT)
        self.place(title, 0, self.y)
        self.y += title.size().height() + self.pt(3)
        if plan.days:
            line = plan_names.schedule_line(plan)
        else:
            line = QCoreApplication.translate(
                "Sheet", "No day planned yet: choose days on the plan screen."
            )
        explain = QCoreApplication.translate(
            "Sheet",
            "Tick each session done and note the sets and reps; count the cramps of each week "
            "beside it, to see whether the plan helps.",
        )
        intro = self.document(f"<p>{_text(line)}</p><p>{_text(explain)}</p>", self.width)
        self.place(intro, 0, self.y)
        self.y += intro.size().height() + self.pt(2)
        self.rule(1.6)
        self.gap(4)
        columns = [  # (heading, share of the width)
            (QCoreApplication.translate("Sheet", "Day"), 0.17),
            (QCoreApplication.translate("Sheet", "Session"), 0.2),
            (QCoreApplication.translate("Sheet", "Done"), 0.08),
            (QCoreApplication.translate("Sheet", "Sets and reps, how it went"), 0.37),
            (QCoreApplication.translate("Sheet", "Cramps this week"), 0.18),
        ]
        x = 0.0
        edges = []
        for heading, share in columns:
            doc = self.document(f"<b>{_text(heading)}</b>", self.width * share - self.pt(4))
            self.place(doc, x + self.pt(2), self.y)
            edges.append(x)
            x += self.width * share
        self.y += self.pt(BODY_PT * 2.2)
        self.rule(0.8)
        monday = self.sheet.today - timedelta(days=self.sheet.today.weekday())
        week = 0
        per_week = max(1, len(plan.days))
        # Each row as tall as its tallest cell: a session's name may take two lines.
        titles = {
            plan_names.session_title(plan.session_on(monday + timedelta(days=7 * w + d)) or "")
            for w in (0, 1)
            for d in plan.days
        }
        cell = self.width * columns[1][1] - self.pt(4)
        tallest = max((self.document(_text(t), cell).size().height() for t in titles), default=0)
        row = max(self.pt(26), tallest + self.pt(10))
        while plan.days and self.y + row * per_week <= self.height:
            top = self.y
            for day in plan.days:
                when = monday + timedelta(days=7 * week + day)
                session = plan.session_on(when) or ""
                cells = [
                    f"{plan_names.day_names()[day]} {self._short_date(when)}",
                    plan_names.session_title(session),
                ]
                for column, text in enumerate(cells):
                    doc = self.document(_text(text), self.width * columns[column][1] - self.pt(4))
                    self.place(doc, edges[column] + self.pt(2), self.y + self.pt(5))
                box = self.pt(11)
                self.painter.drawRect(
                    QRectF(edges[2] + self.pt(6), self.y + (row - box) / 2, box, box)
                )
                self.y += row
                thin = QPen(self.ink)
                thin.setWidthF(self.pt(0.4))
                self.painter.setPen(thin)
                self.painter.drawLine(QPointF(0, self.y), QPointF(edges[4], self.y))
                self.painter.setPen(self.ink)
            for edge in [*edges, self.width]:  # the frame too
                self.painter.drawLine(QPointF(edge, top), QPointF(edge, self.y))
            self.rule(0.8)
            week += 1

    def _short_date(self, day: date) -> str:
        locale = QLocale(self.sheet.language)
        return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)

    def footer(self) -> None:
        notice = QCoreApplication.translate(
            "Sheet",
            "Cramp Coach gives general information from its source article, not medical advice. "
            "If you are unsure, or it hurts, ask a doctor.",
        )
        rich = f"<i>{_text(notice)}</i>"
        # The footnote of the † on the guidance and the doses, then the notice.
        rich = f"{DAGGER} {_text(general_guidance())}.\u2003{rich}"
        rich = f"<p>{rich}</p>"
        doc = self.document(rich, self.width, SMALL_PT)
        self.y += self.spare_gaps
        self.room_for(doc.size().height())
        self.place(doc, 0, self.y)
        self.y += doc.size().height()
