"""Opening documents: read a file, detect its format from the content, return a Document.

Formats (detected in this order, on the decoded text):

``mediawiki-xml``
    A MediaWiki XML export: the text starts with ``<?xml``, ``<mediawiki``
    (or a DTD, which is refused), or the file is named ``*.xml`` and starts
    with ``<``. XML whose root is not ``<mediawiki>`` is an error, not plain
    text. See :mod:`mapapp.core.formats_mediawiki`.
``revision-line``
    The first line starts with ``<title> <page id> <revision id>
    <YYYY-MM-DDTHH:MM:SSZ> `` -- a revision record with its wikitext on the
    same line. See :mod:`mapapp.core.formats_revline` for how the line is split.
``wikitext``
    The text has wiki markup: a ``[[link]]``, a ``{{template``, ``'''bold'''``,
    a ``== heading ==`` line, ``<ref`` or a ``{|`` table; or the file is
    named ``*.wiki``, ``*.wikitext``, ``*.mediawiki`` or ``*.mw`` (then it is
    wikitext even without markup). The title is the file name without its
    extension, underscores read as spaces.
``plain``
    Any other text. The title is the first line if it is short (< 100
    characters) and followed by a blank line (that line is then taken out of
    the body); otherwise the file name.

The extension only breaks ties: a ``.txt`` full of wiki markup is wikitext,
a ``.xml`` file that does not start with ``<`` is read by its content.
HTML pages and RTF documents are refused with a message.

Encodings: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM. A file
that is not valid UTF-8 is read as Windows-1252 (a superset of the printable
Latin-1 range), so Latin-1/Windows-1252 text opens correctly, provided the
result looks like text (few control characters, mostly ASCII) and the bytes
contain no valid UTF-8 multi-byte sequence (a UTF-8 file with a few broken
bytes is an error, not mojibake). A UTF-8 file cut in the middle of its last
character loses that character. Line breaks are normalised to ``\\n``.

Every failure raises :class:`~mapapp.core.errors.DocumentError` with a one-line
message that names the file.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from mapapp.core.errors import DocumentError
from mapapp.core.model import MARKUP_PLAIN, MARKUP_WIKITEXT, Document
from mapapp.core.paths import RESOURCES

__all__ = [
    "MAX_BYTES",
    "SAMPLE_FILE",
    "decode_text",
    "detect_format",
    "list_pages",
    "load_document",
    "parse_document_bytes",
    "sample_path",
]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

MAX_BYTES = 20 * 1024 * 1024
SAMPLE_FILE = "soviet-german-relations-before-1941.txt"

FORMAT_REVISION_LINE = "revision-line"
FORMAT_MEDIAWIKI_XML = "mediawiki-xml"
FORMAT_WIKITEXT = "wikitext"
FORMAT_PLAIN = "plain"

WIKITEXT_SUFFIXES = frozenset({".wiki", ".wikitext", ".mediawiki", ".mw"})

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, OpenDocument or EPUB file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh9", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"{\\rtf", "an RTF document"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE: same first bytes
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Control characters other than tab, line feed, vertical tab, form feed, carriage return.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A valid UTF-8 multi-byte sequence.
_UTF8_MULTI_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_WIKI_SIGNAL_RE = re.compile(
    r"\[\[[^\[\]\n|]*[^\W\d_][^\[\]\n]*\]\]"  # [[Link]] or [[Link|label]]
    r"|\{\{\s*[^\W\d][^{}\n]*(?:\}\}|\||\n)"  # {{Template}} / {{Template|... / {{Infobox\n
    r"|'''[^'\n]+'''"  # '''bold'''
    r"|^={2,6}[^=\n]+={2,6}[ \t]*$"  # == Heading ==
    r"|<ref[\s>/]"  # <ref>, <ref name=...>, <ref/>
    r"|^\{\|",  # {| table
    re.MULTILINE,
)
_UNSAFE_CHARS_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")

_SAMPLE_LEN = 1 << 20  # characters inspected for control characters


# --- messages --------------------------------------------------------------------


def _one_line(text: str) -> str:
    return _UNSAFE_CHARS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                else f"\\u{ord(m.group()):04x}", text)


def _error(name: str, problem: str) -> DocumentError:
    """A DocumentError reading "<name> <problem>", guaranteed to be one line."""
    return DocumentError(_one_line(f"{name} {problem}"))


def _quote(title: str, limit: int = 80) -> str:
    if len(title) > limit:
        title = title[: limit - 1] + "…"
    return f'"{title}"'


# --- reading and decoding --------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise _error(name, "does not exist") from None
    except PermissionError:
        raise _error(name, "cannot be read: permission denied") from None
    except (OSError, ValueError) as err:
        raise _error(name, f"cannot be read: {getattr(err, 'strerror', None) or err}") from None
    if stat.S_ISDIR(st.st_mode):
        raise _error(name, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise _error(name, "is not a regular file")
    if st.st_size > MAX_BYTES:
        raise _too_big(name, st.st_size)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except PermissionError:
        raise _error(name, "cannot be read: permission denied") from None
    except IsADirectoryError:
        raise _error(name, "is a directory, not a file") from None
    except OSError as err:
        raise _error(name, f"cannot be read: {err.strerror or err}") from None
    if len(data) > MAX_BYTES:  # grew since stat, or a file system that reports no size
        raise _too_big(name, len(data))
    return data


def _too_big(name: str, size: int) -> DocumentError:
    mb = size / (1024 * 1024)
    shown = f"{mb:.1f}" if mb < 1000 else f"{mb:,.0f}"
    return _error(name, f"is {shown} MB; mapapp opens documents up to {MAX_BYTES // (1024 * 1024)} MB")


def _looks_like_text(text: str) -> bool:
    sample = text[:_SAMPLE_LEN]
    if not sample:
        return True
    controls = len(_CONTROL_RE.findall(sample))
    return controls <= max(2, len(sample) // 100)


def decode_text(data: bytes, name: str = "document") -> str:
    """Decode file bytes to text with ``\\n`` line breaks (see the module docstring).

    Raises DocumentError for empty, whitespace-only, binary or undecodable data.
    """
    if not data:
        raise _error(name, "is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if magic == b"{\\rtf":
                raise _error(name, "is an RTF document; save it as plain text (UTF-8) to open it in mapapp")
            raise _error(name, f"is {what}, not a text document")
    text: str | None = None
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as err:
                raise _error(
                    name, f"starts with a {label} byte-order mark but is not valid {label} "
                    f"(at byte {err.start + len(bom)})"
                ) from None
            break
    if text is None:
        text = _decode_without_bom(data, name)
    if not _looks_like_text(text):
        raise _error(name, "is a binary file, not a text document (it is full of control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise _error(name, "contains only whitespace")
    return text


def _decode_without_bom(data: bytes, name: str) -> str:
    nul = data.find(b"\x00")
    if nul >= 0:
        head = data[:4096]
        if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
            raise _error(name, "looks like UTF-16 text without a byte-order mark; save it as UTF-8")
        raise _error(name, "is a binary file, not a text document (it contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        first_error = err
    if first_error.reason == "unexpected end of data" and first_error.start >= len(data) - 3:
        # Cut in the middle of the last character: keep everything before it.
        try:
            return data[: first_error.start].decode("utf-8")
        except UnicodeDecodeError as err:  # pragma: no cover - cannot happen
            first_error = err
    bad = data[first_error.start]
    where = f"invalid byte 0x{bad:02x} at offset {first_error.start}"
    if _UTF8_MULTI_RE.search(data) is None:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = None
        if text is not None and _looks_like_text(text):
            sample = text[:_SAMPLE_LEN]
            non_ascii = sum(1 for c in sample if ord(c) > 0x7F)
            if non_ascii <= len(sample) * 0.3:
                return text
    raise _error(name, f"is not UTF-8 text ({where}); save it as UTF-8 to open it in mapapp")


# --- detection -------------------------------------------------------------------


def _suffix(name: str) -> str:
    return Path(name).suffix.lower() if name else ""


def detect_format(text: str, name: str = "") -> str:
    """The format of decoded ``text``: "mediawiki-xml", "revision-line", "wikitext" or "plain".

    ``name`` is the file name; only its extension is used, to break ties.
    Raises DocumentError for HTML pages.
    """
    from mapapp.core import formats_mediawiki, formats_revline

    head = text.lstrip()[:512]
    low = head.lower()
    if low.startswith(("<!doctype html", "<html")):
        raise _error(name or "document",
                     "is an HTML page; mapapp opens wikitext, MediaWiki XML exports and plain text")
    if formats_mediawiki.looks_like_xml(head) or (_suffix(name) == ".xml" and head.startswith("<")):
        return FORMAT_MEDIAWIKI_XML
    if formats_revline.looks_like_record(text):
        return FORMAT_REVISION_LINE
    if _suffix(name) in WIKITEXT_SUFFIXES or _WIKI_SIGNAL_RE.search(text):
        return FORMAT_WIKITEXT
    return FORMAT_PLAIN


def _title_from_name(name: str) -> str:
    stem = Path(name).stem if name else ""
    if "%" in stem:
        stem = urllib.parse.unquote(stem)
    title = " ".join(stem.replace("_", " ").split())
    return title or "Untitled document"


def _norm_title(title: str) -> str:
    return " ".join(title.replace("_", " ").split())


def _pick(titles: list[str], page: str, name: str) -> int:
    if page in titles:
        return titles.index(page)
    wanted = _norm_title(page)
    for i, title in enumerate(titles):
        if _norm_title(title) == wanted:
            return i
    shown = ", ".join(_quote(t, 40) for t in titles[:5]) + (", …" if len(titles) > 5 else "")
    raise _error(name, f"has no page titled {_quote(page)} (it has: {shown})")


# --- building documents ----------------------------------------------------------


# The format modules are imported where a file is parsed: a reopened article
# comes from the cache (mapapp.core.article.open_article) and never needs them.


def _from_xml(text: str, name: str, path: str | None) -> list[Document]:
    from mapapp.core import formats_mediawiki

    try:
        pages = formats_mediawiki.parse_pages(text)
    except formats_mediawiki.ExportError as err:
        raise _error(name, str(err)) from None
    if not pages:
        raise _error(name, "is a MediaWiki export with no pages")
    return [
        Document(
            title=p.title, body=p.text, markup=MARKUP_WIKITEXT, format=FORMAT_MEDIAWIKI_XML,
            page_id=p.page_id, revision_id=p.revision_id, timestamp=p.timestamp,
            user=p.user, comment=p.comment, path=path,
        )
        for p in pages
    ]


def _from_revlines(text: str, name: str, path: str | None) -> list[Document]:
    from mapapp.core import formats_revline

    try:
        records = formats_revline.parse_records(text)
    except ValueError as err:  # pragma: no cover - detection guarantees a header
        raise _error(name, f"is not a valid revision record ({err})") from None
    return [
        Document(
            title=r.title, body=r.text, markup=MARKUP_WIKITEXT, format=FORMAT_REVISION_LINE,
            page_id=r.page_id, revision_id=r.revision_id, timestamp=r.timestamp,
            user=r.user, comment=r.comment, path=path,
        )
        for r in records
    ]


def _plain_title_and_body(text: str, name: str) -> tuple[str, str]:
    lines = text.split("\n", 2)
    if len(lines) == 3:
        first, blank, rest = lines
        first = first.strip()
        if first and len(first) < 100 and not blank.strip() and rest.strip():
            return " ".join(first.split()), rest.lstrip("\n").rstrip()
    return _title_from_name(name), text.strip("\n").rstrip()


def _documents(text: str, name: str, path: str | None) -> list[Document]:
    """Every document in ``text`` (several for multi-page exports), unfiltered."""
    fmt = detect_format(text, name)
    if fmt == FORMAT_MEDIAWIKI_XML:
        return _from_xml(text, name, path)
    if fmt == FORMAT_REVISION_LINE:
        return _from_revlines(text, name, path)
    if fmt == FORMAT_WIKITEXT:
        return [Document(title=_title_from_name(name), body=text.strip("\n").rstrip(),
                         markup=MARKUP_WIKITEXT, format=FORMAT_WIKITEXT, path=path)]
    title, body = _plain_title_and_body(text, name)
    return [Document(title=title, body=body, markup=MARKUP_PLAIN, format=FORMAT_PLAIN, path=path)]


def _select(docs: list[Document], page: str | None, name: str) -> Document:
    if page is not None:
        doc = docs[_pick([d.title for d in docs], page, name)]
    else:
        doc = next((d for d in docs if d.body.strip()), docs[0])
    if not doc.body.strip():
        if doc.format == FORMAT_REVISION_LINE:
            raise _error(name, f"has a revision header for {_quote(doc.title)} but no article text")
        raise _error(name, f"has no text for page {_quote(doc.title)}")
    return doc


def _guarded(name: str, func: Callable[[], _T]) -> _T:
    """Run ``func``; turn anything but a DocumentError into one (the API raises nothing else)."""
    try:
        return func()
    except DocumentError:
        raise
    except MemoryError:
        raise _error(name, "is too large to open in the memory available") from None
    except Exception as err:  # noqa: BLE001 - the contract is "DocumentError only"
        log.exception("unexpected error while opening %s", name)
        raise _error(name, f"could not be opened ({type(err).__name__}: {err})") from err


# --- public API ------------------------------------------------------------------


def parse_document_bytes(data: bytes, name: str = "", *, page: str | None = None) -> Document:
    """Parse a document from bytes; ``name`` (a file name) is used in messages, titles and tie-breaks.

    ``path`` of the result is None. Raises DocumentError like :func:`load_document`.
    """
    if len(data) > MAX_BYTES:
        raise _too_big(name or "document", len(data))
    shown = name or "document"

    def run() -> Document:
        return _select(_documents(decode_text(data, shown), name, None), page, shown)

    return _guarded(shown, run)


def load_document(path: str | os.PathLike[str], *, page: str | None = None) -> Document:
    """Open the document at ``path``; detect its format from its content.

    ``page`` picks a page of a multi-page MediaWiki export (or of a file of
    several revision records) by title; without it the first page with text
    is loaded. For single-document formats ``page`` must be None or the
    document's title. Raises DocumentError, and nothing else, on any failure.
    """
    p = Path(path)
    name = str(path)

    def run() -> Document:
        data = _read_bytes(p)
        return _select(_documents(decode_text(data, name), name, str(path)), page, name)

    return _guarded(name, run)


def list_pages(path: str | os.PathLike[str]) -> list[str]:
    """The titles of the pages in the document at ``path``, in file order.

    A MediaWiki export gives one title per page (duplicates listed once); a
    file of several revision records one per record; any other document a
    single title. Raises DocumentError like :func:`load_document`.
    """
    p = Path(path)
    name = str(path)

    def run() -> list[str]:
        docs = _documents(decode_text(_read_bytes(p), name), name, str(path))
        return list(dict.fromkeys(d.title for d in docs))

    return _guarded(name, run)


def sample_path() -> Path:
    """The bundled sample article (see resources/sample/ATTRIBUTION.md)."""
    return RESOURCES / "sample" / SAMPLE_FILE
