"""The whole pipeline on one document, and the mention links the reading pane uses."""

from __future__ import annotations

import pytest

from mapapp.cli import UsageError, parse_size
from mapapp.core.article import mention_href, mention_marks, open_article, parse_mention_href
from mapapp.core.atomic import write_bytes_atomic
from mapapp.core.documents import sample_path


@pytest.fixture(scope="module")
def article():
    return open_article(sample_path())


def test_marks_cover_every_mention_in_text_order(article):
    marks = mention_marks(article.places)
    assert len(marks) == sum(len(p.mentions) for p in article.places)
    assert [m.start for m in marks] == sorted(m.start for m in marks)
    plain = article.reading.plain
    for mark in marks:
        place_index, mention_index = parse_mention_href(mark.href)
        place = article.places[place_index]
        assert plain[mark.start:mark.end] == place.mentions[mention_index].text
        assert mark.title == place.name


def test_mention_href_round_trip_and_foreign_links():
    assert parse_mention_href(mention_href(12, 3)) == (12, 3)
    for other in ("https://example.org", "#fn-1", "mention:x/1", "mention:1", "javascript:alert(1)"):
        assert parse_mention_href(other) is None


def test_places_are_in_narrative_not_apparatus(article):
    for place in article.places:
        for mention in place.mentions:
            assert not article.reading.is_apparatus(mention.start), (place.name, mention)


def test_place_lookup(article):
    first = article.places[0]
    assert article.place(first.id) is first
    assert article.place("nowhere:0") is None


@pytest.mark.parametrize("text,size", [("1600x1000", (1600, 1000)), (" 800 X 600 ", (800, 600))])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "1600", "10x10", "99999x100", "axb"])
def test_parse_size_rejects(text):
    with pytest.raises(UsageError):
        parse_size(text)


def test_atomic_write_replaces_whole_file_or_nothing(tmp_path):
    target = tmp_path / "out.bin"
    write_bytes_atomic(target, b"first")
    assert target.read_bytes() == b"first"

    def failing(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")

    from mapapp.core.atomic import write_atomic

    with pytest.raises(RuntimeError):
        write_atomic(target, failing)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_reopening_uses_cache_and_changes_miss(tmp_path, monkeypatch):
    import mapapp.core.article as article_module

    monkeypatch.setenv("MAPAPP_CACHE_DIR", str(tmp_path / "cache"))
    doc = tmp_path / "war.txt"
    doc.write_text("Winter War\n\nThe Red Army attacked Helsinki and Viipuri.\n", encoding="utf-8")
    builds = []
    real_build = article_module.build_article

    def counting(document, geocoder=None):
        builds.append(document.title)
        return real_build(document, geocoder)

    monkeypatch.setattr(article_module, "build_article", counting)
    first = open_article(doc)
    second = open_article(doc)
    assert len(builds) == 1
    assert second == first
    doc.write_text("Winter War\n\nThe Red Army attacked Tallinn.\n", encoding="utf-8")
    third = open_article(doc)
    assert len(builds) == 2
    assert {p.name for p in third.places} == {"Tallinn"}


def test_damaged_cache_entry_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPAPP_CACHE_DIR", str(tmp_path / "cache"))
    doc = tmp_path / "a.txt"
    doc.write_text("Letter\n\nWe travelled from Kaunas to Riga.\n", encoding="utf-8")
    open_article(doc)
    for entry in (tmp_path / "cache").rglob("*.bin"):
        entry.write_bytes(b"not a pickle")
    assert {p.name for p in open_article(doc).places} == {"Kaunas", "Riga"}


def test_atomic_write_gives_a_normal_file_mode(tmp_path):
    import os
    import stat

    target = tmp_path / "new.bin"
    write_bytes_atomic(target, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    os.chmod(target, 0o640)
    write_bytes_atomic(target, b"y")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
