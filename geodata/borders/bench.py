#!/usr/bin/env python3
"""Benchmark mapapp.core.borders: load time, first and cached per-date state
times, point queries. Run: .venv/bin/python geodata/borders/bench.py"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mapapp.core.borders import load_borders, to_geojson  # noqa: E402


def main() -> int:
    t0 = time.perf_counter()
    b = load_borders()
    t_load = time.perf_counter() - t0
    print(f"load_borders: {t_load * 1000:.1f} ms ({len(b)} features)")
    dates = list(b.change_dates())
    firsts, again = [], []
    for d in dates:
        t = time.perf_counter()
        b.on(d)
        firsts.append(time.perf_counter() - t)
    for d in dates:
        t = time.perf_counter()
        b.on(d + dt.timedelta(days=0))
        again.append(time.perf_counter() - t)
    print(
        f"on(date), {len(dates)} change dates: first call max {max(firsts) * 1000:.2f} ms, "
        f"median {statistics.median(firsts) * 1000:.3f} ms; cached max {max(again) * 1000:.3f} ms"
    )
    t = time.perf_counter()
    n = 0
    for d in dates:
        to_geojson(b.on(d))
        n += 1
    print(f"to_geojson: {(time.perf_counter() - t) / n * 1000:.3f} ms per date")
    pts = [(21.01, 52.23), (23.69, 52.09), (24.03, 49.84), (25.28, 54.69), (28.75, 60.71)]
    t = time.perf_counter()
    for d in dates[:20]:
        for x, y in pts:
            b.territory_at(x, y, d)
    first_q = time.perf_counter() - t
    t = time.perf_counter()
    for d in dates[:20]:
        for x, y in pts:
            b.territory_at(x, y, d)
    print(
        f"territory_at: first pass {first_q / (20 * len(pts)) * 1000:.2f} ms/query "
        f"(builds geometries), then {(time.perf_counter() - t) / (20 * len(pts)) * 1000:.3f} ms/query"
    )
    ok = t_load <= 0.5 and max(firsts) <= 0.02
    print("within budget (load <= 0.5 s, state <= 20 ms):", "yes" if ok else "NO")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
