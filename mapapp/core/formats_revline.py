"""The one-line revision record: a revision's metadata and its wikitext on one line.

A record looks like this (all on one line, fields separated by single spaces)::

    Soviet-German relations before 1941 865825 221484835 2008-06-24T18:31:34Z
    Colchicum 2669190 not needed anymore {{incomplete}} [[Image:...

that is: title, page id, revision id, timestamp, user name, user id, edit
summary (comment), then the wikitext. Titles, user names and comments may
contain spaces, so the line is split by these rules:

1. **Anchor.** The first run ``<digits> <digits> <YYYY-MM-DDTHH:MM:SSZ>`` is
   page id, revision id and timestamp; the title is everything before it.
   (A title may end in a number, e.g. ``Ship 12 865825 221484835 2008-...``:
   the timestamp must follow the two numbers directly, so the anchor is still
   unambiguous.)
2. **User.** If the first token after the timestamp is an IPv4 or IPv6
   address, it is the (anonymous) user; a following ``0`` is taken as its user
   id, any other number belongs to the comment (anonymous edits have user id
   0 or none). Otherwise the user id is the first standalone number token
   (``0`` or digits without a leading zero, at most 10 digits) that comes
   after at least one token of user name, provided every token before it could
   be part of a user name (user names cannot contain ``# < > [ ] | { }``) and
   the name is at most 255 characters. The user name is everything between
   the timestamp and that number. If there is no such number, the user is the
   first token and the user id is absent. A user name with a standalone
   number in it (``Tom 2``) therefore splits at that number: the first
   plausible number wins.
3. **Comment and wikitext.** The wikitext starts at the first token that looks
   like the start of wikitext: ``{{``, ``[[``, ``''`` (so also ``'''``),
   ``==``, ``__``, ``{|``, ``#REDIRECT`` or ``<`` followed by a letter, ``/``
   or ``!``. The comment is what lies between the user (id) and that token;
   if that token comes right after the user id the comment is empty (None).
   The comment cannot contain a line break and is at most 500 characters (the
   MediaWiki limit): if no wikitext token starts within those bounds, then in
   a record that goes on over several lines the rest of the first line is the
   comment and the wikitext is the following lines, and in a one-line record
   the comment is empty and the wikitext starts right after the user id.

Ambiguity, decided: edit summaries often contain wiki links (rollbacks read
``Reverted edits by [[Special:Contributions/X|X]] ([[User talk:X|talk]]) to
last version by Y``). A ``[[`` link whose target is in the Special, User, User
talk, Wikipedia/WP, Help or Talk namespaces is taken as part of the comment;
any other ``[[`` (an article link, ``[[Image:`` ...) starts the wikitext, so a
comment such as ``see [[Treaty of Rapallo]]`` is cut before the link and the
link and the rest of the comment become the first words of the article. The
same holds for ``{{``, ``<`` etc. inside a comment. An article whose text
begins with plain words rather than markup has those words read as comment up
to its first markup (at most 500 characters).

A file may also hold several records, one per line; it is read as several
records only when every non-blank line is a record header, otherwise the
first line's record continues over the following lines (wikitext with line
breaks).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

# The detection pattern: the first line starts like a record header. Titles are
# at most 255 bytes in MediaWiki; the bound also keeps a failed match linear.
HEADER_RE = re.compile(r"(?P<title>[^\n]{1,300}?) (?P<page_id>\d+) (?P<revision_id>\d+) "
                       r"(?P<timestamp>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)(?= |\n|$)")

MAX_COMMENT_CHARS = 500  # MediaWiki's limit on edit summaries
MAX_USER_CHARS = 255

_TOKEN_RE = re.compile(r"[^ \t\n]+")
_USER_ID_RE = re.compile(r"(?:0|[1-9]\d{0,9})")
_USERNAME_FORBIDDEN = set("#<>[]|{}")
_WIKITEXT_START_RE = re.compile(r"\{\{|\[\[|''|==|__|\{\||<[A-Za-z!/]|#redirect", re.IGNORECASE)
_COMMENT_LINK_RE = re.compile(
    r"\[\[\s*:?\s*(?:special|user|user[ _]talk|wikipedia|wp|help|talk|project)\s*:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RevisionRecord:
    title: str
    page_id: int
    revision_id: int
    timestamp: str
    user: str | None
    user_id: int | None
    comment: str | None
    text: str


def looks_like_record(text: str) -> bool:
    """True if ``text`` starts with a record header (title, ids, timestamp)."""
    m = HEADER_RE.match(text)
    return m is not None and bool(m.group("title").strip())


def is_multi_record(text: str) -> bool:
    """True if there are several lines and every non-blank one is a record header."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) > 1 and all(looks_like_record(line) for line in lines)


