"""The Python <-> JS bridge as pure functions.

Python -> JS: :func:`js_call` is the only place that builds JavaScript source.
JS -> Python: the page calls ``bridge.post(kind, JSON.stringify(payload))``;
:func:`decode_message` turns that into one of the frozen message types below.

>>> js_call("focusPlace", "geonames:1", True)
'window.mapapp.focusPlace("geonames:1", true);'
>>> decode_message("place_clicked", '{"id": "geonames:1"}')
PlaceClicked(place_id='geonames:1')
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

# json is imported where it is used, and the messages are named tuples, not
# dataclasses: this module is imported on the way to the map view, before
# Chromium starts, where json, dataclasses and the dataclasses' generated
# methods would cost ~10 ms of a launch.

NAMESPACE = "window.mapapp"

_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def to_js(value: Any) -> str:
    """One JSON value as JavaScript source, safe inside an inline <script> too.

    ``ensure_ascii=False`` keeps non-ASCII text readable; U+2028/U+2029 (line
    terminators in old JS) and ``</`` (which would close a <script>) are escaped.
    NaN and infinities are refused (they are not JSON).
    """
    import json

    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")


def js_call(fn: str, *args: Any, as_json: bool = False) -> str:
    """The JavaScript statement calling ``window.mapapp.<fn>(*args)``.

    Every argument is JSON-encoded; ``fn`` must be a plain identifier. With
    ``as_json`` the result is wrapped in ``JSON.stringify`` (``runJavaScript``
    hands objects and arrays back to PySide6 as empty values).

    >>> js_call("placePoint", "a", as_json=True)
    'JSON.stringify(window.mapapp.placePoint("a"));'
    """
    if not isinstance(fn, str) or not _IDENTIFIER.match(fn):
        raise ValueError(f"not a JavaScript identifier: {fn!r}")
    call = f"{NAMESPACE}.{fn}({', '.join(to_js(a) for a in args)})"
    return f"JSON.stringify({call});" if as_json else f"{call};"


def js_batch(statements: Sequence[str]) -> str:
    """One script running ``statements`` (from :func:`js_call`) in order, each even if one before threw.

    A page runs each ``runJavaScript`` as a task of its own; calls queued while
    the page loaded go as one, so that the page does them together (its
    canvases, which repaint once per task, then repaint once).

    >>> js_batch(["a();", "b();", "c();"])
    'try { a(); } finally { try { b(); } finally { c(); } }'
    """
    statements = list(statements)
    if not statements:
        return ""
    script = statements[-1]
    for statement in reversed(statements[:-1]):
        script = f"try {{ {statement} }} finally {{ {script} }}"
    return script


# --- JS -> Python --------------------------------------------------------------


class MessageError(ValueError):
    """A bridge message that is not understood: unknown kind, bad JSON or bad fields."""


class Ready(NamedTuple):
    """The channel and the base map are up; calls may now be made."""


class PlaceClicked(NamedTuple):
    place_id: str


class PlacesDrawn(NamedTuple):
    """``count`` places painted in a frame of ``width`` x ``height`` CSS pixels
    (0 x 0: not told). ``generation`` numbers the page's reports: a report is
    repeated, with the same number, after the map is laid out at a new size."""

    count: int
    width: int = 0
    height: int = 0
    generation: int = 0


class BordersDrawn(NamedTuple):
    """The borders of ``date`` (ISO) are drawn: ``territories`` territories."""

    date: str
    territories: int


class ViewChanged(NamedTuple):
    lat: float
    lon: float
    zoom: int


class EventChosen(NamedTuple):
    """The reader chose an event of the text on the map: ``start`` is its plain-text offset."""

    start: int


class JsError(NamedTuple):
    message: str
    source: str = ""
    line: int = 0


Message = Ready | PlaceClicked | PlacesDrawn | BordersDrawn | ViewChanged | EventChosen | JsError


def _field(payload: dict[str, Any], name: str, kind: type, default: Any = ...) -> Any:
    if name not in payload or payload[name] is None:
        if default is ...:
            raise MessageError(f"missing field {name!r}")
        return default
    value = payload[name]
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise MessageError(f"field {name!r} is not a number: {value!r}")
        value = float(value)
        if not math.isfinite(value):
            raise MessageError(f"field {name!r} is not finite")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise MessageError(f"field {name!r} is not a number: {value!r}")
        if not math.isfinite(value):
            raise MessageError(f"field {name!r} is not finite")
        return int(round(value))
    if not isinstance(value, kind):
        raise MessageError(f"field {name!r} is not {kind.__name__}: {value!r}")
    return value


def decode_message(kind: str, payload: str) -> Message:
    """Decode one message posted by the page.

    Raises :class:`MessageError` (a ``ValueError``) for unknown kinds, bad JSON
    or missing/mistyped fields.
    """
    import json

    if not isinstance(payload, str):
        raise MessageError(f"payload is not a string: {type(payload).__name__}")
    try:
        data = json.loads(payload) if payload.strip() else {}
    except json.JSONDecodeError as exc:
        raise MessageError(f"bad JSON in {kind!r} message: {exc}") from None
    if not isinstance(data, dict):
        raise MessageError(f"payload of {kind!r} is not an object")
    if kind == "ready":
        return Ready()
    if kind == "place_clicked":
        place_id = _field(data, "id", str)
        if not place_id:
            raise MessageError("empty place id")
        return PlaceClicked(place_id)
    if kind == "places_drawn":
        count = _field(data, "count", int)
        if count < 0:
            raise MessageError("negative count")
        width, height = _field(data, "width", int, 0), _field(data, "height", int, 0)
        if width < 0 or height < 0:
            raise MessageError("negative size")
        return PlacesDrawn(count, width, height, _field(data, "generation", int, 0))
    if kind == "borders_drawn":
        date = _field(data, "date", str)
        if not _ISO_DATE.match(date):
            raise MessageError(f"not an ISO date: {date!r}")
        count = _field(data, "territories", int)
        if count < 0:
            raise MessageError("negative count")
        return BordersDrawn(date, count)
    if kind == "view_changed":
        lat = _field(data, "lat", float)
        lon = _field(data, "lon", float)
        if not -90.0 <= lat <= 90.0:
            raise MessageError(f"latitude out of range: {lat}")
        return ViewChanged(lat, lon, _field(data, "zoom", int))
    if kind == "event_chosen":
        start = _field(data, "start", int)
        if start < 0:
            raise MessageError("negative offset")
        return EventChosen(start)
    if kind == "js_error":
        return JsError(
            message=str(_field(data, "message", str, "")),
            source=str(_field(data, "source", str, "")),
            line=_field(data, "line", int, 0),
        )
    raise MessageError(f"unknown message kind: {kind!r}")
