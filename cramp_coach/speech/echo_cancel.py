"""The sound server's echo canceller, so voice commands are heard while the app speaks (barge-in).

PulseAudio's `module-echo-cancel` with the WebRTC canceller (PipeWire's pipewire-pulse loads the
same module name as its own echo-cancel) makes a sink and a source: what plays to the sink is
taken out of what the source records from the microphone, and steady noise is suppressed too.
While voice commands listen, the app plays its cues to that sink and records from that source, so
the listener stays unmuted while the app talks. The module is loaded with `pactl` into the user's
server when listening starts and unloaded when it stops; one left by a run that was killed is
unloaded at the next start (its name carries the process id).

Measured (docs/voice-bench.md): a cue under the canceller is 20-40 dB quieter in its source while
a word said over it keeps its level.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass

log = logging.getLogger(__name__)

#: The module's names start with this, then the process id.
PREFIX = "cramp_coach_ec_"

#: The canceller's settings: WebRTC's echo canceller (its extended filter, for the delay of a
#: real room and sound card) and noise suppression; no gain control (the analog one moves the
#: user's microphone volume, the digital one lifted what was left of the cue back up). Measured
#: on a room with a loopback: a cue at RMS ~3,000 left 0-31 with these, up to 1,250 with the
#: digital gain control on, 0-480 without the extended filter.
AEC_ARGS = "noise_suppression=1 analog_gain_control=0 digital_gain_control=0 extended_filter=1"

_TIMEOUT_SECONDS = 5.0


class EchoCancelUnavailableError(Exception):
    """The sound server has no echo canceller for us (no pactl, no module, no server)."""


@dataclass(frozen=True)
class Cancelled:
    """A loaded canceller: play to `sink`, record from `source`."""

    module: int
    sink: str
    source: str


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EchoCanceller:
    """Loads and unloads module-echo-cancel on a PulseAudio (or pipewire-pulse) server.

    `server` is passed to pactl (None: the one libpulse finds); `source_master` and `sink_master`
    are the microphone and the output it cancels (None: the server's defaults). Blocking (a
    pactl run each, about 20-100 ms): call it off the GUI thread.
    """

    def __init__(
        self,
        server: str | None = None,
        source_master: str | None = None,
        sink_master: str | None = None,
        pid: int | None = None,
        suffix: str = "",
    ) -> None:
        self._server = server
        self._source_master = source_master
        self._sink_master = sink_master
        self._pid = os.getpid() if pid is None else pid
        self._suffix = suffix  # several at once in one process (the voice bench's rooms)
        self.loaded: Cancelled | None = None

    def _pactl(self, *args: str) -> str:
        pactl = shutil.which("pactl")
        if pactl is None:
            raise EchoCancelUnavailableError("pactl is not installed (pulseaudio-utils)")
        command = [pactl, *(["-s", self._server] if self._server else []), *args]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=_TIMEOUT_SECONDS, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise EchoCancelUnavailableError(f"pactl failed: {error}") from error
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise EchoCancelUnavailableError(
                f"pactl {args[0]} failed: {detail[-1] if detail else done.returncode}"
            )
        return done.stdout

    def _ours(self) -> list[tuple[int, int]]:
        """(module index, pid) of the cancellers of this app that the server has loaded."""
        found = []
        for line in self._pactl("list", "short", "modules").splitlines():
            fields = line.split("\t")
            if len(fields) < 3 or fields[1] != "module-echo-cancel":
                continue
            match = re.search(rf"source_name={PREFIX}(\d+)_source", fields[2])
            if match and fields[0].isdigit():
                found.append((int(fields[0]), int(match.group(1))))
        return found

    def load(self) -> Cancelled:
        """Loads the canceller (after unloading any left by a run that is gone)."""
        if self.loaded is not None:
            return self.loaded
        for module, pid in self._ours():
            if pid == self._pid or not _alive(pid):
                log.info("unloading an echo canceller left by process %d", pid)
                try:
                    self._pactl("unload-module", str(module))
                except EchoCancelUnavailableError as error:
                    log.info("%s", error)
        name = f"{PREFIX}{self._pid}{self._suffix}"
        sink, source = f"{name}_sink", f"{name}_source"
        args = [
            "module-echo-cancel",
            "aec_method=webrtc",
            f'aec_args="{AEC_ARGS}"',
            f"sink_name={sink}",
            f"source_name={source}",
            "use_master_format=1",
            f"sink_properties=device.description={name}_(echo_cancelled)",
            f"source_properties=device.description={name}_(echo_cancelled)",
        ]
        if self._source_master:
            args.append(f"source_master={self._source_master}")
        if self._sink_master:
            args.append(f"sink_master={self._sink_master}")
        out = self._pactl("load-module", *args).strip()
        if not out.isdigit():
            raise EchoCancelUnavailableError(f"pactl load-module said {out!r}")
        self.loaded = Cancelled(int(out), sink, source)
        log.info("echo canceller loaded: play to %s, listen to %s", sink, source)
        return self.loaded

    def unload(self) -> None:
        """Unloads it (nothing when it is not loaded, or the server is gone)."""
        loaded, self.loaded = self.loaded, None
        if loaded is None:
            return
        try:
            self._pactl("unload-module", str(loaded.module))
        except EchoCancelUnavailableError as error:
            log.info("the echo canceller was not unloaded: %s", error)
