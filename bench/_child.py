"""A benchmark's fresh process, started as on a user's machine."""

from __future__ import annotations

import os
import subprocess
import sys

from mapapp.ui.application import offscreen_chromium_flags


def run_fresh(argv: list[str], cache: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python argv`` offscreen with ``cache`` as the app's cache and ``env`` added.

    Python keeps its compiled modules, as on a user's machine (some sandboxes
    and CI images turn that off, which would time the compiler on every run).
    """
    full = dict(os.environ)
    full["MAPAPP_CACHE_DIR"] = cache
    full.pop("PYTHONDONTWRITEBYTECODE", None)
    full.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The Chromium flags the app would choose for itself, for every child: the
    # floor runs the same Chromium as the app.
    full["QTWEBENGINE_CHROMIUM_FLAGS"] = offscreen_chromium_flags(
        full["QT_QPA_PLATFORM"], full.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    )
    if os.geteuid() == 0:
        full["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    full.update(env)
    return subprocess.run([sys.executable, *argv], env=full, capture_output=True, text=True, timeout=120)
