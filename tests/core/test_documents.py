"""Opening documents: formats, detection, the bundled sample, and every way a file can be bad."""

from __future__ import annotations

import codecs
import os
import time
import zipfile
from pathlib import Path

import pytest

from mapapp.core import documents
from mapapp.core.documents import (
    MAX_BYTES,
    decode_text,
    detect_format,
    list_pages,
    load_document,
    parse_document_bytes,
    sample_path,
)
from mapapp.core.errors import DocumentError, MapappError
from mapapp.core.formats_revline import parse_record

DATA = Path(__file__).parent / "data"
TS = "2008-06-24T18:31:34Z"


def open_error(path: Path | str, **kwargs: object) -> str:
    """The message of the DocumentError that load_document raises; asserts it is one line."""
    with pytest.raises(DocumentError) as info:
        load_document(path, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message and "\r" not in message
    assert message.strip() == message and message
    return message


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --- the bundled sample ------------------------------------------------------------


def test_sample_is_bundled_unchanged_with_attribution() -> None:
    path = sample_path()
    assert path.is_file()
    assert path.parent.name == "sample"
    attribution = (path.parent / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for needle in ("221484835", "865825", "Colchicum", "CC BY-SA 3.0", "GFDL",
                   "https://en.wikipedia.org/w/index.php?oldid=221484835",
                   "https://creativecommons.org/licenses/by-sa/3.0/",
                   "action=history"):
        assert needle in attribution
    seed = Path("/work/shared/seeds/000_cf7abc0bd0ba4017.txt")
    if seed.exists():
        assert path.read_bytes() == seed.read_bytes()


def test_sample_parses_to_its_revision() -> None:
    doc = load_document(sample_path())
    assert doc.title == "Soviet-German relations before 1941"
    assert doc.page_id == 865825
    assert doc.revision_id == 221484835
    assert doc.timestamp == "2008-06-24T18:31:34Z"
    assert doc.user == "Colchicum"
    assert doc.comment == "not needed anymore"
    assert doc.body.startswith("{{incomplete}} [[Image:Brest treaty Barry Kent.jpg|")
    assert doc.body.endswith("[[fi:Neuvostoliiton ja Saksan suhteet ennen toista maailmansotaa]]")
    assert doc.markup == "wikitext"
    assert doc.format == "revision-line"
    assert doc.path == str(sample_path())
    assert "Советско-германское" in doc.body  # decoded as UTF-8


def test_sample_lists_one_page_and_loads_it_by_title() -> None:
    assert list_pages(sample_path()) == ["Soviet-German relations before 1941"]
    doc = load_document(sample_path(), page="Soviet-German relations before 1941")
    assert doc.revision_id == 221484835


def test_load_accepts_str_paths() -> None:
    assert load_document(str(sample_path())).page_id == 865825


# --- revision-line records ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "user", "user_id", "comment", "body"),
    [
        # spaces in title, user and comment
        (f"Treaty of Brest-Litovsk 12 34 {TS} Some Long User 987 fixed a few typos {{{{Infobox}}}} text",
         "Treaty of Brest-Litovsk", "Some Long User", 987, "fixed a few typos", "{{Infobox}} text"),
        # IPv4 without a user id; the comment starts with a number
        (f"Rapallo 1 2 {TS} 192.0.2.1 1922 date fix '''Rapallo''' is a town",
         "Rapallo", "192.0.2.1", None, "1922 date fix", "'''Rapallo''' is a town"),
        # IPv4 with user id 0
        (f"Rapallo 1 2 {TS} 192.0.2.1 0 typo '''Rapallo''' is a town",
         "Rapallo", "192.0.2.1", 0, "typo", "'''Rapallo''' is a town"),
        # IPv6 with user id 0 and an empty comment
        (f"Rapallo 1 2 {TS} 2001:db8::8a2e:370:7334 0 [[Rapallo]] is a town",
         "Rapallo", "2001:db8::8a2e:370:7334", 0, None, "[[Rapallo]] is a town"),
        # IPv6 without a user id, empty comment
        (f"Rapallo 1 2 {TS} 2001:DB8:0:0:0:0:0:1 {{{{stub}}}} Rapallo",
         "Rapallo", "2001:DB8:0:0:0:0:0:1", None, None, "{{stub}} Rapallo"),
        # empty comment: the wikitext starts right after the user id
        (f"Winter War 5 6 {TS} Editor 77 ==Background== The war",
         "Winter War", "Editor", 77, None, "==Background== The war"),
        # a comment full of numbers: the user id is the first plausible one
        (f"Winter War 5 6 {TS} Editor 77 changed 1939 to 1940 in 2 places <ref>x</ref> body",
         "Winter War", "Editor", 77, "changed 1939 to 1940 in 2 places", "<ref>x</ref> body"),
        # a title that ends in a number
        (f"Operation 25 9 8 {TS} Bob 3 c {{{{a}}}}",
         "Operation 25", "Bob", 3, "c", "{{a}}"),
        # a user name with a zero-padded number (not a user id)
        (f"X 1 2 {TS} Agent 007 4711 revert {{{{a}}}}",
         "X", "Agent 007", 4711, "revert", "{{a}}"),
        # section autocomment
        (f"X 1 2 {TS} Bob 3 /* Aftermath */ expand __NOTOC__ text",
         "X", "Bob", 3, "/* Aftermath */ expand", "__NOTOC__ text"),
        # a rollback summary with user links stays in the comment
        (f"X 1 2 {TS} Bot 9 Reverted edits by [[Special:Contributions/1.2.3.4|1.2.3.4]] "
         f"([[User talk:1.2.3.4|talk]]) to last version by Bob {{{{a}}}} text",
         "X", "Bot", 9,
         "Reverted edits by [[Special:Contributions/1.2.3.4|1.2.3.4]] ([[User talk:1.2.3.4|talk]]) "
         "to last version by Bob", "{{a}} text"),
        # documented choice: a user name with a standalone number splits at that number
        (f"X 1 2 {TS} Tom 2 555 reverted 3 edits {{{{a}}}}",
         "X", "Tom", 2, "555 reverted 3 edits", "{{a}}"),
        # no user at all: the wikitext follows the timestamp
        (f"X 1 2 {TS} {{{{a}}}} text", "X", None, None, None, "{{a}} text"),
        # a temporary account name
        (f"X 1 2 {TS} ~2024-12345-6 88 temp {{{{a}}}}", "X", "~2024-12345-6", 88, "temp", "{{a}}"),
        # a redirect
        (f"USSR 1 2 {TS} Bob 3 redirect #REDIRECT [[Soviet Union]]",
         "USSR", "Bob", 3, "redirect", "#REDIRECT [[Soviet Union]]"),
    ],
)
def test_revision_line_rules(line: str, title: str, user: str | None, user_id: int | None,
                             comment: str | None, body: str) -> None:
    r = parse_record(line)
    assert (r.title, r.user, r.user_id, r.comment, r.text) == (title, user, user_id, comment, body)


def test_revision_line_comment_with_article_link_is_cut_at_the_link() -> None:
    # Documented ambiguity: an article link in a comment starts the wikitext.
    r = parse_record(f"X 1 2 {TS} Bob 3 see [[Treaty of Rapallo]] for details {{{{a}}}}")
    assert r.comment == "see"
    assert r.text == "[[Treaty of Rapallo]] for details {{a}}"


def test_revision_line_without_markup_nearby_has_empty_comment() -> None:
    words = "word " * 200  # no markup within the 500-character comment limit
    r = parse_record(f"X 1 2 {TS} Bob 3 {words}[[Link]]")
    assert r.comment is None
    assert r.text.startswith("word word")


def test_revision_line_with_line_breaks_in_the_wikitext(tmp_path: Path) -> None:
    text = f"Pact 1 2 {TS} Bob 3 minor fix\nThe '''pact''' was signed.\n\n== Terms ==\nSecret protocol."
    doc = load_document(write(tmp_path, "pact.txt", text))
    assert doc.format == "revision-line"
    assert doc.comment == "minor fix"
    assert doc.body == "The '''pact''' was signed.\n\n== Terms ==\nSecret protocol."


def test_file_of_several_revision_records(tmp_path: Path) -> None:
    text = (f"First page 1 10 {TS} Bob 3 c1 {{{{a}}}} one\n"
            f"Second page 2 20 {TS} 192.0.2.9 c2 [[b]] two\n")
    path = write(tmp_path, "dump.txt", text)
    assert list_pages(path) == ["First page", "Second page"]
    assert load_document(path).revision_id == 10
    second = load_document(path, page="Second page")
    assert (second.revision_id, second.user, second.comment, second.body) == (
        20, "192.0.2.9", "c2", "[[b]] two")
    assert load_document(path, page="Second_page").revision_id == 20


def test_revision_header_without_text_is_an_error(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "empty-rev.txt", f"Some title 1 2 {TS} Bob 3"))
    assert "empty-rev.txt" in msg and "no article text" in msg


