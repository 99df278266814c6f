"""The one thread that owns the speech engine: renders cues to WAV files, most urgent first."""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import queue
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from cramp_coach.speech import wav
from cramp_coach.speech.problems import (
    DID_NOT_START,
    FAILED,
    HUNG,
    NO_CUE_FOLDER,
    with_detail,
)
from cramp_coach.speech.render import Renderer, SpeechUnavailable, Voice

# The lines given up with are English (the source text, also for the log); they are translated
# where they are shown (cramp_coach.speech.problems.translated).
__all__ = ["HUNG", "RenderJob", "RenderWorker"]

log = logging.getLogger(__name__)


_OPEN = "\x00open"  # the key of the job that only opens the engine


def writable(folder: Path) -> bool:
    """Whether a file can be made in folder (a real try: permissions, a read-only or full disk)."""
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0")  # a full disk still lets an empty file be made
            probe.flush()
            return True
    except OSError:
        return False


class _CacheGoneError(Exception):
    """No folder takes the rendered cues (a full disk): speech is off, and that is why."""


class _EngineGoneError(Exception):
    """The engine could not be opened for a render (the app has been told why)."""


@dataclass(order=True)
class RenderJob:
    """One cue to render into path; urgent jobs (a cue asked for now) go first."""

    urgent_first: int
    order: int
    key: str = field(compare=False)
    text: str = field(compare=False)
    voice: str | None = field(compare=False)
    rate: int = field(compare=False)
    path: Path = field(compare=False)

    @property
    def urgent(self) -> bool:
        return self.urgent_first == 0


