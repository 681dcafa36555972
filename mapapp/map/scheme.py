"""Where the map page and its data live: the ``mapapp://app/...`` URLs.

Apart from :mod:`mapapp.map.assets`, which serves them, because the map view
needs only these names, and it is made before anything else at launch.
"""

SCHEME = "mapapp"
SCHEME_HOST = "app"
BASE_URL = f"{SCHEME}://{SCHEME_HOST}/"
PAGE_PATH = "map.html"
ONLINE_PAGE_PATH = "map-online.html"  # the same page with the online OSM tile layer
PAGE_URL = BASE_URL + PAGE_PATH
ONLINE_PAGE_URL = BASE_URL + ONLINE_PAGE_PATH
QWEBCHANNEL_PATH = "qwebchannel.js"  # served by the ui layer from Qt's resources
# data/basemap.js: what the page draws before it says "ready" (coarse land).
BASEMAP_JS_PATH = "data/basemap.js"
# data/land.js: the detailed land, loaded by the page when it is zoomed in.
LAND_JS_PATH = "data/land.js"
# data/borders.js: the dated borders (geodata/borders), fetched by the page
# after "ready", the first time it is given a date.
BORDERS_JS_PATH = "data/borders.js"
