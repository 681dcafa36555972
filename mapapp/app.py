"""Composition root: ``mapapp [FILE]`` opens the reader; ``mapapp places|snapshot …`` runs headless."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def prepare_environment() -> None:
    """Settings QtWebEngine reads once, before the QApplication exists."""
    # Chromium's sandbox refuses to start as root (containers, CI); nothing else changes.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="mapapp",
        description="A reader for history: the article and a map of its places, side by side.",
        epilog="Headless commands: mapapp places FILE [--json]; "
        "mapapp snapshot FILE --out map.png [--size 1600x1000].",
    )
    parser.add_argument("file", nargs="?", help="article to open (default: the bundled sample)")
    parser.add_argument("--page", help="page title, for a MediaWiki export with several pages")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    prepare_environment()
    from mapapp import cli

    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv)
    args = parse_gui_args(argv)
    from mapapp.ui.application import run_gui

    return run_gui(args.file, page=args.page)


if __name__ == "__main__":
    raise SystemExit(main())
