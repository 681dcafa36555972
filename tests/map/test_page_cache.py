"""The served map page kept on disk between launches, and when it is made again."""

from __future__ import annotations

import os

import pytest

from mapapp.map import page_cache


@pytest.fixture
def inputs(tmp_path, monkeypatch):
    """The page's inputs in a directory of their own, and a cache directory of its own."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "mapapp.js").write_text("var a = 1;")
    (src / "sub").mkdir()
    (src / "sub" / "data.js").write_text("var b = 2;")
    monkeypatch.setattr(page_cache, "INPUT_DIRS", (src,))
    monkeypatch.setenv("MAPAPP_CACHE_DIR", str(tmp_path / "cache"))
    return src


def counting_build(page: bytes = b"<html>page</html>"):
    calls: list[int] = []

    def build() -> bytes:
        calls.append(1)
        return page

    return build, calls


def test_the_page_is_built_once_then_read(inputs):
    build, calls = counting_build()
    assert page_cache.cached_page("map.html", build) == b"<html>page</html>"
    assert page_cache.cached_page("map.html", build) == b"<html>page</html>"
    assert len(calls) == 1


@pytest.mark.parametrize("change", ["edit", "add", "remove", "nested"])
def test_a_changed_input_builds_it_again(inputs, change):
    build, calls = counting_build()
    page_cache.cached_page("map.html", build)
    if change == "edit":
        (inputs / "mapapp.js").write_text("var a = 22;")
    elif change == "add":
        (inputs / "new.css").write_text("p {}")
    elif change == "remove":
        (inputs / "mapapp.js").unlink()
    else:
        target = inputs / "sub" / "data.js"
        st = target.stat()
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    page_cache.cached_page("map.html", build)
    assert len(calls) == 2


def test_pages_and_servers_are_kept_apart(inputs):
    build, calls = counting_build()
    page_cache.cached_page("map.html", build, identity="Qt 6.12.0")
    page_cache.cached_page("map-online.html", build, identity="Qt 6.12.0")
    page_cache.cached_page("map.html", build, identity="Qt 6.13.0")  # another qwebchannel.js
    assert len(calls) == 3
    page_cache.cached_page("map.html", build, identity="Qt 6.13.0")
    assert len(calls) == 3


def test_a_damaged_entry_is_built_again(inputs, tmp_path):
    build, calls = counting_build()
    page_cache.cached_page("map.html", build)
    entry = tmp_path / "cache" / "pages" / "served-map.html"
    entry.write_bytes(b"garbage without a stamp")
    assert page_cache.cached_page("map.html", build) == b"<html>page</html>"
    assert len(calls) == 2
    assert entry.read_bytes().endswith(b"\n<html>page</html>")


def test_a_cache_that_cannot_be_written_costs_only_the_building(inputs, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the cache directory should be")
    monkeypatch.setenv("MAPAPP_CACHE_DIR", str(blocked))
    build, calls = counting_build()
    assert page_cache.cached_page("map.html", build) == b"<html>page</html>"
    assert page_cache.cached_page("map.html", build) == b"<html>page</html>"
    assert len(calls) == 2


def test_a_page_that_cannot_be_built_is_not_stored(inputs, tmp_path):
    assert page_cache.cached_page("map.html", lambda: None) is None
    assert not (tmp_path / "cache" / "pages" / "served-map.html").exists()


def test_the_stamp_names_the_real_inputs():
    stamp = page_cache.page_stamp("map.html", "Qt x").decode()
    assert "\n" not in stamp
    for needle in ("mapapp.js", "mapapp.css", "land_low.geojson", "page.py", "leaflet.js", "folium:"):
        assert needle in stamp, needle
    assert "__pycache__" not in stamp
