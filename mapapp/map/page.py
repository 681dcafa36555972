"""The HTML of the map page, built with folium but loading only local assets.

folium's ``Map.default_js`` / ``default_css`` point at CDNs (jsdelivr, code.jquery,
cdnjs). They are replaced on the instance by ``mapapp://app/...`` URLs; jQuery,
Bootstrap and awesome-markers are dropped (places are drawn as circle markers).
"""

from __future__ import annotations

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from mapapp.map.assets import BASE_URL, QWEBCHANNEL_PATH
from mapapp.map.bridge import to_js

INITIAL_CENTER = (52.0, 20.0)
INITIAL_ZOOM = 4
MIN_ZOOM = 2
MAX_ZOOM = 12

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'

# The channel first: mapapp.js starts its handshake with Python as it loads,
# and the answer comes while Leaflet and the base map data are parsed.
LOCAL_JS = [
    ("qwebchannel", BASE_URL + QWEBCHANNEL_PATH),
    ("mapapp", BASE_URL + "mapapp.js"),
    ("leaflet", BASE_URL + "leaflet/leaflet.js"),
    ("basemap", BASE_URL + "data/basemap.js"),
]
LOCAL_CSS = [
    ("leaflet_css", BASE_URL + "leaflet/leaflet.css"),
    ("mapapp_css", BASE_URL + "mapapp.css"),
]


def content_security_policy(online_tiles: bool = False) -> str:
    """The page's CSP: scripts, styles and images from the app scheme only.

    Inline script/style are allowed (folium writes its map setup inline); with
    online tiles, images may also come from the OSM tile server.
    """
    img = "mapapp: data:" + (" https://tile.openstreetmap.org" if online_tiles else "")
    return "; ".join(
        [
            "default-src 'none'",
            "script-src mapapp: 'unsafe-inline'",
            "style-src mapapp: 'unsafe-inline'",
            f"img-src {img}",
            "font-src mapapp: data:",
            "connect-src mapapp:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


class _Init(MacroElement):
    """``mapapp.init(<the folium map>, options)`` once the map object exists."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            window.mapapp.init({{ this._parent.get_name() }}, {{ this.options_js }});
        {% endmacro %}
        """
    )

    def __init__(self, options: dict) -> None:
        super().__init__()
        self._name = "MapappInit"
        self.options_js = to_js(options)


def build_page(*, online_tiles: bool = False) -> str:
    """The HTML of the map page.

    Only ``mapapp://app/...`` assets are referenced; the base map is drawn from
    ``data/basemap.js`` by ``mapapp.js``. With ``online_tiles`` an OpenStreetMap
    tile layer is added (the only network access the page can make).
    """
    m = folium.Map(
        location=list(INITIAL_CENTER),
        zoom_start=INITIAL_ZOOM,
        tiles=None,
        prefer_canvas=True,
        zoom_control=True,
        control_scale=True,
        min_zoom=MIN_ZOOM,
        max_zoom=MAX_ZOOM,
        world_copy_jump=False,
    )
    m._id = "mapapp"  # stable JS name: map_mapapp
    m.default_js = list(LOCAL_JS)
    m.default_css = list(LOCAL_CSS)
    root = m.get_root()
    root.header.add_child(
        Element(
            '<meta http-equiv="Content-Security-Policy" content="'
            + content_security_policy(online_tiles)
            + '" />'
        ),
        name="csp",
        index=0,
    )
    root.title = "mapapp map"
    if online_tiles:
        folium.TileLayer(
            tiles=OSM_TILES, attr=OSM_ATTRIBUTION, name="OpenStreetMap", max_zoom=19
        ).add_to(m)
    _Init({"onlineTiles": online_tiles, "minZoom": MIN_ZOOM, "maxZoom": MAX_ZOOM}).add_to(m)
    return root.render()
