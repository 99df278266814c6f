#!/usr/bin/env bash
# Makes sure there is an audio output to play into: on a machine without a sound card (CI, a
# server), a PulseAudio daemon with a null sink, so the speech figures measure real playback.
set -eu
if pactl info >/dev/null 2>&1; then exit 0; fi
pulseaudio -D --exit-idle-time=-1 --disallow-exit 2>/dev/null || true
for _ in 1 2 3 4 5 6 7 8 9 10; do pactl info >/dev/null 2>&1 && break; sleep 0.3; done
if ! pactl list short sinks | grep -q .; then
  pactl load-module module-null-sink sink_name=bench >/dev/null
  pactl set-default-sink bench
fi
