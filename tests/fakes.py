"""Fakes for the engines: a clock that only moves when a test moves it."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from cramp_coach.plan.notify import Notifier
from cramp_coach.speech.render import Voice


@dataclass(order=True)
class _Pending:
    when: float
    order: int
    callback: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)

    def cancel(self) -> None:
        self.cancelled = True


class ManualClock:
    """A Clock whose time moves only by advance(); due alarms run at exactly their time."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._pending: list[_Pending] = []
        self._order = itertools.count()
        self.fired: list[float] = []  # when each alarm ran, to check timing

    def now(self) -> float:
        return self._now

    def call_at(self, when: float, callback: Callable[[], None]) -> _Pending:
        pending = _Pending(when, next(self._order), callback)
        heapq.heappush(self._pending, pending)
        return pending

    def advance(self, seconds: float, settle: Callable[[], None] | None = None) -> None:
        """Moves time forward, running each due alarm at its own time, in order.

        `settle` runs after each alarm (e.g. to let Qt deliver the events the alarm posted).
        """
        end = self._now + seconds
        while self._pending and self._pending[0].when <= end:
            pending = heapq.heappop(self._pending)
            if pending.cancelled:
                continue
            self._now = max(self._now, pending.when)
            self.fired.append(self._now)
            pending.callback()
            if settle is not None:
                settle()
        self._now = max(self._now, end)  # a subclass's time may have moved on past the end

    @property
    def next_alarm(self) -> float | None:
        live = [p.when for p in self._pending if not p.cancelled]
        return min(live) if live else None


class BusyClock(ManualClock):
    """A ManualClock that behaves like the real one in two ways that matter at a second's edge:
    time moves on by `per_reading` at every now() (code takes time to run), and an alarm runs
    `early` seconds before its time (a millisecond timer can wake a fraction of one early)."""

    def __init__(self, early: float, per_reading: float, start: float = 1000.0) -> None:
        super().__init__(start)
        self.early = early
        self.per_reading = per_reading

    def now(self) -> float:
        self._now += self.per_reading
        return self._now

    def call_at(self, when: float, callback: Callable[[], None]) -> _Pending:
        return super().call_at(when - self.early, callback)


@dataclass(frozen=True)
class SpeechEvent:
    """One call on a FakeSpeaker: what ("say", "stop", "beep"), the text, and when."""

    what: str
    text: str
    at: float | None  # the fake clock's time, when the speaker was given a clock
    order: int
    audible: bool  # False when muted or when speech was off


class FakeSpeaker(QObject):
    """A Speaker that records each say/stop/beep with its time; cue lengths are set by the test.

    `raises` makes every say/stop/beep/mute raise it (a faulty engine the caller must survive);
    `on_say` runs inside say(), e.g. to move the clock on as a slow engine would. Its signals are
    the real speaker's: a test emits `unavailable`, `available` or `playingChanged` itself.
    """

    unavailable = Signal(str)
    available = Signal()
    voicesChanged = Signal()  # noqa: N815 (Qt naming)
    playingChanged = Signal(bool)  # noqa: N815 (Qt naming)

    def __init__(
        self,
        clock: ManualClock | None = None,
        durations: dict[str, float] | None = None,
        default_duration: float | None = None,
    ) -> None:
        super().__init__()
        self.clock = clock
        self.durations = dict(durations or {})
        self.default_duration = default_duration
        self.muted = False
        self.problem: str | None = None
        self.events: list[SpeechEvent] = []
        self.prepared: list[str] = []
        self.raises: BaseException | None = None
        self.on_say: Callable[[str], None] | None = None
        self._order = itertools.count()
        self.voices = [Voice("en-gb", "English (Great Britain)"), Voice("de", "German")]
        self.voice: str | None = None
        self.rate = 175
        self.volume = 1.0
        self.warmed_up = False
        self.closed = False

    def _record(self, what: str, text: str = "") -> None:
        if self.raises is not None:
            raise self.raises
        at = self.clock.now() if self.clock is not None else None
        audible = not self.muted and (self.problem is None or what == "beep")
        self.events.append(SpeechEvent(what, text, at, next(self._order), audible))

    def say(self, text: str) -> None:
        self._record("say", text)
        if self.on_say is not None:
            self.on_say(text)

    def stop(self) -> None:
        self._record("stop")

    def beep(self) -> None:
        self._record("beep")

    def duration(self, text: str) -> float | None:
        return self.durations.get(text, self.default_duration)

    def prepare(self, texts: Iterable[str], replace: bool = False) -> None:
        if replace:
            self.prepared.clear()
        self.prepared.extend(texts)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if muted:
            self._record("stop")

    def set_voice(self, voice: str | None) -> None:
        self.voice = voice or None

    def set_rate(self, rate: int) -> None:
        self.rate = rate

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def load_voices(self) -> None:
        """The voices are known at once: says so, as the real speaker does when its engine opens."""
        self.voicesChanged.emit()

    def warm_up(self) -> None:
        self.warmed_up = True

    def close(self) -> None:
        self.closed = True

    @property
    def spoken(self) -> list[str]:
        """The cues a user would have heard, in order."""
        return [e.text for e in self.events if e.what == "say" and e.audible]

    def spoken_at(self) -> list[tuple[float | None, str]]:
        """(time, text) of each cue a user would have heard."""
        return [(e.at, e.text) for e in self.events if e.what == "say" and e.audible]


class FakeNotifier(Notifier):
    """Records each notification; the test answers it (`answer`) or makes it fail (`fail`)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str, str, dict[str, str]]] = []

    def show(self, session_id: str, title: str, body: str, actions: dict[str, str]) -> None:
        self.shown.append((session_id, title, body, actions))

    def answer(self, action: str) -> None:
        self.actionInvoked.emit(self.shown[-1][0], action)

    def fail(self, why: str) -> None:
        self.problem = why
        self.unavailable.emit(why)
