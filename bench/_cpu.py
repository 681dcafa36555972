"""CPU time used so far by a process and the processes it started (Linux /proc), for the benchmarks.

Wall time on a shared machine drifts with what else runs on it; the CPU time
the app and its Chromium processes spent until a moment drifts much less, so
it tells whether a change made less work even when the wall times are noisy.
"""

from __future__ import annotations

import os

TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int | None = None) -> float:
    """User and system CPU seconds of ``pid`` (default: this process) and its live descendants."""
    total = 0.0
    pending, seen = [pid or os.getpid()], set()
    while pending:
        p = pending.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    pending.extend(int(child) for child in f.read().split())
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile, or not Linux
    return total
