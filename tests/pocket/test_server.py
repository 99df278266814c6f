"""Send to phone's server: the page with its token, nothing else, and it stops by itself."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Iterator

import pytest

from cramp_coach.pocket.server import PocketServer

PAGE = b"<!DOCTYPE html><title>page</title>"


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[PocketServer]:
    serving = PocketServer(
        PAGE, "Cramp", seconds=300, now=clock, host="127.0.0.1", address="127.0.0.1"
    )
    serving.start()
    yield serving
    serving.stop()


def get(server: PocketServer, path: str, method: str = "GET") -> tuple[int, bytes, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, response.read(), response.getheader("Content-Type") or ""
    finally:
        connection.close()


def test_the_page_with_its_token_and_nothing_else(server: PocketServer) -> None:
    token = server.token
    assert len(token) >= 32 and server.url == f"http://127.0.0.1:{server.port}/{token}/"
    status, body, kind = get(server, f"/{token}/")
    assert (status, body, kind) == (200, PAGE, "text/html; charset=utf-8")
    assert get(server, f"/{token}/?from=qr")[0] == 200
    status, body, kind = get(server, f"/{token}/manifest.webmanifest")
    assert status == 200 and json.loads(body)["start_url"] == "./"
    status, body, kind = get(server, f"/{token}/sw.js")
    assert status == 200 and kind == "text/javascript" and b"caches" in body
    assert get(server, f"/{token}/", "HEAD")[:1] == (200,)
    wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
    for path in (
        "/", "/index.html", f"/{token}", f"/{wrong}/", f"/{token}/../", f"/{token}/journal.db",
        f"/{token}/page.js", "/manifest.webmanifest", f"/{token.upper()}/", "//",
    ):  # fmt: skip
        assert get(server, path)[0] in (403, 404), path
    assert get(server, f"/{token}/", "POST")[0] == 501  # read-only
    assert get(server, f"/{token}/", "PUT")[0] == 501


def test_it_stops_after_its_time(server: PocketServer, clock: Clock) -> None:
    assert get(server, f"/{server.token}/")[0] == 200
    clock.t += 299
    assert server.left() == pytest.approx(1)
    assert get(server, f"/{server.token}/")[0] == 200
    clock.t += 1
    assert server.stopped.wait(2), "still serving after its time"
    assert server.left() == 0
    with pytest.raises(OSError):
        get(server, f"/{server.token}/")


def test_stop_stops_at_once(server: PocketServer) -> None:
    started = time.monotonic()
    server.stop()
    assert server.stopped.is_set() and time.monotonic() - started < 1
    with pytest.raises(OSError):
        get(server, f"/{server.token}/")
