"""The command line: parses arguments, checks the content and the display, then starts the app;
or, with the `sheet` sub-command, writes the printable routine sheet without opening a window.

No Qt widgets are imported at the top level, so `--help`, `--version` and every error message
work without a display and without loading Qt.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cramp_coach import __version__, i18n
from cramp_coach.content import ContentError, Routine, load_routine
from cramp_coach.content.assets import default_routine_file

if TYPE_CHECKING:
    from cramp_coach.plan.schedule import WeeklyPlan

PROG = "cramp-coach"
EXIT_USAGE = 2


class UsageError(Exception):
    """Something the user gave on the command line or in the environment cannot be used."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line (with where to look), not usage plus error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def output_file(text: str) -> Path:
    """An -o argument: a file name (Path("") would be the current folder, ".")."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty file name: give the name of a file to write")
    return Path(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Guided first aid for a hamstring cramp, and a plan to prevent the next one.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--hold-seconds",
        type=int,
        metavar="N",
        help="hold each stretch for N seconds, 5 to 60 (default: the saved setting, else 30)",
    )
    parser.add_argument(
        "--routine",
        type=Path,
        metavar="FILE",
        help="guide through this routine file instead of the built-in one",
    )
    parser.add_argument(
        "--hands-free",
        action="store_true",
        default=None,
        help="run the routine with no input: every question times out to its safe default",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    sheet = commands.add_parser(
        "sheet",
        help="write the printable routine sheet as a PDF (needs no display)",
        description="Write the printable routine sheet (first aid, prevention exercises, daily "
        "habits) as a one-page PDF, without opening a window.",
    )
    sheet.add_argument(
        "-o",
        "--output",
        type=output_file,
        required=True,
        metavar="FILE",
        help="the PDF file to write",
    )
    sheet.add_argument(
        "--paper", choices=["a4", "letter"], default="a4", help="paper size (default: a4)"
    )
    sheet.add_argument(
        "--hold-seconds",
        type=int,
        metavar="N",
        # SUPPRESS: without it the sub-command's default would overwrite `--hold-seconds N sheet`.
        default=argparse.SUPPRESS,
        help="the hold length to print, 5 to 60 (default: the saved setting, else 30)",
    )
    sheet.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        help="the language to print it in: "
        + ", ".join(f"{code} ({i18n.language_name(code)})" for code in i18n.LANGUAGES)
        + " (default: the system's language, else en)",
    )
    sheet.add_argument(
        "--plan-log",
        action="store_true",
        help="add a second page: your weekly plan (as set on the plan screen) as a log to fill in",
    )
    sheet.add_argument(
        "--qr",
        metavar="ADDRESS",
        help="print a QR code of this address on the sheet (the phone page's, from Send to phone)",
    )
    pocket = commands.add_parser(
        "pocket",
        help="write the routine as one phone page (HTML that works offline, needs no display)",
        description="Write the guided routine, its timers and the prevention exercises as one "
        "self-contained HTML page to open on a phone: nothing is fetched from the network.",
    )
    pocket.add_argument(
        "-o",
        "--output",
        type=output_file,
        required=True,
        metavar="FILE",
        help="the HTML file to write",
    )
    pocket.add_argument(
        "--hold-seconds",
        type=int,
        metavar="N",
        default=argparse.SUPPRESS,
        help="the hold length, 5 to 60 (default: the saved setting, else 30)",
    )
    pocket.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        help="the page's language (default: the system's language, else en)",
    )
    journal = commands.add_parser(
        "journal",
        help="print the cramp journal, or export it for your doctor or coach",
        description="Print the episodes of the cramp journal and the prevention sessions, "
        "newest first, or export them (each episode with its step timeline, each session with "
        "its sets) as CSV or JSON; or merge a JSON export back in.",
    )
    journal.add_argument("--export", choices=["csv", "json"], help="write the journal as FILE")
    journal.add_argument(
        "-o", "--output", type=output_file, metavar="FILE", help="with --export; - writes to stdout"
    )
    plan = commands.add_parser(
        "plan",
        help="print the prevention plan, or write it as a calendar file",
        description="Print the weekly prevention plan (as set on the plan screen) and its next "
        "reminder, or write it as an iCalendar file with weekly recurring events and an alarm, "
        "for a phone's or a desktop's calendar.",
    )
    plan.add_argument("--ics", action="store_true", help="write the plan as an iCalendar file")
    plan.add_argument(
        "-o", "--output", type=output_file, metavar="FILE", help="with --ics; - writes to stdout"
    )
    journal.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help="merge a JSON export into the journal (what it has already is not added again)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(name)s: %(message)s",
    )
    if args.command == "sheet":
        return _write_sheet(args)
    if args.command == "journal":
        return _journal(args)
    if args.command == "plan":
        return _plan(args)
    if args.command == "pocket":
        return _write_pocket(args)
    try:
        # The routine as its file has it: --hold-seconds is this run's choice, applied to each
        # run through the context, so Settings still quotes the source's own figure.
        routine = _routine(args.routine, args.hold_seconds, keep_hold=True)
        _check_display()
    except (ContentError, UsageError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE

    from cramp_coach.app import run_app  # Qt is loaded only once the arguments are known good

    return run_app(
        routine,
        hold_override=args.hold_seconds,
        hands_free=args.hands_free,
        routine_for=lambda language: _routine(
            args.routine, args.hold_seconds, language, keep_hold=True
        ),
    )


def _routine(
    path: Path | None, hold_seconds: int | None, language: str = "en", keep_hold: bool = False
) -> Routine:
    """The routine file, with the hold checked against its limits and (unless `keep_hold`,
    which keeps the file's own figure) set to `hold_seconds`."""
    try:
        routine = load_routine(path if path is not None else default_routine_file(), language)
    except RecursionError:  # tomllib on tables nested thousands deep
        raise UsageError(f"{path}: nested too deeply to be a routine file") from None
    if hold_seconds is not None:
        try:
            held = routine.with_hold_seconds(hold_seconds)
        except ValueError as error:
            raise UsageError(f"--hold-seconds: {error}") from None
        if not keep_hold:
            routine = held
    return routine


def _offscreen_content(args: argparse.Namespace, language: str, fonts: bool) -> Routine | None:
    """For a file written without a window (the sheet, the phone page): the routine with its
    file's own hold (the chosen one goes beside it), and a Qt application on the offscreen
    platform speaking `language` (`fonts`: a QGuiApplication, which a PDF needs); a bad
    routine or hold: one line, and None."""
    try:
        routine = _routine(args.routine, args.hold_seconds, language, keep_hold=True)
    except (ContentError, UsageError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return None
    # Fonts, not a screen: without a platform chosen, never try to reach one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication([PROG]) if fonts else QCoreApplication([PROG])
    i18n.install(app, language)  # the file's own words, in the language of its content
    return routine


def _write_sheet(args: argparse.Namespace) -> int:
    """The `sheet` sub-command: the PDF on the offscreen platform, then where it went."""
    language = args.language or i18n.system_language()
    if args.qr is not None and (
        not args.qr.startswith(("http://", "https://")) or len(args.qr) > 500
    ):
        print(f"{PROG}: --qr: not a web address: {args.qr[:80]!r}", file=sys.stderr)
        return EXIT_USAGE
    # The file's own hold stays in the routine: the sheet prints the chosen one beside it.
    routine = _offscreen_content(args, language, fonts=True)
    if routine is None:
        return EXIT_USAGE
    from cramp_coach.sheet import SheetError, write_pdf

    try:
        written = write_pdf(
            args.output,
            paper=args.paper,
            hold_seconds=args.hold_seconds,
            routine=routine,
            language=language,
            plan_log=_saved_plan() if args.plan_log else None,
            qr=args.qr or "",
        )
    except (SheetError, ContentError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE
    from cramp_coach.content.guidance import shipped_guidance

    problem = shipped_guidance(language)[1]
    if problem:  # printed all the same, with the warning signs in English
        print(f"{PROG}: the warning signs are in English: {problem}", file=sys.stderr)
    print(f"Wrote the routine sheet ({args.paper.upper()}) to {written.resolve()}")
    return 0


def _saved_plan() -> WeeklyPlan:
    """The plan the plan screen keeps; a bad setting: one line, and the default plan."""
    from cramp_coach.settings import Settings

    settings = Settings()
    plan = settings.plan()
    for warning in settings.warnings:
        print(f"{PROG}: {warning}", file=sys.stderr)
    return plan


def _write_pocket(args: argparse.Namespace) -> int:
    """The `pocket` sub-command: the phone page, written as an export is (whole or not at all)."""
    language = args.language or i18n.system_language()
    routine = _offscreen_content(args, language, fonts=False)
    if routine is None:
        return EXIT_USAGE
    from cramp_coach.files import WriteError, write_file
    from cramp_coach.paths import user_exercise_folder
    from cramp_coach.pocket.page import PageError, PageOptions, build_page
    from cramp_coach.settings import Settings

    hold = routine.hold
    seconds = args.hold_seconds
    if seconds is None:
        seconds = Settings().hold_seconds(hold.seconds, hold.min_seconds, hold.max_seconds)
    options = PageOptions(language, seconds, user_exercise_folder())
    try:
        page = build_page(options, routine)
        write_file(args.output, page, mode=0o644)
    except (ContentError, PageError, WriteError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Wrote the phone page ({len(page) // 1024} kB) to {args.output.resolve()}")
    return 0


def _journal(args: argparse.Namespace) -> int:
    """The `journal` sub-command: print it, or write it as CSV or JSON (`-o -`: to stdout)."""
    if (args.export is None) != (args.output is None):
        print(f"{PROG}: journal: --export and -o go together", file=sys.stderr)
        return EXIT_USAGE
    if args.import_file is not None:
        if args.export is not None:
            print(f"{PROG}: journal: --import and --export are separate runs", file=sys.stderr)
            return EXIT_USAGE
        return _import_journal(args.import_file)
    from cramp_coach.journal.export import sessions_text, to_csv, to_json, to_text
    from cramp_coach.journal.store import Journal, JournalError
    from cramp_coach.paths import journal_file

    path = journal_file()
    try:
        journal = Journal.open(path)
    except JournalError as error:
        try:  # a read-only folder or disk: what is in the journal can still be read
            journal = Journal.open_read_only(path)
        except JournalError:
            print(f"{PROG}: {error}", file=sys.stderr)
            return EXIT_USAGE
        print(f"{PROG}: {error} (read as it is)", file=sys.stderr)
    try:
        if journal.moved_aside:
            print(f"{PROG}: {journal.moved_aside}", file=sys.stderr)
        episodes = journal.episodes()
        sessions = journal.preventions()  # adds its own unreadable rows to the episodes'
        for line in journal.unreadable:
            print(f"{PROG}: {line}", file=sys.stderr)
    finally:
        journal.close()
    if args.export is None:
        print(to_text(episodes), end="")
        print(sessions_text(sessions), end="")
        return 0
    text = to_json(episodes, sessions) if args.export == "json" else to_csv(episodes, sessions)
    return _write_output(
        args.output, text, f"{len(episodes)} episodes and {len(sessions)} sessions"
    )


def _write_output(target: Path, text: str, what: str) -> int:
    """`text` to the file `-o` named (`-`: stdout), then where it went; a file that cannot be
    written: one line saying why."""
    from cramp_coach.files import WriteError, write_file

    if str(target) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    try:
        write_file(target, text.encode("utf-8"))
    except WriteError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Wrote {what} to {target.resolve()}")
    return 0


def _plan(args: argparse.Namespace) -> int:
    """The `plan` sub-command: the plan and its next reminder, or (--ics -o) the calendar."""
    if args.ics != (args.output is not None):
        print(f"{PROG}: plan: --ics and -o go together", file=sys.stderr)
        return EXIT_USAGE
    from datetime import datetime

    from PySide6.QtCore import QCoreApplication

    from cramp_coach.plan import names
    from cramp_coach.plan.ics import calendar

    app = QCoreApplication.instance() or QCoreApplication([PROG])
    i18n.install(app, i18n.system_language())
    plan = _saved_plan()
    now = datetime.now()
    if args.ics:
        text = calendar(plan, now.date(), names.reminder_text)
        return _write_output(args.output, text, "the plan as a calendar")
    print(names.plan_line(plan, now))
    return 0


def _import_journal(source: Path) -> int:
    """`journal --import FILE.json`: merges an export; a bad file changes nothing."""
    from cramp_coach.journal.importer import ImportRefusedError, read_export
    from cramp_coach.journal.store import Journal, JournalError
    from cramp_coach.paths import journal_file

    try:
        episodes, sessions = read_export(source)
    except ImportRefusedError as error:
        print(f"{PROG}: {error} (nothing was imported)", file=sys.stderr)
        return EXIT_USAGE
    try:
        with Journal.open(journal_file()) as journal:
            if journal.moved_aside:
                print(f"{PROG}: {journal.moved_aside}", file=sys.stderr)
            added = journal.merge(episodes, sessions)
    except (JournalError, ValueError) as error:
        print(f"{PROG}: {source}: {error} (nothing was imported)", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"Imported {added[0]} of {len(episodes)} episodes and {added[1]} of {len(sessions)} "
        f"sessions from {source.resolve()} (the rest were in the journal already)"
    )
    return 0


def _check_display() -> None:
    """Says in one line that there is no screen, instead of letting Qt abort."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return  # offscreen, vnc, eglfs...: Qt needs no display server
    if os.environ.get("WAYLAND_DISPLAY") and not platform.startswith("xcb"):
        return
    display = os.environ.get("DISPLAY", "")
    if not display:
        raise UsageError(
            "no display found (DISPLAY is not set). Run it on a desktop, "
            f"or on a virtual screen: xvfb-run {_this_command()}"
        )
    host, _, number = display.partition(":")
    number = number.split(".")[0]
    local = host in ("", "unix", "localhost")
    if local and number.isdigit() and not Path(f"/tmp/.X11-unix/X{number}").exists():
        raise UsageError(
            f"cannot reach the display {display} (no X server is listening there). "
            f"Run it on a desktop, or on a virtual screen: xvfb-run {_this_command()}"
        )


def _this_command() -> str:
    """How to start this same program again from a shell: `cramp-coach` when that name finds
    it on PATH, else the launcher's full path (e.g. .venv/bin/cramp-coach before the set-up's
    link is on PATH), else this Python with -m."""
    import shlex
    import shutil

    launcher = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    found = shutil.which(PROG)
    if launcher is not None and launcher.name == PROG and launcher.is_file():
        if found is not None and Path(found).resolve() == launcher.resolve():
            return PROG
        return shlex.quote(str(launcher.resolve()))
    if found is not None:
        return PROG
    return f"{shlex.quote(sys.executable)} -m cramp_coach"
