"""A real headless Chromium (Debian's `chromium`), driven with the DevTools protocol over a pipe.

`--remote-debugging-pipe` makes Chromium read commands from its fd 3 and write answers and events
to its fd 4, as JSON messages ended by a NUL byte: no websocket, no port, no library beyond the
standard one. Used by the phone page's tests (tests/pocket/) and `make bench`.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

EXECUTABLE = "chromium"
# As root Chromium needs --no-sandbox; the rest keep it from reaching for Google's servers (this
# machine's network is closed, and a test must not depend on one).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--remote-debugging-pipe",
)


class ChromiumError(Exception):
    """Chromium is missing, did not answer in time, or answered with an error."""


def executable() -> str | None:
    return shutil.which(EXECUTABLE)


class Chromium:
    """One browser with one page (a tab), attached with a flat session."""

    def __init__(self, width: int = 390, height: int = 844, timeout: float = 20.0) -> None:
        found = executable()
        if found is None:
            raise ChromiumError("no chromium on PATH (Debian package chromium)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="cramp-coach-chromium-")
        to_chromium, self._write = os.pipe()
        self._read, from_chromium = os.pipe()
        # fd 3 and fd 4 in Chromium, through bash's redirections (dash takes no fd above 9).
        script = f'exec "$0" "$@" 3<&{to_chromium} 4>&{from_chromium}'
        self.log = Path(self.profile, "chromium.log")
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                ["bash", "-c", script, found, *FLAGS, f"--user-data-dir={self.profile}"],
                pass_fds=(to_chromium, from_chromium),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        os.close(to_chromium)
        os.close(from_chromium)
        self._next = 0
        self._answers: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._lock = threading.Condition()
        self._reader = threading.Thread(target=self._read_messages, daemon=True)
        self._reader.start()
        self.session = ""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        attached = self.send("Target.attachToTarget", targetId=target, flatten=True)
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Network"):
            self.send(f"{domain}.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=True,
        )

    # -- the protocol -----------------------------------------------------------------------------
    def _read_messages(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._read, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                with self._lock:
                    self._lock.notify_all()
                return
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._lock:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._answers[message["id"]] = message
                    else:
                        self.events.append(message)
                self._lock.notify_all()

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """One command, to the page's session once attached; its result."""
        with self._lock:
            self._next += 1
            number = self._next
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self.session
        try:
            os.write(self._write, json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            raise ChromiumError(f"{method}: chromium has ended: {self._last_words()}") from None
        deadline = time.monotonic() + self.timeout
        with self._lock:
            while number not in self._answers:
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise ChromiumError(f"{method}: no answer from chromium: {self._last_words()}")
                self._lock.wait(left)
            answer = self._answers.pop(number)
        if "error" in answer:
            raise ChromiumError(f"{method}: {answer['error'].get('message')}")
        result: dict[str, Any] = answer.get("result", {})
        return result

    def wait_for(self, method: str, after: int = 0) -> dict[str, Any]:
        """The first event `method` among those from index `after` on, waiting for it."""
        deadline = time.monotonic() + self.timeout
        with self._lock:
            while True:
                for event in self.events[after:]:
                    if event.get("method") == method:
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ChromiumError(f"no {method} from chromium")
                self._lock.wait(left)

    def _last_words(self) -> str:
        try:
            lines = self.log.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "(no log)"
        return lines[-1] if lines else "(nothing in its log)"

    # -- what the tests do with a page -------------------------------------------------------------
    def before_each_page(self, source: str) -> None:
        """Script run in every new document before its own (a test's clock and speech hooks)."""
        self.send("Page.addScriptToEvaluateOnNewDocument", source=source)

    def open(self, url: str) -> None:
        """Navigates and waits for the load event."""
        mark = self.mark()
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired", mark)

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise ChromiumError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real tap on the element (mouse press and release at its middle), after scrolling it
        into view; ChromiumError when there is no such element."""
        where = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " if (!e) return null; e.scrollIntoView({block: 'center'});"
            " const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        if where is None:
            raise ChromiumError(f"nothing to tap: {selector}")
        x, y = where
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def color_scheme(self, scheme: str) -> None:
        self.send(
            "Emulation.setEmulatedMedia",
            features=[{"name": "prefers-color-scheme", "value": scheme}],
        )

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def mark(self) -> int:
        """Where the events are now, for `requests(since=...)`."""
        with self._lock:
            return len(self.events)

    def requests(self, since: int = 0) -> list[str]:
        """Every address the page asked for (DevTools' Network events) since the mark."""
        with self._lock:
            return [
                event["params"]["request"]["url"]
                for event in self.events[since:]
                if event.get("method") == "Network.requestWillBeSent"
            ]

    def close(self) -> None:
        with contextlib.suppress(ChromiumError):
            self.send("Browser.close")
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._write)
        self._reader.join(5)
        os.close(self._read)
        shutil.rmtree(self.profile, ignore_errors=True)
