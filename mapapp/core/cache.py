"""A small disk cache for work that is costly and deterministic (the map page, opened articles).

Entries live in the user's cache directory (``$MAPAPP_CACHE_DIR``, else
``$XDG_CACHE_HOME/mapapp``, else ``~/.cache/mapapp``), named by a hash of
everything the result depends on, so a change to the input, the code or the
data simply misses. A cache that cannot be read or written never fails the
caller: it falls back to doing the work.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

# hashlib, pickle and the atomic writer are imported where they are used: the
# launch reads the map page's entry (mapapp.map.page_cache) before anything else.

log = logging.getLogger(__name__)
T = TypeVar("T")


def cache_dir() -> Path:
    explicit = os.environ.get("MAPAPP_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mapapp"


def digest(parts: Iterable[bytes | str]) -> str:
    import hashlib

    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:40]


def files_fingerprint(paths: Iterable[Path]) -> str:
    """Cheap identity of files: name, size and modification time (not their bytes)."""
    parts = []
    for path in sorted(paths):
        try:
            st = path.stat()
        except OSError:
            parts.append(f"{path}:missing")
        else:
            parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return digest(parts)


def cached(
    namespace: str,
    key: str,
    build: Callable[[], T],
    *,
    dumps: Callable[[T], bytes] | None = None,
    loads: Callable[[bytes], T] | None = None,
) -> T:
    """``build()``'s result, from the cache when an entry for ``key`` exists.

    Entries are pickled unless ``dumps`` and ``loads`` say otherwise.
    """
    if dumps is None or loads is None:
        import pickle

        dumps = dumps or pickle.dumps
        loads = loads or pickle.loads
    path = cache_dir() / namespace / f"{key}.bin"
    try:
        data = path.read_bytes()
    except OSError:
        pass
    else:
        try:
            return loads(data)
        except Exception as err:  # noqa: BLE001 - a stale or damaged entry is just a miss
            log.info("cache entry %s unreadable (%s); rebuilding", path, err)
    value = build()
    store(path, dumps(value))
    return value


def store(path: Path, data: bytes) -> None:
    """Write a cache entry at once (atomically), making its folder; one that cannot be written is skipped."""
    try:
        from mapapp.core.atomic import write_bytes_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, data)
    except OSError as err:
        log.info("cache %s not written: %s", path, err)