# --- MediaWiki XML exports ---------------------------------------------------------


def test_xml_single_page_takes_the_last_revision() -> None:
    path = DATA / "export_one_page.xml"
    doc = load_document(path)
    assert doc.format == "mediawiki-xml" and doc.markup == "wikitext"
    assert doc.title == "Treaty of Rapallo (1922)"
    assert doc.page_id == 31047
    assert doc.revision_id == 1000002
    assert doc.timestamp == "2008-06-01T12:34:56Z"
    assert doc.user == "Some Editor"
    assert doc.comment == "copyedit & [[WP:MOS]]"
    assert doc.body.startswith("The '''Treaty of Rapallo''' was signed")
    assert "<ref>Text.</ref>" in doc.body  # entities decoded
    assert "\n== Background ==\n" in doc.body
    assert doc.path == str(path)
    assert list_pages(path) == ["Treaty of Rapallo (1922)"]


def test_xml_two_pages() -> None:
    path = DATA / "export_two_pages.xml"
    assert list_pages(path) == ["Molotov–Ribbentrop Pact", "Treaty of Berlin (1926)"]
    first = load_document(path)
    assert first.title == "Molotov–Ribbentrop Pact"
    assert first.comment == "/* Secret protocol */ expand"
    second = load_document(path, page="Treaty of Berlin (1926)")
    assert (second.page_id, second.revision_id, second.user) == (4151, 2000002, "Another Editor")
    assert second.comment is None
    assert second.body.startswith("The '''Treaty of Berlin'''")


