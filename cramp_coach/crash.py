"""The safety net: an error no code caught is written to a log file and told in one line.

PySide6 hands an exception raised in a slot, a timer's callback or a Qt virtual to sys.excepthook
and then carries on with the event loop, so the app, and a running routine's state machine and
countdown, go on; Python's own hook would only print it to a terminal the user never sees.
`install` puts a hook in its place, as qutebrowser's and Picard's global exception hooks do: the
traceback goes to the log file in the app's state folder (see paths.log_file), and the user is
told in one line, through the callback the window hands in, what went wrong and where the
details are. KeyboardInterrupt goes to the hook that was there before (SystemExit never reaches
a hook: PySide6 exits as Python does). Nothing here imports the widgets.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import textwrap
import threading
import traceback
from collections.abc import Callable
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cramp_coach.files import private_file, private_folder
from cramp_coach.i18n import fill

LOG_BYTES = 256 * 1024  # the log's size cap; one older file is kept beside it (.1), no more
SHOWN_CHARS = 160  # of the error itself in the line shown: a line, not a traceback
log = logging.getLogger(__name__)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file: made (with its folder) at the first error, never larger than the cap.

    A failed write is kept in `error` for the line shown, never raised or printed: an unwritable
    folder must not become a second error."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=LOG_BYTES, backupCount=1, encoding="utf-8", delay=True)
        self.setFormatter(logging.Formatter("%(asctime)s %(threadName)s %(name)s: %(message)s"))
        self.error: OSError | None = None

    def _open(self) -> TextIOWrapper:
        # The user's alone, as the journal: a traceback can quote what they typed.
        private_folder(Path(self.baseFilename).parent)
        private_file(Path(self.baseFilename))
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        self.error = None
        super().emit(record)  # calls handleError instead of raising

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        error = sys.exc_info()[1]
        self.error = error if isinstance(error, OSError) else OSError(str(error))


class SafetyNet(QObject):
    """The installed hook: logs an uncaught error and shows one line about it; `uninstall` ends it.

    The line goes out through a signal, so an error raised on a worker thread is shown on the
    GUI thread. An error while showing one (the callback raised) is only logged: never a loop."""

    shown = Signal(str)

    def __init__(self, show: Callable[[str], object], log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self._file = _LogFile(log_file)
        self._installed = False
        self._busy = threading.Lock()  # held while one error is logged and shown
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.shown.connect(show)

    def install(self) -> SafetyNet:
        """Takes over sys.excepthook and threading.excepthook (an error on a plain Python
        thread: the speech workers, the sound outputs), keeping the hooks before for what
        they do not handle."""
        self._previous = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        log.addHandler(self._file)
        self._installed = True
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook while installed: as sys.excepthook (a thread's SystemExit is
        not an error: as without the net)."""
        if issubclass(args.exc_type, SystemExit):
            self._previous_thread_hook(args)
            return
        error = args.exc_value if args.exc_value is not None else args.exc_type()
        self.excepthook(args.exc_type, error, args.exc_traceback)

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook while installed."""
        if not issubclass(kind, Exception):  # Ctrl+C (KeyboardInterrupt): as without the net
            self._previous(kind, error, trace)
            return
        if not self._busy.acquire(blocking=False):
            # Raised while the first is shown (or, rarely, on two threads at once): logged only.
            log.error("Uncaught exception, while handling another", exc_info=(kind, error, trace))
            return
        try:
            log.error("Uncaught exception", exc_info=(kind, error, trace))
            self.shown.emit(self.line(error, self._file.error))
        finally:
            self._busy.release()

    def line(self, error: BaseException, unwritten: OSError | None) -> str:
        """What the user reads: the error in short, that the app goes on, where the details are."""
        what = "".join(traceback.format_exception_only(type(error), error))
        what = textwrap.shorten(what, SHOWN_CHARS, placeholder=" …")  # one line
        if unwritten is None:
            text = QCoreApplication.translate(
                "SafetyNet",
                "Something went wrong (%1). Cramp Coach carries on; the details are in %2.",
            )
            return fill(text, what, self.log_file)
        text = QCoreApplication.translate(
            "SafetyNet",
            "Something went wrong (%1). Cramp Coach carries on; the details could not be "
            "written to %2 (%3).",
        )
        return fill(text, what, self.log_file, unwritten.strerror or unwritten)

    def uninstall(self) -> None:
        """Puts back the hook that was there before (unless another has replaced this one);
        once (the app's aboutToQuit may come after a test's own uninstall)."""
        if not self._installed:
            return
        self._installed = False
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        log.removeHandler(self._file)
        self._file.close()
        self.shown.disconnect()


def install(show: Callable[[str], object], log_file: Path) -> SafetyNet:
    """From now on, an error no code caught is logged to `log_file` and told through `show`."""
    return SafetyNet(show, log_file).install()
