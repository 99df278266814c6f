"""Sent to a phone: the served page registers its service worker in a real Chromium, and opens
again once the server has stopped (offline, as from the home screen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bench.chromium import Chromium
from cramp_coach.content import Routine
from cramp_coach.pocket.page import PageOptions, build_page
from cramp_coach.pocket.server import PocketServer


def test_the_served_page_works_offline_once_opened(
    browser: Chromium, routine: Routine, qapp: QCoreApplication
) -> None:
    page = build_page(PageOptions(served=True), routine)
    # http://127.0.0.1 is a secure context, as a phone's page is once added to its home screen.
    server = PocketServer(page, routine.title, host="127.0.0.1", address="127.0.0.1").start()
    try:
        since = browser.mark()
        browser.open(server.url)
        assert browser.evaluate("navigator.serviceWorker.ready.then(() => true)")
        kept = browser.evaluate(
            "caches.open('cramp-coach-pocket').then(c => c.keys()).then(k => k.map(r => r.url))"
        )
        assert set(kept) == {server.url, server.url + "manifest.webmanifest"}
        asked = {u for u in browser.requests(since) if not u.startswith("data:")}
        assert asked <= {server.url, server.url + "manifest.webmanifest", server.url + "sw.js"}
    finally:
        server.stop()
    assert server.stopped.is_set()
    browser.open(server.url)  # the server is gone: the service worker answers
    assert browser.evaluate("document.title") == routine.title
    browser.click('button[data-act="start"]')
    assert browser.evaluate("CrampPocket.state().step") == routine.steps[0].id
