"""Timing helpers for the benchmarks."""

from __future__ import annotations

import statistics
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path


def result(metric: str, value: float, unit: str, target: str, **extra) -> dict:
    return {"metric": metric, "value": round(value, 3), "unit": unit, "target": target, **extra}


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[94] if len(samples) >= 2 else samples[0]


@contextmanager
def temp_dir():
    with tempfile.TemporaryDirectory(prefix="ceremony-bench-") as d:
        yield Path(d)


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    t = time.perf_counter()
    value = fn(*args, **kwargs)
    return time.perf_counter() - t, value