def test_xml_unknown_page_is_an_error_listing_the_pages() -> None:
    msg = open_error(DATA / "export_two_pages.xml", page="Treaty of Versailles")
    assert '"Treaty of Versailles"' in msg and '"Treaty of Berlin (1926)"' in msg


def test_xml_ip_contributor_and_old_schema() -> None:
    doc = load_document(DATA / "export_ip_contributor.xml")
    assert doc.user == "192.0.2.45"
    assert (doc.title, doc.page_id, doc.revision_id) == ("Brest-Litovsk", 77, 3000001)
    assert doc.comment is None


def test_xml_without_namespace_and_with_declared_encoding(tmp_path: Path) -> None:
    xml = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<mediawiki><page><title>Łódź</title>'
           "<revision><text>'''Łódź''' is a city.</text></revision></page></mediawiki>")
    doc = load_document(write(tmp_path, "x.xml", xml))
    assert doc.title == "Łódź" and doc.body == "'''Łódź''' is a city."
    assert doc.page_id is None and doc.user is None


def test_xml_in_utf16_with_bom(tmp_path: Path) -> None:
    xml = (DATA / "export_two_pages.xml").read_text(encoding="utf-8")
    path = write(tmp_path, "utf16.xml", codecs.BOM_UTF16_LE + xml.encode("utf-16-le"))
    assert list_pages(path)[0] == "Molotov–Ribbentrop Pact"