def parse_records(text: str) -> list[RevisionRecord]:
    """All records in ``text``: one per line if :func:`is_multi_record`, else one."""
    if is_multi_record(text):
        return [parse_record(line) for line in text.split("\n") if line.strip()]
    return [parse_record(text)]


def _is_ip(token: str) -> bool:
    if "." not in token and ":" not in token:
        return False
    try:
        ipaddress.ip_address(token)
    except ValueError:
        return False
    return True


def _starts_wikitext(rest: str, start: int) -> bool:
    if not _WIKITEXT_START_RE.match(rest, start):
        return False
    return not _COMMENT_LINK_RE.match(rest, start)


def parse_record(text: str) -> RevisionRecord:
    """Split one record (see the module docstring for the rules).

    Raises ValueError if ``text`` does not start with a record header.

    >>> r = parse_record("A title 1 2 2008-06-24T18:31:34Z Some user 42 fix [[Link]] text")
    >>> (r.title, r.user, r.user_id, r.comment, r.text)
    ('A title', 'Some user', 42, 'fix', '[[Link]] text')
    """
    m = HEADER_RE.match(text)
    if m is None:
        raise ValueError("not a revision record")
    title = m.group("title").strip()
    if not title:
        raise ValueError("a revision record without a title")
    rest = text[m.end():]
    if rest.startswith(" "):
        rest = rest[1:]
    line_end = rest.find("\n")
    first_line_end = len(rest) if line_end < 0 else line_end
    # Tokens of the first line, bounded: user name + id + comment fit easily.
    tokens = list(_TOKEN_RE.finditer(rest, 0, min(first_line_end, 4 * MAX_COMMENT_CHARS)))

    user: str | None = None
    user_id: int | None = None
    i = 0  # index of the first token after the user (id)
    if tokens:
        first = tokens[0].group()
        if _is_ip(first):
            user, i = first, 1
            if len(tokens) > 1 and tokens[1].group() == "0":
                user_id, i = 0, 2
        else:
            user, i = first, 1
            for j in range(1, len(tokens)):
                tok = tokens[j].group()
                if _USER_ID_RE.fullmatch(tok):
                    user = rest[tokens[0].start():tokens[j - 1].end()]
                    user_id, i = int(tok), j + 1
                    break
                if (_USERNAME_FORBIDDEN.intersection(tok)
                        or tokens[j].end() - tokens[0].start() > MAX_USER_CHARS):
                    break
    if user is not None and _USERNAME_FORBIDDEN.intersection(user):
        # The "user" is already wikitext: a record without user or comment.
        user, user_id, i = None, None, 0

    # Where the comment starts, and where the wikitext starts.
    comment_start = tokens[i - 1].end() if i > 0 else 0
    body_start: int | None = None
    for token in tokens[i:]:
        if token.start() - comment_start > MAX_COMMENT_CHARS:
            break
        if _starts_wikitext(rest, token.start()):
            body_start = token.start()
            break
    if body_start is None:
        if line_end >= 0 and first_line_end - comment_start <= MAX_COMMENT_CHARS:
            body_start = first_line_end + 1  # the comment is the rest of the first line
        else:
            body_start = comment_start
    comment = rest[comment_start:body_start].strip() or None
    body = rest[body_start:].strip()
    return RevisionRecord(
        title=title,
        page_id=int(m.group("page_id")),
        revision_id=int(m.group("revision_id")),
        timestamp=m.group("timestamp"),
        user=user,
        user_id=user_id,
        comment=comment,
        text=body,
    )
