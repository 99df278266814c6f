"""Runs the benchmarks, prints one table, writes bench/results/latest.json."""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

from bench import routine_speech


def main() -> int:
    figures = routine_speech.measure()
    print(f"{'figure':<28} {'measured':>10} {'bound':>10}")
    ok = True
    for name, value in figures.items():
        bound = routine_speech.BOUNDS.get(name)
        verdict = ""
        if bound is not None:
            verdict = "ok" if value <= bound else "OVER"
            ok = ok and value <= bound
        shown_bound = f"{bound:.0f}" if bound is not None else "-"
        print(f"{name:<28} {value:>10.1f} {shown_bound:>10}  {verdict}")
    out = Path(__file__).parent / "results" / "latest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {"machine": platform.platform(), "figures": figures, "bounds": routine_speech.BOUNDS},
            indent=2,
        )
    )
    print(f"written: {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
