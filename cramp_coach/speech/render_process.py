"""The speech engine in a process of its own, so that its crash never takes the app with it.

espeak-ng ends the process that loaded it when its data is missing or broken (it calls exit(),
and with Qt's threads running that is a segmentation fault): the app then died before first aid
could open. Here pyttsx3 and espeak-ng run in a child process (`python -m` this module) that
answers one JSON line per request on a pipe; when it dies, the request fails with one line and
the app only loses speech.

The child's stdout is the pipe; whatever the engine prints goes to its stderr (the app's).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

from cramp_coach.speech.render import (
    NO_ESPEAK_DATA,
    Pyttsx3Renderer,
    Renderer,
    SpeechUnavailable,
    Voice,
)

log = logging.getLogger(__name__)


def _how_it_ended(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class ProcessRenderer:
    """A Renderer whose engine (`engine`, by default pyttsx3's) runs in a child process.

    Calls come from the speech worker thread; `close` may come from any thread and ends the
    child at once (a hung engine included).
    """

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command or [sys.executable, "-m", __name__]
        self._child: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._closed = False

    def open(self) -> list[Voice]:
        # The package's folder first on the path, so the child imports this same copy.
        package_root = str(Path(__file__).resolve().parents[2])
        python_path = os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))
        with self._lock:
            if self._closed:
                raise SpeechUnavailable(NO_ESPEAK_DATA)
            try:
                self._child = subprocess.Popen(
                    self._command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    encoding="utf-8",
                    env=dict(os.environ, PYTHONPATH=python_path),
                )
            except OSError as exc:
                raise SpeechUnavailable(f"{NO_ESPEAK_DATA}: {exc.strerror}") from exc
        answer = self._answer()
        if answer is None:
            # The engine died while starting: espeak-ng's data is missing or broken.
            raise SpeechUnavailable(NO_ESPEAK_DATA)
        if "unavailable" in answer:
            raise SpeechUnavailable(str(answer["unavailable"]))
        if "error" in answer:
            raise RuntimeError(str(answer["error"]))
        return [Voice(str(i), str(n), tuple(map(str, langs))) for i, n, langs in answer["voices"]]

    def render(self, text: str, voice: str | None, rate: int, path: Path) -> None:
        child = self._child
        if child is None or child.stdin is None:
            raise RuntimeError("render() before open()")
        request = {"text": text, "voice": voice, "rate": rate, "path": str(path)}
        try:
            child.stdin.write(json.dumps(request) + "\n")
            child.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass  # the child is gone: said below, with how it ended
        answer = self._answer()
        if answer is None:
            raise RuntimeError(f"espeak-ng crashed ({_how_it_ended(child.poll())})")
        if "error" in answer:
            raise RuntimeError(str(answer["error"]))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            child, self._child = self._child, None
        if child is not None:
            child.kill()  # nothing it was doing is wanted any more; a hung engine too
            child.wait()
            for pipe in (child.stdin, child.stdout):
                if pipe is not None:
                    with contextlib.suppress(BrokenPipeError):
                        pipe.close()

    def _answer(self) -> dict[str, Any] | None:
        """The child's answer to the last request; None when it died (how is logged)."""
        child = self._child
        if child is None or child.stdout is None:
            return None
        try:
            line = child.stdout.readline()
        except (OSError, ValueError):
            line = ""
        if not line:
            try:
                code = child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                code = child.wait()
            if not self._closed:
                log.error("the speech engine's process ended: %s", _how_it_ended(code))
            return None
        answer: dict[str, Any] = json.loads(line)
        return answer


def serve(requests: IO[str], answers: IO[str], renderer: Renderer) -> None:
    """The child's side: opens the engine, then renders one request a line until stdin ends."""

    def say(answer: dict[str, Any]) -> None:
        answers.write(json.dumps(answer) + "\n")
        answers.flush()

    try:
        voices = renderer.open()
    except SpeechUnavailable as exc:
        say({"unavailable": str(exc)})
        return
    except Exception as exc:
        say({"error": f"{type(exc).__name__}: {exc}"})
        return
    say({"voices": [[v.id, v.name, list(v.languages)] for v in voices]})
    for line in requests:
        job = json.loads(line)
        try:
            renderer.render(job["text"], job["voice"], job["rate"], Path(job["path"]))
        except Exception as exc:
            say({"error": f"{type(exc).__name__}: {exc}"})
        else:
            say({"ok": True})


def main() -> None:
    """The child process: the answers go out on a copy of stdout; stdout itself (what the engine
    or pyttsx3 may print) is pointed at stderr, so nothing else can reach the pipe."""
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    serve(sys.stdin, answers, Pyttsx3Renderer())


if __name__ == "__main__":
    main()
