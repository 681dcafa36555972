"""The installed commands, run as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mapapp.core.documents import sample_path


def mapapp(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    exe = shutil.which("mapapp", path=str(Path(sys.executable).parent))
    command = [exe] if exe else [sys.executable, "-m", "mapapp"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=timeout, env=dict(os.environ)
    )


def test_places_json_on_sample():
    result = mapapp("places", str(sample_path()), "--json")
    assert result.returncode == 0, result.stderr
    places = json.loads(result.stdout)
    by_name = {p["name"]: p for p in places}
    for name in ("Brest", "Lipetsk", "Kazan", "Tallinn", "Moscow", "Berlin", "Warsaw", "Helsinki", "Kaunas", "Murmansk"):
        assert name in by_name, name
    brest = by_name["Brest"]
    assert abs(brest["lat"] - 52.1) < 0.2 and abs(brest["lon"] - 23.7) < 0.2
    assert by_name["Kazan"]["lon"] > 45
    for person in ("Stalin", "Hitler", "Molotov", "Ribbentrop", "Radek", "Trotsky"):
        assert person not in by_name
    for place in places:
        assert set(place) >= {"name", "lat", "lon", "kind", "mentions"}
        assert place["kind"] in {"city", "region", "country", "river", "sea", "other"}
        assert place["mentions"], place["name"]


def test_mention_offsets_point_into_rendered_text():
    from mapapp.core.documents import load_document
    from mapapp.core.render import render

    plain = render(load_document(sample_path())).plain
    places = json.loads(mapapp("places", str(sample_path()), "--json").stdout)
    for place in places:
        for mention in place["mentions"]:
            assert plain[mention["start"]:mention["end"]] == mention["text"]


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02binary\x00" * 100, b"<mediawiki><page><title>x</title>", b"\xff\xfe\x00\xd8broken"],
    ids=["empty", "binary", "invalid-xml", "wrong-encoding"],
)
def test_bad_file_is_one_line_and_status_2(tmp_path, content):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    result = mapapp("places", str(bad), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_missing_and_huge_files(tmp_path):
    result = mapapp("places", str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    result = mapapp("places", str(huge), "--json")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.webengine
def test_snapshot_command_writes_png_of_requested_size(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "map.png"
    result = mapapp("snapshot", str(sample_path()), "--out", str(out), "--size", "800x500")
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
    colours = {image.pixel(x, y) for x in range(0, 800, 20) for y in range(0, 500, 20)}
    assert len(colours) > 20


def test_snapshot_bad_size_is_usage_error(tmp_path):
    result = mapapp("snapshot", str(sample_path()), "--out", str(tmp_path / "x.png"), "--size", "huge")
    assert result.returncode == 2 and "WIDTHxHEIGHT" in result.stderr


def test_borders_json_on_a_date():
    result = mapapp("borders", "--date", "1939-10-01", "--json")
    assert result.returncode == 0, result.stderr
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in collection["features"]}
    assert "territory" in kinds
    for feature in collection["features"]:
        props = feature["properties"]
        assert props["start"] <= "1939-10-01" <= props["end"]
        if props["kind"] == "territory":
            assert {"id", "name", "controller", "status", "source"} <= set(props)


def test_borders_at_a_point():
    result = mapapp("borders", "--date", "1939-10-01", "--at", "52.23,21.01", "--json")
    controllers = {
        f["properties"].get("controller")
        for f in json.loads(result.stdout)["features"]
        if f["properties"]["kind"] == "territory"
    }
    assert controllers == {"Germany"}


@pytest.mark.parametrize("args", [["--date", "1939-13-01"], ["--date", "1900-01-01"], ["--date", "1939-10-01", "--at", "north"]])
def test_borders_bad_arguments(args):
    result = mapapp("borders", *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_timeline_json_on_sample():
    from mapapp.core.documents import load_document
    from mapapp.core.render import render

    result = mapapp("timeline", str(sample_path()), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    dates = {e["date"] for e in data["events"]}
    for day in ("1918-03-03", "1922-04-16", "1939-08-23", "1939-09-01", "1939-09-17", "1940-03-12", "1941-06-22"):
        assert day in dates, day
    plain = render(load_document(sample_path())).plain
    for event in data["events"]:
        assert 0 <= event["start"] < event["end"] <= len(plain) and event["label"]
    passages = data["passages"]
    assert passages and all(p["date_from"] <= p["date_to"] for p in passages)
    assert [p["start"] for p in passages] == sorted(p["start"] for p in passages)


def test_timeline_bad_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = mapapp("timeline", str(empty), "--json")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_prepare_builds_the_launch_caches(tmp_path):
    cache = tmp_path / "cache"
    env = dict(os.environ, MAPAPP_CACHE_DIR=str(cache))
    result = subprocess.run(
        [sys.executable, "-m", "mapapp", "prepare"], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "caches ready" in result.stdout
    made = {p.parent.name for p in cache.rglob("*") if p.is_file()}
    assert {"articles", "borders", "basemap"} <= made, made
