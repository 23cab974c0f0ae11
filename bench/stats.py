"""Shared by the benchmarks: one definition of a percentile."""

from __future__ import annotations


def percentile(samples: list[float], share: float) -> float:
    """The sample at `share` (0.95 → p95) of the sorted samples, nearest rank."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]
