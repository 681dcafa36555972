"""The Leaflet map page and its data, built from core values. Never imports Qt.

- :func:`build_page` renders the HTML of the map page (folium, local assets only).
- :func:`resolve_asset` answers the ``mapapp://app/...`` scheme as a pure function.
- :func:`js_call` is the one builder of Python -> JS calls.
- :func:`decode_message` turns JS -> Python bridge messages into typed values.
- :func:`place_payload` turns places into the JSON the page draws.
"""

from mapapp.map.assets import PAGE_PATH, PAGE_URL, SCHEME, SCHEME_HOST, resolve_asset
from mapapp.map.bridge import (
    JsError,
    Message,
    MessageError,
    PlaceClicked,
    PlacesDrawn,
    Ready,
    ViewChanged,
    decode_message,
    js_call,
)
from mapapp.map.page import build_page
from mapapp.map.payload import first_sentence, place_payload

__all__ = [
    "PAGE_PATH",
    "PAGE_URL",
    "SCHEME",
    "SCHEME_HOST",
    "JsError",
    "Message",
    "MessageError",
    "PlaceClicked",
    "PlacesDrawn",
    "Ready",
    "ViewChanged",
    "build_page",
    "decode_message",
    "first_sentence",
    "js_call",
    "place_payload",
    "resolve_asset",
]
