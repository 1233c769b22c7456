"""Percentiles by the nearest-rank method, for lags and latencies."""

import math
from collections.abc import Iterable


def percentile(samples: Iterable[float], fraction: float) -> float | None:
    """The smallest sample with at least `fraction` of them at or below it (0.5: the median); None for none."""
    ordered = sorted(samples)
    if not ordered:
        return None
    return ordered[min(len(ordered), max(1, math.ceil(len(ordered) * fraction))) - 1]
