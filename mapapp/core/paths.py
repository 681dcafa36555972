"""Where the project's data lives: resources/ and geodata/ at the top of the tree."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
GEODATA = ROOT / "geodata"
