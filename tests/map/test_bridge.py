"""Python -> JS calls and JS -> Python messages, without Qt."""

from __future__ import annotations

import json

import pytest

from mapapp.map import (
    BordersDrawn,
    EventChosen,
    JsError,
    MessageError,
    PlaceClicked,
    PlacesDrawn,
    Ready,
    ViewChanged,
    decode_message,
    js_call,
)


def args_of(call: str, fn: str) -> list:
    prefix = f"window.mapapp.{fn}("
    assert call.startswith(prefix) and call.endswith(");")
    return json.loads("[" + call[len(prefix):-2] + "]")


def test_simple_call():
    assert js_call("fitPlaces") == "window.mapapp.fitPlaces();"
    assert js_call("setView", 52.0, 20.5, 4) == "window.mapapp.setView(52.0, 20.5, 4);"
    assert js_call("focusPlace", "geonames:1", False) == 'window.mapapp.focusPlace("geonames:1", false);'
    assert js_call("getView", as_json=True) == "JSON.stringify(window.mapapp.getView());"
    assert js_call("setDate", "1939-09-01") == 'window.mapapp.setDate("1939-09-01");'


@pytest.mark.parametrize(
    "text",
    [
        'quote " and \' and \\ backslash',
        "</script><script>alert(1)</script>",
        "line\u2028separator\u2029paragraph",
        "Łódź, Kraków, Київ, Вильно, 東京",
        "new\nline\ttab\r",
        "${template} `backtick`",
        "<!-- comment --> ]]>",
    ],
)
def test_arguments_survive_and_are_safe(text):
    call = js_call("setPlaces", [{"name": text}], text)
    assert args_of(call, "setPlaces") == [[{"name": text}], text]
    assert "</" not in call
    assert "\u2028" not in call and "\u2029" not in call
    assert "\n" not in call and "\r" not in call


def test_non_ascii_is_kept_readable():
    assert "Łódź" in js_call("x", "Łódź")


@pytest.mark.parametrize(
    "fn",
    ["", "a.b", "a(b)", "alert(1);x", "1abc", "a b", "x;y", "__proto__[0]", None, 3],
)
def test_function_name_must_be_an_identifier(fn):
    with pytest.raises(ValueError):
        js_call(fn)


def test_nan_is_refused():
    with pytest.raises(ValueError):
        js_call("setView", float("nan"), 0, 4)


def test_decode_good_messages():
    assert decode_message("ready", "{}") == Ready()
    assert decode_message("ready", "") == Ready()
    assert decode_message("place_clicked", '{"id": "geonames:756135"}') == PlaceClicked("geonames:756135")
    assert decode_message("places_drawn", '{"count": 12}') == PlacesDrawn(12)
    assert decode_message(
        "places_drawn", '{"count": 12, "width": 645, "height": 818, "generation": 2}'
    ) == PlacesDrawn(12, 645, 818, 2)
    assert decode_message("view_changed", '{"lat": 52.1, "lon": 20.5, "zoom": 4}') == ViewChanged(52.1, 20.5, 4)
    assert decode_message("view_changed", '{"lat": 52, "lon": 20, "zoom": 4.0}') == ViewChanged(52.0, 20.0, 4)
    assert decode_message("js_error", '{"message": "boom", "source": "mapapp.js", "line": 3}') == JsError(
        "boom", "mapapp.js", 3
    )
    assert decode_message("js_error", '{"message": "boom"}') == JsError("boom", "", 0)
    assert decode_message("borders_drawn", '{"date": "1939-10-01", "territories": 54}') == BordersDrawn(
        "1939-10-01", 54
    )


def test_decode_event_chosen():
    assert decode_message("event_chosen", '{"start": 39225}') == EventChosen(39225)
    assert decode_message("event_chosen", '{"start": 0}') == EventChosen(0)
    assert decode_message("event_chosen", '{"start": 12.0, "extra": "ignored"}') == EventChosen(12)


def test_emphasis_and_events_calls():
    call = js_call("emphasisePlaces", ["geonames:1", "mapapp:x"], {"fit": True})
    assert args_of(call, "emphasisePlaces") == [["geonames:1", "mapapp:x"], {"fit": True}]
    call = js_call("setEvents", [{"date": "1940-03-12", "label": "The Moscow Peace Treaty", "start": 5}])
    assert args_of(call, "setEvents")[0][0]["label"] == "The Moscow Peace Treaty"


def test_messages_are_frozen():
    msg = PlaceClicked("a")
    with pytest.raises(AttributeError):
        msg.place_id = "b"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kind", "payload"),
    [
        ("unknown", "{}"),
        ("", "{}"),
        ("place_clicked", "{not json"),
        ("place_clicked", "[]"),
        ("place_clicked", '"id"'),
        ("place_clicked", "{}"),
        ("place_clicked", '{"id": ""}'),
        ("place_clicked", '{"id": 5}'),
        ("places_drawn", '{"count": "3"}'),
        ("places_drawn", '{"count": -1}'),
        ("places_drawn", '{"count": true}'),
        ("places_drawn", '{"count": 3, "width": -5, "height": 10}'),
        ("places_drawn", '{"count": 3, "width": "wide"}'),
        ("view_changed", '{"lat": 1, "lon": 2}'),
        ("view_changed", '{"lat": "1", "lon": 2, "zoom": 3}'),
        ("view_changed", '{"lat": 100, "lon": 2, "zoom": 3}'),
        ("view_changed", '{"lat": NaN, "lon": 2, "zoom": 3}'),
        ("js_error", '{"message": 5}'),
        ("borders_drawn", '{"date": "1 Oct 1939", "territories": 3}'),
        ("borders_drawn", '{"date": "1939-10-01"}'),
        ("borders_drawn", '{"date": "1939-10-01", "territories": -2}'),
        ("borders_drawn", '{"date": 1939, "territories": 2}'),
        ("event_chosen", "{}"),
        ("event_chosen", '{"start": "12"}'),
        ("event_chosen", '{"start": -1}'),
        ("event_chosen", '{"start": true}'),
        ("event_chosen", '{"start": null}'),
    ],
)
def test_decode_bad_messages(kind, payload):
    with pytest.raises(MessageError):
        decode_message(kind, payload)
    assert issubclass(MessageError, ValueError)


def test_decode_rejects_non_string_payload():
    with pytest.raises(ValueError):
        decode_message("ready", None)  # type: ignore[arg-type]


def test_js_batch_runs_every_statement_in_order():
    from mapapp.map.bridge import js_batch

    assert js_batch([]) == ""
    assert js_batch(["a();"]) == "a();"
    assert js_batch(["a();", "b();", "c();"]) == "try { a(); } finally { try { b(); } finally { c(); } }"
