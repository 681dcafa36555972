"""Session setup shared by every test directory.

Qt must be told to run headless (and, as root, without the Chromium sandbox)
before any QApplication exists, and the ``mapapp:`` URL scheme must be
registered before it too. pytest-qt creates its QApplication lazily (the
``qapp`` fixture), so doing both at import time / in pytest_configure is early enough.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or leave entries in the user's cache.
os.environ["MAPAPP_CACHE_DIR"] = tempfile.mkdtemp(prefix="mapapp-test-cache-")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def pytest_configure(config):
    try:
        from PySide6.QtCore import QCoreApplication
    except ImportError:  # the core tests run without Qt installed
        return
    try:
        from mapapp.ui.application import software_compositing_offscreen
        from mapapp.ui.webengine import register_schemes
    except ImportError:  # QtWebEngine missing: the webengine tests will fail on their own
        return
    if QCoreApplication.instance() is None:
        # As the app does it (mapapp.ui.application.ensure_application).
        software_compositing_offscreen()
        register_schemes()
