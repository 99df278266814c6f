"""Fixtures shared by the speech tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cramp_coach.speech.listener import CommandListener


@pytest.fixture
def listeners(qapp: object) -> Iterator[list[CommandListener]]:
    """The listeners a test makes, stopped when it ends (their threads would outlive it)."""
    made: list[CommandListener] = []
    yield made
    for listener in made:
        listener.stop()