def test_xml_truncated(tmp_path: Path) -> None:
    xml = (DATA / "export_one_page.xml").read_text(encoding="utf-8")
    msg = open_error(write(tmp_path, "cut.xml", xml[: len(xml) // 2]))
    assert "cut.xml" in msg and "not well-formed" in msg and "truncated" in msg


def test_xml_truncated_start_tag(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "cut.txt", '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" '))
    assert "cut.txt" in msg and "not well-formed" in msg


def test_xml_no_pages(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "nopages.xml", "<mediawiki><siteinfo><sitename>W</sitename></siteinfo></mediawiki>"))
    assert "no pages" in msg


def test_xml_page_without_text(tmp_path: Path) -> None:
    xml = ("<mediawiki><page><title>Gone</title><revision><id>1</id>"
           '<text deleted="deleted" /></revision></page></mediawiki>')
    msg = open_error(write(tmp_path, "notext.xml", xml))
    assert '"Gone"' in msg and "no text" in msg


def test_xml_first_page_with_text_is_the_default(tmp_path: Path) -> None:
    xml = ("<mediawiki><page><title>Empty</title><revision><text/></revision></page>"
           "<page><title>Full</title><revision><text>Some '''text'''.</text></revision></page></mediawiki>")
    path = write(tmp_path, "mixed.xml", xml)
    assert list_pages(path) == ["Empty", "Full"]
    assert load_document(path).title == "Full"
    assert "no text" in open_error(path, page="Empty")


@pytest.mark.parametrize("decl", [
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
    '<!DOCTYPE mediawiki SYSTEM "file:///etc/passwd">',
])
def test_xml_with_dtd_or_entities_is_refused(tmp_path: Path, decl: str) -> None:
    xml = f'<?xml version="1.0"?>\n{decl}\n<mediawiki><page><title>&lol2;</title></page></mediawiki>'
    msg = open_error(write(tmp_path, "bomb.xml", xml))
    assert "bomb.xml" in msg and "DTD" in msg


def test_xml_that_is_not_a_mediawiki_export(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "feed.xml", '<?xml version="1.0"?><rss><channel/></rss>'))
    assert "not a MediaWiki export" in msg and "<rss>" in msg
    # a .xml extension makes a file that starts with a tag XML, too
    msg = open_error(write(tmp_path, "data.xml", "<data><x>1</x></data>"))
    assert "<data>" in msg


def test_xml_extension_with_text_content_is_read_by_content(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "notes.xml", "Just some notes about 1939."))
    assert doc.format == "plain"


def test_xml_with_undefined_entity(tmp_path: Path) -> None:
    xml = "<mediawiki><page><title>A&nbsp;B</title></page></mediawiki>"
    assert "not well-formed" in open_error(write(tmp_path, "ent.xml", xml))


# --- wikitext and plain text -------------------------------------------------------


def test_wiki_extension_without_markup_is_wikitext() -> None:
    doc = load_document(DATA / "rapallo.wiki")
    assert doc.format == "wikitext" and doc.markup == "wikitext"
    assert doc.title == "rapallo"
    assert doc.body.startswith("The Treaty of Rapallo was signed")
    assert doc.page_id is None and doc.revision_id is None and doc.user is None


def test_txt_with_wiki_markup_is_wikitext_titled_from_the_file_name() -> None:
    doc = load_document(DATA / "Treaty_of_Berlin.txt")
    assert doc.format == "wikitext" and doc.markup == "wikitext"
    assert doc.title == "Treaty of Berlin"
    assert doc.body.startswith("The '''Treaty of Berlin'''")  # nothing taken out


def test_plain_text_title_from_first_line() -> None:
    doc = load_document(DATA / "pact_notes.txt")
    assert doc.format == "plain" and doc.markup == "plain"
    assert doc.title == "Notes on the pact"
    assert doc.body.startswith("The pact was signed in Moscow")
    assert list_pages(DATA / "pact_notes.txt") == ["Notes on the pact"]


