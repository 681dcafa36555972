"""The map page as a string: every asset local, nothing fetched from the network."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from mapapp.core.paths import RESOURCES
from mapapp.map import build_page
from mapapp.map.assets import resolve_asset
from mapapp.map.page import OSM_TILES


class AssetCollector(HTMLParser):
    """Every URL the page would load: script src, link href, img/iframe/source src, CSS url()."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str]] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("href"):
            self.urls.append((tag, attrs["href"]))
        for attr in ("src", "srcset", "data", "poster"):
            if attrs.get(attr):
                self.urls.append((tag, attrs[attr]))
        if attrs.get("style"):
            self.urls += [("style-attr", u) for u in re.findall(r"url\(([^)]*)\)", attrs["style"])]
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls += [("style", u) for u in re.findall(r"url\(([^)]*)\)", data)]
            self.urls += [("style", u) for u in re.findall(r"@import\s+['\"]([^'\"]+)", data)]


def collected(html: str) -> list[tuple[str, str]]:
    parser = AssetCollector()
    parser.feed(html)
    return parser.urls


@pytest.fixture(scope="module")
def page() -> str:
    return build_page()


def test_page_loads_only_local_assets(page):
    urls = collected(page)
    assert urls, "the collector found nothing: the page changed shape"
    for tag, url in urls:
        assert url.startswith("mapapp://app/"), (tag, url)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)


def test_page_has_the_expected_scripts_and_styles(page):
    urls = [u for _, u in collected(page)]
    # The channel first: mapapp.js starts the handshake with Python as it loads.
    assert urls == [
        "mapapp://app/qwebchannel.js",
        "mapapp://app/mapapp.js",
        "mapapp://app/leaflet/leaflet.js",
        "mapapp://app/data/basemap.js",
        "mapapp://app/leaflet/leaflet.css",
        "mapapp://app/mapapp.css",
    ]
    for dropped in ("jquery", "bootstrap", "awesome", "fontawesome", "cdn"):
        assert dropped not in page.lower()
    assert "window.mapapp.init(map_mapapp" in page
    assert '"preferCanvas": true' in page


def test_every_asset_the_page_names_is_served(page):
    for _, url in collected(page):
        path = url.removeprefix("mapapp://app/")
        if path == "qwebchannel.js":
            continue  # from Qt's resources, tested in tests/ui
        assert resolve_asset(path) is not None, path


def test_content_security_policy_keeps_the_page_offline(page):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp
    assert "http" not in csp
    online = build_page(online_tiles=True)
    csp_online = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', online).group(1)
    assert "img-src mapapp: data: https://tile.openstreetmap.org" in csp_online
    # The CSP meta comes before any script it must govern.
    assert page.index("Content-Security-Policy") < page.index("<script")


def test_online_tiles_only_when_asked(page):
    assert "tile.openstreetmap.org" not in page
    assert "L.tileLayer" not in page
    online = build_page(online_tiles=True)
    assert OSM_TILES in online and "L.tileLayer" in online
    assert '"onlineTiles": true' in online and '"onlineTiles": false' in page


def test_stylesheets_have_no_remote_urls():
    for name in ("mapapp.css",):
        css = (RESOURCES / "map" / name).read_text()
        for url in re.findall(r"url\(([^)]*)\)", css):
            assert "//" not in url, url
        assert "@import" not in css
    data, _ = resolve_asset("leaflet/leaflet.css")
    for url in re.findall(r"url\(([^)]*)\)", data.decode()):
        assert "//" not in url or url.startswith(("data:", "'data:", '"data:')), url


def test_page_script_never_writes_html():
    """Document text reaches the page only through textContent / DOM nodes."""
    js = (RESOURCES / "map" / "mapapp.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in js, sink
    # Leaflet sets string tooltip/popup content as HTML: only DOM nodes are passed.
    assert not re.search(r"\.(bindTooltip|bindPopup|setContent)\(\s*['\"a-z]*\.?name", js)
