"""One measured figure beside its bound, and the table and JSON they make."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """A value measured here, the bound it must not pass (None: shown for context only), its
    unit, and how it was made (the floor it is a ratio of, the spread over runs). The bound is a
    ceiling, or a floor with `at_least` (a recall)."""

    name: str
    value: float
    bound: float | None
    unit: str
    detail: str = ""
    at_least: bool = False

    @property
    def ok(self) -> bool:
        # Not a number (nothing measured) never passes.
        if self.bound is None:
            return True
        if math.isnan(self.value):
            return False
        return self.value >= self.bound if self.at_least else self.value <= self.bound

    @property
    def verdict(self) -> str:
        return "" if self.bound is None else ("ok" if self.ok else "OVER")


def spread(values: Sequence[float], scale: float = 1.0, digits: int = 0) -> str:
    """`median (min-max)` of the runs, scaled, e.g. "390 (371-420)"."""
    if not values:
        return "-"
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{mid * scale:.{digits}f} ({low * scale:.{digits}f}-{high * scale:.{digits}f})"


def table(figures: Iterable[Figure]) -> str:
    lines = [f"{'figure':<30} {'measured':>9} {'bound':>7} {'unit':<5} {'':<4}  how"]
    for f in figures:
        bound = "-" if f.bound is None else f"{'>=' if f.at_least else ''}{f.bound:g}"
        lines.append(
            f"{f.name:<30} {f.value:>9.2f} {bound:>7} {f.unit:<5} {f.verdict:<4}  {f.detail}"
        )
    return "\n".join(lines)
