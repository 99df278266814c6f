"""Send to phone: the phone page served on the local network for a few minutes.

Only on the user's action, only that page (with its web app manifest and service worker, for
"add to home screen" and offline use), read-only (GET and HEAD), under an unguessable token in
the path (secrets.token_urlsafe): any other path, the token missing or wrong, is 404. It stops by
itself when its time is up (the time comes from `now`, so a test moves it on). It serves from a
thread of its own, never the GUI thread. Nothing else of the app (the journal above all) is
reachable through it.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import socket
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

from cramp_coach.content.assets import asset

log = logging.getLogger(__name__)

SERVE_SECONDS = 5 * 60  # long enough to scan the code and add the page to the home screen
POLL_SECONDS = 0.1  # how often the serving thread looks at the time


class ServeError(Exception):
    """The page cannot be served (no port to listen on); one line."""


def local_address() -> str:
    """This machine's address on the local network: the one a packet to a private address would
    leave from (nothing is sent); 127.0.0.1 when there is no network."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address: str = probe.getsockname()[0]
        except OSError:
            address = "127.0.0.1"
    return address


def manifest(title: str) -> bytes:
    """The web app manifest: the page opens full screen from the home screen, with the app's
    icon (inline, as a data: address, so nothing more is served)."""
    icon = base64.b64encode(asset("icons", "cramp-coach-256.png").read_bytes()).decode()
    return json.dumps(
        {
            "name": title,
            "short_name": "Cramp Coach",
            "start_url": "./",
            "scope": "./",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#0b5cad",
            "icons": [
                {"src": f"data:image/png;base64,{icon}", "sizes": "256x256", "type": "image/png"}
            ],
        },
        ensure_ascii=False,
    ).encode()


class PocketServer:
    """Serves one page at http://<address>:<port>/<token>/ until `seconds` have passed."""

    def __init__(
        self,
        page: bytes,
        title: str,
        seconds: float = SERVE_SECONDS,
        now: Callable[[], float] = time.monotonic,
        host: str = "0.0.0.0",
        address: str | None = None,
    ) -> None:
        self.token = secrets.token_urlsafe(24)
        self.now = now
        self.deadline = now() + seconds
        prefix = f"/{self.token}/"
        files = {
            prefix: (page, "text/html; charset=utf-8"),
            prefix + "manifest.webmanifest": (manifest(title), "application/manifest+json"),
            prefix + "sw.js": (asset("pocket", "sw.js").read_bytes(), "text/javascript"),
        }
        owner = self

        class Handler(_Handler):
            served: ClassVar[dict[str, tuple[bytes, str]]] = files
            server_owner: ClassVar[PocketServer] = owner

        try:
            self.httpd = ThreadingHTTPServer((host, 0), Handler)
        except OSError as error:
            raise ServeError(f"cannot listen on the local network ({error.strerror})") from None
        self.httpd.timeout = POLL_SECONDS
        self.port = self.httpd.server_address[1]
        self.url = f"http://{address or local_address()}:{self.port}{prefix}"
        self._stop = threading.Event()
        self.stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="send-to-phone", daemon=True)

    def start(self) -> PocketServer:
        self._thread.start()
        return self

    def left(self) -> float:
        """Seconds until it stops by itself (0 once stopped)."""
        return 0.0 if self._stop.is_set() else max(0.0, self.deadline - self.now())

    @property
    def expired(self) -> bool:
        return self._stop.is_set() or self.now() >= self.deadline

    def stop(self, wait: bool = True) -> None:
        """Stops serving: the thread sees it within POLL_SECONDS and closes the port (`wait`:
        until it has; the window does not wait)."""
        self._stop.set()
        if self._thread.ident is None:  # never started: only the port to give back
            self.httpd.server_close()
            self.stopped.set()
        if wait and self._thread.is_alive():
            self._thread.join(2 * POLL_SECONDS + 1)

    def _serve(self) -> None:
        try:
            while not self.expired:
                self.httpd.handle_request()  # one request, or POLL_SECONDS of nothing
        finally:
            self.httpd.server_close()
            self.stopped.set()
            log.debug("send to phone: stopped")


class _Handler(BaseHTTPRequestHandler):
    served: ClassVar[dict[str, tuple[bytes, str]]] = {}
    server_owner: ClassVar[PocketServer]
    server_version = "CrampCoach"
    sys_version = ""

    def do_GET(self) -> None:
        self._answer(body=True)

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def _answer(self, body: bool) -> None:
        path = self.path.split("?", 1)[0]
        found = self.served.get(path)
        if found is None or self.server_owner.expired:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        data, kind = found
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("send to phone: %s", format % args)