def test_plain_text_title_from_file_name(tmp_path: Path) -> None:
    long_first = "This first line is far too long to be a title, " * 3
    doc = load_document(write(tmp_path, "my_notes%20on_1939.text", long_first + "\n\nMore."))
    assert doc.title == "my notes on 1939"
    assert doc.body.startswith("This first line")
    # a short first line not followed by a blank line is not a title
    doc = load_document(write(tmp_path, "diary.txt", "Monday\nWe went to Danzig.\n"))
    assert doc.title == "diary" and doc.body == "Monday\nWe went to Danzig."


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Plain words about [brackets] and {braces}.", "a.txt", "plain"),
        ("A link to [[Danzig]] here.", "a.txt", "wikitext"),
        ("{{Infobox war\n| name = Winter War\n}}", "a.txt", "wikitext"),
        ("Intro\n\n== Background ==\nText", "a.txt", "wikitext"),
        ("It was '''important'''.", "", "wikitext"),
        ("A claim.<ref name=x>Source</ref>", "a.md", "wikitext"),
        ("Just words.", "a.mediawiki", "wikitext"),
        ("Just words.", "a.wiki", "wikitext"),
        ("x = [[1, 2], [3, 4]]", "a.py", "plain"),
        ("A = B == C", "a.txt", "plain"),
        (f"T 1 2 {TS} U 3 c {{{{x}}}}", "a.wiki", "revision-line"),
        ('<?xml version="1.0"?><mediawiki/>', "a.txt", "mediawiki-xml"),
        ("<mediawiki><page/></mediawiki>", "", "mediawiki-xml"),
        ("<!-- a wiki comment -->\n'''Bold''' start", "a.txt", "wikitext"),
    ],
)
def test_detect_format(text: str, name: str, expected: str) -> None:
    assert detect_format(text, name) == expected


def test_html_is_refused(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "page.html", "<!DOCTYPE html>\n<html><body>Hi</body></html>"))
    assert "HTML page" in msg


def test_crlf_line_breaks_are_normalised(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "crlf.txt", b"Title\r\n\r\nLine one\r\nLine two\r\n"))
    assert doc.title == "Title" and doc.body == "Line one\nLine two"


# --- encodings ---------------------------------------------------------------------


TEXT_WITH_ACCENTS = "Die Grenze zwischen Österreich und Großdeutschland: Kärnten, Zürich, Saône."


def test_utf8_with_bom(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + TEXT_WITH_ACCENTS.encode()))
    assert doc.body == TEXT_WITH_ACCENTS


@pytest.mark.parametrize("codec,bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str, bom: bytes) -> None:
    doc = load_document(write(tmp_path, "u.txt", bom + f"Łódź\n\n{TEXT_WITH_ACCENTS}".encode(codec)))
    assert doc.title == "Łódź" and doc.body == TEXT_WITH_ACCENTS


def test_utf16_without_bom_is_a_clear_error(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "u16.txt", TEXT_WITH_ACCENTS.encode("utf-16-le")))
    assert "UTF-16" in msg and "byte-order mark" in msg


def test_bad_utf16_after_bom(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "bad16.txt", codecs.BOM_UTF16_LE + b"a\x00\x00\xdc"))
    assert "not valid UTF-16" in msg


def test_latin1_text_opens_as_windows_1252(tmp_path: Path) -> None:
    # Our choice: text that is not UTF-8 but reads as Latin-1/Windows-1252 opens correctly.
    doc = load_document(write(tmp_path, "latin1.txt", TEXT_WITH_ACCENTS.encode("latin-1")))
    assert doc.body == TEXT_WITH_ACCENTS
    doc = load_document(write(tmp_path, "cp1252.txt", "“Quoted” – 1939 €".encode("cp1252")))
    assert doc.body == "“Quoted” – 1939 €"


def test_mixed_utf8_and_latin1_is_an_error_not_mojibake(tmp_path: Path) -> None:
    data = "Łódź – ".encode() + "Österreich".encode("latin-1")
    msg = open_error(write(tmp_path, "mixed.txt", data))
    assert "is not UTF-8 text" in msg and "offset 12" in msg


def test_high_bytes_that_are_not_text_are_an_error(tmp_path: Path) -> None:
    data = bytes(range(0x80, 0x100)) * 40  # no NULs, no valid UTF-8, mostly non-ASCII
    assert "not UTF-8" in open_error(write(tmp_path, "junk.txt", data))


def test_utf8_cut_in_the_last_character(tmp_path: Path) -> None:
    data = "Kraków and Łódź".encode()[:-1]
    doc = load_document(write(tmp_path, "cut.txt", data))
    assert doc.body == "Kraków and Łód"


# --- broken files ------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    msg = open_error(tmp_path / "nope.txt")
    assert "nope.txt" in msg and "does not exist" in msg


def test_directory(tmp_path: Path) -> None:
    msg = open_error(tmp_path)
    assert str(tmp_path) in msg and "is a directory" in msg