class RenderWorker(QObject):
    """Runs a Renderer on a daemon thread; results arrive as signals on the GUI thread.

    A watchdog on the GUI thread gives up on the engine when one call takes longer than
    `timeout` seconds: the thread cannot be killed, but it is a daemon and is simply abandoned.
    """

    opened = Signal(list)  # the engine's voices
    rendered = Signal(str, str, float)  # key, WAV path, seconds
    failed = Signal(str)  # one line: what is wrong and how to fix it
    _answered = Signal()

    def __init__(
        self,
        renderer: Renderer,
        wanted: Callable[[str], bool],
        timeout: float = 3.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._wanted = wanted
        self._timeout = timeout
        self._jobs: queue.PriorityQueue[RenderJob] = queue.PriorityQueue()
        self._order = itertools.count()
        self._outstanding = 1  # opening the engine counts as a job
        self._busy_since: float | None = None  # written by the worker thread only
        self._voices: list[Voice] | None = None  # the engine's, once it is open
        self._moved_to: Path | None = None  # the temporary cache, once the cache refused a cue
        self._cache_checked = False
        self._open_now = True
        self._dead = False
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(max(10, int(timeout * 1000 / 4)))
        self._watchdog.timeout.connect(self._check)
        self._answered.connect(self._on_answered)
        self.failed.connect(self._watchdog.stop)
        self._thread = threading.Thread(target=self._run, name="speech-render", daemon=True)

    def start(self, open_now: bool = True) -> None:
        """Starts the thread; with `open_now` False the engine is opened only when a cue is not
        in the cache yet, or its voices are asked for (`open_engine`): a run whose cues were
        all rendered before never loads it."""
        self._open_now = open_now
        if open_now:
            self._watchdog.start()
        else:
            self._outstanding = 0
        self._thread.start()

    def open_engine(self) -> None:
        """Opens the engine now, if it is not open yet; `opened` then gives its voices."""
        self.submit(_OPEN, "", None, 0, Path(), urgent=False)

    def submit(
        self, key: str, text: str, voice: str | None, rate: int, path: Path, urgent: bool
    ) -> None:
        """Queues a render; cheap, never blocks."""
        if self._dead:
            return
        job = RenderJob(0 if urgent else 1, next(self._order), key, text, voice, rate, path)
        self._outstanding += 1
        if not self._watchdog.isActive():
            self._watchdog.start()
        self._jobs.put(job)

    def close(self) -> None:
        """Lets the thread end after its current job; nothing more is reported."""
        self._dead = True
        self._watchdog.stop()
        self._jobs.put(RenderJob(-1, -1, "", "", None, 0, Path()))
        self._renderer.close()  # in its own process, the engine ends now, even when hung

    # -- GUI thread ---------------------------------------------------------------------------

    def _on_answered(self) -> None:
        self._outstanding -= 1
        if self._outstanding <= 0:
            self._watchdog.stop()

    def _check(self) -> None:
        since = self._busy_since
        if since is not None and time.monotonic() - since > self._timeout and not self._dead:
            log.error("speech engine call running for more than %.1f s; giving up", self._timeout)
            self.close()
            self.failed.emit(HUNG)

    # -- worker thread ------------------------------------------------------------------------

    def _open(self) -> bool:
        """Opens the engine once; False (and the app is told why) when it cannot start."""
        if self._voices is not None:
            return True
        try:
            self._busy_since = time.monotonic()
            voices = self._renderer.open()
        except SpeechUnavailable as exc:
            self._give_up(str(exc))
            return False
        except Exception as exc:
            log.exception("speech engine did not start")
            self._give_up(with_detail(DID_NOT_START, exc))
            return False
        finally:
            self._busy_since = None
        self._voices = voices
        if not self._dead:
            self.opened.emit(voices)
        return True

    def _run(self) -> None:
        if self._open_now:
            if not self._open():
                return
            self._report(None)  # the opening counted as a job
        while True:
            job = self._jobs.get()
            if job.urgent_first < 0 or self._dead:
                return
            if job.key == _OPEN:
                if not self._open():
                    return
                self._report(None)
                continue
            if job.urgent and not self._wanted(job.key):
                self._report(None)  # overtaken before it was rendered: drop it
                continue
            try:
                self._busy_since = time.monotonic()
                seconds = self._make(job)
            except _EngineGoneError:
                return  # already reported: the engine did not start
            except _CacheGoneError as exc:
                self._give_up(with_detail(NO_CUE_FOLDER, exc))
                return
            except Exception as exc:
                if self._dead:
                    return  # closed meanwhile: the engine was ended on purpose
                log.exception("could not render %r", job.text)
                self._give_up(with_detail(FAILED, exc))
                return
            finally:
                self._busy_since = None
            self._report(self.rendered, job.key, str(job.path), seconds)

    def _make(self, job: RenderJob) -> float:
        cached = wav.intact_seconds(job.path)  # rendered in an earlier run
        if cached is not None:
            return cached
        if job.path.exists():
            log.warning("re-rendering unreadable cached cue %s", job.path)
        if not self._open():
            raise _EngineGoneError
        if self._moved_to is None and not self._cache_checked:
            self._cache_checked = True
            if not writable(job.path.parent):
                with contextlib.suppress(OSError):  # none: tried as it is, and said below
                    self._move_cache(job.path.parent)
        if self._moved_to is not None:
            job.path = self._moved_to / job.path.name
        while True:
            try:
                return self._render(job)
            except Exception as error:
                if writable(job.path.parent):
                    raise  # the engine's fault
                if self._moved_to == job.path.parent:  # the temporary folder refuses it too
                    raise _CacheGoneError(str(error)) from None
            try:  # the cache refuses files now (full, or made read-only): elsewhere, once
                job.path = self._move_cache(job.path.parent) / job.path.name
            except OSError as error:  # no temporary folder either: the disk, not espeak-ng
                raise _CacheGoneError(str(error)) from None

    def _move_cache(self, folder: Path) -> Path:
        """The cache folder refuses files (read-only, full, gone): new cues go to a temporary
        folder from now on, and speech goes on (cues already in the cache are still read);
        OSError when there is none."""
        self._moved_to = Path(tempfile.mkdtemp(prefix="cramp-coach-cues-"))
        log.warning("cannot write cues to %s; caching them in %s", folder, self._moved_to)
        return self._moved_to

    def _render(self, job: RenderJob) -> float:
        raw = job.path.with_suffix(".raw.wav")
        part = job.path.with_suffix(".part.wav")
        try:
            self._renderer.render(job.text, job.voice, job.rate, raw)
            seconds = wav.trim_silence(raw, part)
            os.replace(part, job.path)  # a cue file is either complete or absent
        finally:
            for leftover in (raw, part):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
        return seconds

    def _report(self, signal: SignalInstance | None, *args: object) -> None:
        if self._dead:
            return
        if signal is not None:
            signal.emit(*args)
        self._answered.emit()

    def _give_up(self, reason: str) -> None:
        if not self._dead:
            self._dead = True
            self.failed.emit(reason)
