"""The Leaflet map page and its data, built from core values. Never imports Qt.

- :func:`build_page` renders the HTML of the map page (folium, local assets only).
- :func:`resolve_asset` answers the ``mapapp://app/...`` scheme as a pure function.
- :func:`js_call` is the one builder of Python -> JS calls.
- :func:`decode_message` turns JS -> Python bridge messages into typed values.
- :func:`place_payload` turns places into the JSON the page draws.
"""

import importlib
from typing import Any

# Imported on first use: folium (behind build_page) costs a third of a second,
# and the app only needs it when the page is not cached yet.
_HOMES = {
    "PAGE_PATH": "assets",
    "PAGE_URL": "assets",
    "SCHEME": "assets",
    "SCHEME_HOST": "assets",
    "resolve_asset": "assets",
    "BordersDrawn": "bridge",
    "EventChosen": "bridge",
    "JsError": "bridge",
    "Message": "bridge",
    "MessageError": "bridge",
    "PlaceClicked": "bridge",
    "PlacesDrawn": "bridge",
    "Ready": "bridge",
    "ViewChanged": "bridge",
    "decode_message": "bridge",
    "js_call": "bridge",
    "border_change_dates": "assets",
    "build_page": "page",
    "first_sentence": "payload",
    "place_payload": "payload",
    "event_payload": "payload",
    "places_in_range": "payload",
    "reading_range": "payload",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'mapapp.map' has no attribute {name!r}")
    return getattr(importlib.import_module(f"mapapp.map.{home}"), name)


__all__ = [
    "PAGE_PATH",
    "PAGE_URL",
    "SCHEME",
    "SCHEME_HOST",
    "BordersDrawn",
    "EventChosen",
    "JsError",
    "Message",
    "MessageError",
    "PlaceClicked",
    "PlacesDrawn",
    "Ready",
    "ViewChanged",
    "border_change_dates",
    "build_page",
    "decode_message",
    "event_payload",
    "first_sentence",
    "js_call",
    "place_payload",
    "places_in_range",
    "reading_range",
    "resolve_asset",
]