def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "not a regular file" in open_error(fifo)  # and does not block


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", "text")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(documents, "open", deny, raising=False)
    msg = open_error(path)
    assert "secret.txt" in msg and "permission denied" in msg


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied_real(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", "text")
    path.chmod(0)
    try:
        assert "permission denied" in open_error(path)
    finally:
        path.chmod(0o644)


def test_empty_file(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "empty.txt", b""))
    assert msg.endswith("empty.txt is empty")


def test_whitespace_only(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "blank.txt", " \n\t\r\n   \n"))
    assert "blank.txt" in msg and "only whitespace" in msg
    assert "only whitespace" in open_error(write(tmp_path, "bomblank.txt", codecs.BOM_UTF8 + b"  \n"))


def test_png_is_binary(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    msg = open_error(write(tmp_path, "map.txt", png))
    assert "map.txt" in msg and "PNG image" in msg


def test_zip_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "article.wiki"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello " * 100)
    assert "ZIP archive" in open_error(path)


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    msg = open_error(write(tmp_path, "blob.dat", b"abc" * 100 + b"\x00" + b"def" * 100))
    assert "binary" in msg and "NUL" in msg


def test_control_characters_are_binary(tmp_path: Path) -> None:
    data = bytes(i % 31 + 1 for i in range(3000))  # control bytes, no NUL
    assert "control characters" in open_error(write(tmp_path, "ctl.bin", data))


def test_rtf_is_refused(tmp_path: Path) -> None:
    assert "RTF" in open_error(write(tmp_path, "essay.rtf", r"{\rtf1\ansi Hello}"))


def test_too_big_fails_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    start = time.perf_counter()
    msg = open_error(path)
    elapsed = time.perf_counter() - start
    assert msg == f"{path} is 50.0 MB; mapapp opens documents up to 20 MB"
    assert elapsed < 0.2
    start = time.perf_counter()
    with pytest.raises(DocumentError):
        list_pages(path)
    assert time.perf_counter() - start < 0.2


def test_just_under_the_limit_opens(tmp_path: Path) -> None:
    line = "The pact was signed in Moscow on 23 August 1939.\n"
    data = (line * (MAX_BYTES // len(line) + 1))[:MAX_BYTES].encode()
    assert len(data) == MAX_BYTES
    path = write(tmp_path, "big.txt", data)
    start = time.perf_counter()
    doc = load_document(path)
    assert doc.format == "plain"
    assert time.perf_counter() - start < 5
    with open(path, "ab") as f:
        f.write(b"x")
    assert "20.0 MB; mapapp opens documents up to 20 MB" in open_error(path)


def test_message_stays_one_line_with_a_newline_in_the_name(tmp_path: Path) -> None:
    msg = open_error(tmp_path / "evil\nname.txt")
    assert "evil\\x0aname.txt" in msg


def test_page_for_single_document_must_match(tmp_path: Path) -> None:
    assert '"Other"' in open_error(DATA / "rapallo.wiki", page="Other")
    assert load_document(DATA / "rapallo.wiki", page="rapallo").title == "rapallo"


def test_unexpected_errors_become_document_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> object:
        raise RuntimeError("bug")

    monkeypatch.setattr(documents, "_documents", boom)
    msg = open_error(DATA / "rapallo.wiki")
    assert "rapallo.wiki" in msg and "RuntimeError" in msg


def test_document_error_is_a_mapapp_error_and_value_error() -> None:
    with pytest.raises(MapappError):
        parse_document_bytes(b"")
    with pytest.raises(ValueError):
        parse_document_bytes(b"")


# --- bytes API ---------------------------------------------------------------------


def test_parse_document_bytes() -> None:
    doc = parse_document_bytes(sample_path().read_bytes(), "sample.txt")
    assert doc.revision_id == 221484835 and doc.path is None
    doc = parse_document_bytes(b"Some '''wiki''' text", "Winter_War.wiki")
    assert doc.title == "Winter War" and doc.format == "wikitext"
    doc = parse_document_bytes(b"just words")
    assert doc.title == "Untitled document" and doc.format == "plain"
    with pytest.raises(DocumentError, match="^document is empty$"):
        parse_document_bytes(b"")


def test_decode_text_normalises_and_strips_bom() -> None:
    assert decode_text(codecs.BOM_UTF8 + b"a\r\nb\rc") == "a\nb\nc"
