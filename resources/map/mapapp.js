/* mapapp map page: the base map, the places, and the bridge to Python.
 *
 * Everything lives in one namespace, window.mapapp. Python calls it through
 * mapapp.map.js_call (JSON arguments only); the page answers through the
 * QWebChannel object "bridge": bridge.post(kind, JSON.stringify(payload)).
 * Without QWebChannel (a standalone HTML export) it works with no bridge.
 *
 * Document text (place names, sentences) is only ever inserted with
 * textContent / DOM nodes, never as HTML.
 *
 * API (window.mapapp):
 *   init(map, options)            called once by the page (options: onlineTiles, minZoom, maxZoom)
 *   setPlaces(list)               [{id, name, lat, lon, kind, count, sentence}] -> count drawn;
 *                                 posts "places_drawn" {count}
 *   focusPlace(id, popup=true)    fly to the place, then open its popup
 *   highlightPlaces(ids)          emphasise these, dim the rest; [] resets
 *   fitPlaces()                   fit the places that lie on the base map
 *   setView(lat, lon, zoom)       no animation
 *   getView()                     JSON text {lat, lon, zoom}
 *   setExportMode(on)             hide the zoom buttons for still images
 *   placeCount(), placePoint(id), popupText(), labelTexts(), status()
 *                                 inspection for tests; plain values (JSON.stringify them);
 *                                 status().baseBusy: the base map is still fetching or
 *                                 drawing what the current zoom needs (snapshots wait)
 * Messages to Python: "ready" {}, "place_clicked" {id}, "places_drawn" {count},
 *   "view_changed" {lat, lon, zoom} (debounced moveend), "js_error" {message, source, line}.
 *
 * The base map comes in two steps so that the page is ready quickly: data/basemap.js
 * (MAPAPP_BASEMAP.land_low, lakes, rivers, labels) is drawn before "ready"; the
 * detailed land (data/land.js, MAPAPP_BASEMAP.land) is loaded a moment after
 * "ready" and drawn instead of land_low from zoom DETAIL_ZOOM on.
 */
(function () {
  "use strict";

  var STYLE = {
    sea: "#c6dcea",
    land: { fillColor: "#f5f0e1", fillOpacity: 1, color: "#8aa9bf", weight: 0.8, opacity: 1 },
    lake: { fillColor: "#c6dcea", fillOpacity: 1, color: "#8aa9bf", weight: 0.6, opacity: 1 },
    river: "#6d9ec3",
    outside: "#e3e1da",
  };
  var KIND_COLORS = {
    city: "#b03a2e",
    region: "#7d3c98",
    country: "#2a5286",
    river: "#1a6fa8",
    sea: "#117a8b",
    other: "#b9770e",
  };
  var LABELS_MAX = 15; // permanent labels for at most this many places (most mentioned first)
  var DETAIL_ZOOM = 6; // from this zoom on the detailed land replaces land_low
  var DETAIL_URL = "mapapp://app/data/land.js";
  var PREFETCH_MS = 1500; // the detailed land is fetched this long after "ready" anyway
  // The canvas reaches this far beyond the view (a fraction of its size) so that
  // panning does not show undrawn edges; it starts small, which makes the first
  // frame cheaper, and widens with the prefetch.
  var CANVAS_PADDING = 0.5;
  var FIRST_CANVAS_PADDING = 0.1;

  var state = {
    map: null,
    options: {},
    bridge: null,
    baseDrawn: false,
    channelUp: false,
    readyPosted: false,
    places: [],
    markers: {}, // id -> L.CircleMarker
    byId: {}, // id -> place
    placeLayer: null,
    labelLayer: null,
    labels: [], // [{place, tooltip, shown}]
    highlighted: {},
    base: {},
    land: { low: null, detail: null, shown: null, loading: false, failed: false },
    seaLabels: [], // [{marker, minZoom}]
    viewTimer: null,
    deferred: {}, // kind -> function, run at the first non-zero size
  };

  // --- bridge -------------------------------------------------------------------

  function post(kind, payload) {
    if (!state.bridge) return;
    try {
      state.bridge.post(kind, JSON.stringify(payload || {}));
    } catch (e) {
      /* the channel is going away with the page */
    }
  }

  function reportError(message, source, line) {
    post("js_error", { message: String(message), source: String(source || ""), line: line | 0 });
  }

  window.addEventListener("error", function (ev) {
    // Errors of scripts run from outside the page are "muted" to a bare
    // "Script error."; the console route still reports those in full.
    if (!ev.filename && ev.message === "Script error.") return;
    reportError(ev.message || "error", ev.filename, ev.lineno);
  });
  window.addEventListener("unhandledrejection", function (ev) {
    reportError("Unhandled rejection: " + (ev.reason && ev.reason.message ? ev.reason.message : ev.reason));
  });
  if (window.console && console.error) {
    var consoleError = console.error.bind(console);
    console.error = function () {
      consoleError.apply(null, arguments);
      reportError(Array.prototype.map.call(arguments, String).join(" "), "console");
    };
  }

  // "ready" goes out once the map exists and the channel is up. Posting it just
  // before drawBase() (in the same task) is as good as after: Python's calls
  // arrive as later tasks, so they always find the base map drawn; meanwhile
  // Python's answer is on its way.
  function maybeReady() {
    if (state.map && state.channelUp && !state.readyPosted) {
      state.readyPosted = true;
      post("ready", {});
      if (!state.options.onlineTiles) setTimeout(prefetchDetail, PREFETCH_MS);
    }
  }

  function connectChannel() {
    if (state.channelAsked) return;
    if (typeof QWebChannel === "undefined" || !window.qt || !qt.webChannelTransport) return;
    state.channelAsked = true;
    new QWebChannel(qt.webChannelTransport, function (channel) {
      state.bridge = channel.objects.bridge || null;
      state.channelUp = true;
      maybeReady();
    });
  }

  // --- DOM helpers (text only) --------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function prop(feature, names, fallback) {
    var p = (feature && feature.properties) || {};
    for (var i = 0; i < names.length; i++) {
      var v = p[names[i]];
      if (v !== undefined && v !== null && v !== "") return v;
    }
    return fallback;
  }

  // --- base map -----------------------------------------------------------------

  function featureCollection(name) {
    var data = window.MAPAPP_BASEMAP && window.MAPAPP_BASEMAP[name];
    if (data && data.type === "FeatureCollection" && data.features) return data;
    return { type: "FeatureCollection", features: [] };
  }

  function rank(feature) {
    // geodata/basemap: rank 1 (most important) .. 3; Natural Earth "scalerank" also accepted.
    var r = Number(prop(feature, ["rank", "scalerank"], 3));
    return isFinite(r) ? Math.max(1, r) : 3;
  }

  // Rivers thicken as one zooms in; minor ones fade out at continental scale.
  function riverStyle(feature, zoom) {
    var r = rank(feature);
    var base = r <= 1 ? 2.0 : r === 2 ? 1.4 : 1.0;
    var scale = zoom <= 4 ? 0.65 : zoom === 5 ? 0.8 : zoom === 6 ? 1.0 : zoom === 7 ? 1.2 : 1.4;
    var opacity = r >= 3 && zoom <= 4 ? 0.55 : 0.9;
    return { color: STYLE.river, weight: base * scale, opacity: opacity, lineCap: "round", lineJoin: "round" };
  }

  function labelMinZoom(feature) {
    var z = Number(prop(feature, ["min_zoom", "minzoom"], NaN));
    if (isFinite(z)) return z;
    var r = rank(feature);
    return r <= 1 ? 3 : r === 2 ? 4 : 6;
  }

  function labelKind(feature) {
    return String(prop(feature, ["kind", "featurecla", "type"], "sea")).toLowerCase();
  }

  function drawBase() {
    var map = state.map;
    // One canvas for the base map and the places: the places are added last, so
    // they are drawn (and hit-tested) on top.
    var renderer = L.canvas({ padding: FIRST_CANVAS_PADDING, tolerance: 2 });
    state.renderer = renderer;
    map.getContainer().style.background = STYLE.sea;
    if (state.options.onlineTiles) {
      // The online tiles carry land, water and names themselves.
      state.baseDrawn = true;
      return;
    }
    var lowData = featureCollection("land_low");
    state.land.low = landLayer(lowData);
    var bounds = dataBounds(lowData, state.land.low);
    showLandForZoom();
    var lakes = L.geoJSON(featureCollection("lakes"), {
      renderer: renderer,
      style: function () {
        return STYLE.lake;
      },
      onEachFeature: function (feature, layer) {
        var name = prop(feature, ["name", "name_en", "NAME"], "");
        if (name) layer.bindTooltip(el("span", "mapapp-river-name", name), { sticky: true, className: "mapapp-river-tip" });
      },
    }).addTo(map);
    drawOutside(renderer, bounds);
    drawGraticule(renderer, bounds);
    var rivers = L.geoJSON(featureCollection("rivers"), {
      renderer: renderer,
      style: function (feature) {
        return riverStyle(feature, map.getZoom());
      },
      onEachFeature: function (feature, layer) {
        var name = prop(feature, ["name", "name_en", "NAME"], "");
        if (name) layer.bindTooltip(el("span", "mapapp-river-name", name), { sticky: true, className: "mapapp-river-tip" });
      },
    }).addTo(map);
    state.base = { lakes: lakes, rivers: rivers };

    var labelPane = map.createPane("mapapp-base-labels");
    labelPane.style.zIndex = 450;
    labelPane.style.pointerEvents = "none";
    featureCollection("labels").features.forEach(function (feature) {
      var name = prop(feature, ["name", "name_en", "NAME", "label"], "");
      var g = feature.geometry;
      if (!name || !g || g.type !== "Point") return;
      var kind = labelKind(feature).replace(/[^a-z_-]/g, "");
      var node = el("div", "mapapp-base-label mapapp-base-label-" + kind, name);
      var marker = L.marker([g.coordinates[1], g.coordinates[0]], {
        pane: "mapapp-base-labels",
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: "mapapp-base-label-icon", html: node, iconSize: null }),
      });
      state.seaLabels.push({ marker: marker, minZoom: labelMinZoom(feature), maxZoom: Number(prop(feature, ["max_zoom"], 99)) });
    });
    updateBaseLabels(); // river labels are made the first time they are needed

    if (bounds.isValid()) {
      state.dataBounds = bounds;
      map.setMaxBounds(bounds.pad(0.15));
      limitZoomOut();
      map.on("resize", limitZoomOut);
    }
    state.baseDrawn = true;
  }

  // --- land: coarse first, detailed when zoomed in ---------------------------------

  // All the land as one multi-polygon layer: a fifth cheaper to add than a layer
  // per polygon, and the same picture (the polygons do not overlap; holes stay holes).
  function landLayer(fc) {
    var polygons = [];
    fc.features.forEach(function (feature) {
      var g = feature && feature.geometry;
      if (!g) return;
      if (g.type === "Polygon") polygons.push(L.GeoJSON.coordsToLatLngs(g.coordinates, 1));
      else if (g.type === "MultiPolygon") {
        g.coordinates.forEach(function (p) {
          polygons.push(L.GeoJSON.coordsToLatLngs(p, 1));
        });
      }
    });
    var options = L.extend({ renderer: state.renderer, interactive: false }, STYLE.land);
    var group = L.featureGroup(polygons.length ? [L.polygon(polygons, options)] : []);
    group.mapappPolygons = polygons.length;
    return group;
  }

  // The land's extent: the data's own bbox (the same for land_low and land), else the layer's.
  function dataBounds(fc, layer) {
    var b = fc && fc.bbox;
    if (Array.isArray(b) && b.length === 4 && b.every(isFinite)) {
      return L.latLngBounds([b[1], b[0]], [b[3], b[2]]);
    }
    return layer.getBounds();
  }

  function wantsDetail() {
    return state.map.getZoom() >= DETAIL_ZOOM;
  }

  // Put the land this zoom needs on the map (under everything else on the canvas).
  function showLandForZoom() {
    if (!state.land.low) return;
    var want = state.land.low;
    if (wantsDetail()) {
      if (!state.land.detail) buildDetail();
      if (state.land.detail) want = state.land.detail;
      else loadDetail();
    }
    var shown = state.land.shown;
    if (shown === want) return;
    want.addTo(state.map);
    want.bringToBack();
    if (shown) state.map.removeLayer(shown);
    state.land.shown = want;
  }

  function buildDetail() {
    var data = window.MAPAPP_BASEMAP && window.MAPAPP_BASEMAP.land;
    if (!state.land.detail && data) state.land.detail = landLayer(featureCollection("land"));
    return !!state.land.detail;
  }

  // Fetch data/land.js (once); then draw it if the zoom still wants it.
  function loadDetail() {
    if (state.land.loading || state.land.failed || buildDetail()) return;
    state.land.loading = true;
    var script = document.createElement("script");
    script.src = DETAIL_URL;
    script.async = true;
    script.onload = function () {
      state.land.loading = false;
      if (!buildDetail()) state.land.failed = true;
      showLandForZoom();
    };
    script.onerror = function () {
      state.land.loading = false;
      state.land.failed = true;
      reportError("the detailed land could not be loaded", DETAIL_URL, 0);
    };
    document.head.appendChild(script);
  }

  function widenCanvas() {
    var renderer = state.renderer;
    if (!renderer || renderer.options.padding === CANVAS_PADDING) return;
    renderer.options.padding = CANVAS_PADDING;
    // What the renderer does on moveend: resize the canvas and redraw.
    if (renderer._map && !renderer._map._animatingZoom) renderer._update();
  }

  // A while after "ready": fetch and prepare the detailed land, so zooming in finds it.
  function prefetchDetail() {
    if (!state.map) return;
    widenCanvas();
    makeRiverLabels();
    if (buildDetail()) return;
    loadDetail();
  }

  // One label per river name, at the middle of its longest line, turned along it.
  function riverLabels(fc) {
    var map = state.map;
    var best = {};
    fc.features.forEach(function (feature) {
      var name = prop(feature, ["name", "name_en", "NAME"], "");
      var g = feature.geometry;
      if (!name || !g) return;
      var lines = g.type === "LineString" ? [g.coordinates] : g.type === "MultiLineString" ? g.coordinates : [];
      lines.forEach(function (coords) {
        if (coords.length < 2) return;
        var pts = coords.map(function (c) {
          return map.project([c[1], c[0]], 0);
        });
        var length = 0;
        for (var i = 1; i < pts.length; i++) length += pts[i].distanceTo(pts[i - 1]);
        if (!best[name] || best[name].length < length) {
          best[name] = { length: length, pts: pts, coords: coords, rank: rank(feature) };
        }
      });
    });
    Object.keys(best).forEach(function (name) {
      var b = best[name];
      var minZoom = b.rank <= 1 ? 5 : b.rank === 2 ? 6 : 7;
      riverLabelAt(name, b, 0.5, minZoom);
      // Long rivers are named again further along once zoomed in (b.length is
      // in zoom-0 pixels: 1000 px at zoom 7 is about 7.8).
      if (b.length > 7.8) {
        riverLabelAt(name, b, 0.2, Math.max(minZoom, 7));
        riverLabelAt(name, b, 0.8, Math.max(minZoom, 7));
      }
    });
  }

  // A river label at a fraction of the way along a line, turned along it there.
  function riverLabelAt(name, b, fraction, minZoom) {
    var map = state.map;
    var target = b.length * fraction;
    var walked = 0;
    var i = 1;
    for (; i < b.pts.length - 1; i++) {
      var d = b.pts[i].distanceTo(b.pts[i - 1]);
      if (walked + d >= target) break;
      walked += d;
    }
    var a = b.pts[Math.max(0, i - 2)];
    var c = b.pts[Math.min(b.pts.length - 1, i + 1)];
    var angle = (Math.atan2(c.y - a.y, c.x - a.x) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    var at = map.unproject(b.pts[i - 1].add(b.pts[i]).divideBy(2), 0);
    var node = el("div", "mapapp-base-label mapapp-base-label-river", name);
    // Turned about the anchor (on the river), then moved along it and off it.
    node.style.transformOrigin = "0 0";
    node.style.transform = "rotate(" + angle.toFixed(1) + "deg) translate(-50%, -115%)";
    var marker = L.marker(at, {
      pane: "mapapp-base-labels",
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className: "mapapp-base-label-icon", html: node, iconSize: null }),
    });
    state.seaLabels.push({ marker: marker, minZoom: minZoom, maxZoom: 99 });
  }

  // Beyond the base map's data the world is greyed out rather than left as "sea".
  function drawOutside(renderer, bounds) {
    if (!bounds.isValid()) return;
    var world = [[-85, -180], [85, -180], [85, 180], [-85, 180]];
    var hole = [
      [bounds.getSouth(), bounds.getWest()],
      [bounds.getNorth(), bounds.getWest()],
      [bounds.getNorth(), bounds.getEast()],
      [bounds.getSouth(), bounds.getEast()],
    ];
    L.polygon([world, hole], {
      renderer: renderer,
      interactive: false,
      stroke: true,
      color: "#b8b2a2",
      weight: 1,
      fillColor: STYLE.outside,
      fillOpacity: 1,
    }).addTo(state.map);
  }

  // A faint graticule as in a printed atlas: 10 degrees far out, 5 and 1 closer in.
  function graticuleStep(zoom) {
    return zoom <= 4 ? 10 : zoom <= 6 ? 5 : 1;
  }

  function drawGraticule(renderer, bounds) {
    if (!bounds.isValid()) return;
    var west = Math.floor(bounds.getWest() - 5);
    var east = Math.ceil(bounds.getEast() + 5);
    var south = Math.max(-84, Math.floor(bounds.getSouth() - 5));
    var north = Math.min(84, Math.ceil(bounds.getNorth() + 5));
    var lines = [];
    var lon, lat;
    for (lon = west; lon <= east; lon++) lines.push({ every: lon, pts: [[south, lon], [north, lon]] });
    for (lat = south; lat <= north; lat++) lines.push({ every: lat, pts: [[lat, west], [lat, east]] });
    state.graticule = lines.map(function (line) {
      var layer = L.polyline(line.pts, {
        renderer: renderer,
        interactive: false,
        color: "#7f9db3",
        weight: 0.5,
        opacity: 0,
        stroke: false,
      });
      layer.mapappDegree = line.every;
      return layer.addTo(state.map);
    });
    restyleGraticule();
  }

  function restyleGraticule() {
    if (!state.graticule) return;
    var step = graticuleStep(state.map.getZoom());
    state.graticule.forEach(function (layer) {
      var on = layer.mapappDegree % step === 0;
      // Hidden lines are not stroked at all (an invisible stroke still costs a redraw).
      if (layer.options.stroke !== on) layer.setStyle({ stroke: on, opacity: on ? 0.35 : 0 });
    });
  }

  function restyleRivers() {
    var z = state.map.getZoom();
    if (state.base.rivers) {
      state.base.rivers.eachLayer(function (layer) {
        layer.setStyle(riverStyle(layer.feature, z));
      });
    }
  }

  // Never zoom out further than the zoom that shows the whole base map.
  function limitZoomOut() {
    var map = state.map;
    var size = map.getSize();
    if (!state.dataBounds || !size.x || !size.y) return;
    var fitZoom = map.getBoundsZoom(state.dataBounds, false);
    map.setMinZoom(Math.max(state.options.minZoom || 2, Math.min(fitZoom, 5)));
  }

  var RIVER_LABELS_FROM = 5; // the lowest minZoom riverLabels() gives

  function makeRiverLabels() {
    if (state.riverLabelsMade || state.options.onlineTiles) return;
    state.riverLabelsMade = true;
    riverLabels(featureCollection("rivers"));
  }

  function updateBaseLabels() {
    var z = state.map.getZoom();
    if (z >= RIVER_LABELS_FROM) makeRiverLabels();
    state.seaLabels.forEach(function (item) {
      var on = z >= item.minZoom && z <= item.maxZoom;
      if (on && !state.map.hasLayer(item.marker)) item.marker.addTo(state.map);
      if (!on && state.map.hasLayer(item.marker)) state.map.removeLayer(item.marker);
    });
  }

  // --- places -------------------------------------------------------------------

  function radius(count) {
    return Math.min(16, 4 + 2.2 * Math.sqrt(Math.max(0, (count || 1) - 1)));
  }

  // Cities and other points are solid dots; countries and regions, which are
  // areas rather than points, are rings in their colour.
  var AREA_KINDS = { country: true, region: true, sea: true };

  function markerStyle(place, mode) {
    var color = KIND_COLORS[place.kind] || KIND_COLORS.other;
    var area = !!AREA_KINDS[place.kind];
    var style = {
      radius: radius(place.count),
      color: area ? color : "#ffffff",
      weight: area ? 2 : 1.5,
      opacity: area ? 0.9 : 1,
      fillColor: color,
      fillOpacity: area ? 0.14 : 0.85,
    };
    if (mode === "highlight") {
      style.color = "#111111";
      style.weight = 3;
      style.fillOpacity = 1;
      style.radius = style.radius + 3;
    } else if (mode === "dim") {
      style.fillOpacity = area ? 0.08 : 0.35;
      style.opacity = 0.5;
    }
    return style;
  }

  function popupContent(place) {
    var box = el("div", "mapapp-popup");
    box.appendChild(el("div", "mapapp-popup-name", place.name));
    var n = place.count | 0;
    box.appendChild(el("div", "mapapp-popup-count", n === 1 ? "1 mention" : n + " mentions"));
    if (place.sentence) box.appendChild(el("div", "mapapp-popup-sentence", place.sentence));
    return box;
  }

  function validPlace(p) {
    return (
      p &&
      typeof p.id === "string" &&
      p.id !== "" &&
      typeof p.lat === "number" &&
      typeof p.lon === "number" &&
      isFinite(p.lat) &&
      isFinite(p.lon)
    );
  }

  function clearPlaces() {
    if (state.placeLayer) state.map.removeLayer(state.placeLayer);
    if (state.labelLayer) state.map.removeLayer(state.labelLayer);
    state.map.closePopup();
    state.places = [];
    state.markers = {};
    state.byId = {};
    state.labels = [];
    state.highlighted = {};
  }

  function setPlaces(list) {
    clearPlaces();
    var map = state.map;
    state.placeLayer = L.featureGroup().addTo(map);
    state.labelLayer = L.layerGroup().addTo(map);
    var places = (Array.isArray(list) ? list : []).filter(validPlace);
    // Big markers first so that small ones stay clickable on top of them.
    places.sort(function (a, b) {
      return (b.count | 0) - (a.count | 0);
    });
    places.forEach(function (place) {
      if (state.byId[place.id]) return;
      state.byId[place.id] = place;
      var options = markerStyle(place, null);
      options.renderer = state.renderer;
      var marker = L.circleMarker([place.lat, place.lon], options);
      marker.bindTooltip(el("span", "mapapp-place-tip", place.name), { direction: "top", className: "mapapp-place-tooltip" });
      marker.bindPopup(function () {
        return popupContent(place);
      }, { maxWidth: 320, autoPanPadding: [20, 20] });
      marker.on("click", function () {
        post("place_clicked", { id: place.id });
      });
      marker.addTo(state.placeLayer);
      state.markers[place.id] = marker;
      state.places.push(place);
    });
    state.places.slice(0, LABELS_MAX).forEach(function (place) {
      var tooltip = L.tooltip({
        permanent: true,
        direction: "right",
        className: "mapapp-place-label",
        interactive: false,
      })
        .setLatLng([place.lat, place.lon])
        .setContent(el("span", null, place.name));
      state.labels.push({ place: place, tooltip: tooltip, shown: null });
    });
    updateLabels();
    post("places_drawn", { count: state.places.length });
    return state.places.length;
  }

  var measure = null;
  var widths = {};

  // The width of a place label in pixels (font as in .mapapp-place-label).
  function labelWidth(text) {
    text = String(text);
    if (widths[text] === undefined) {
      if (!measure) {
        measure = document.createElement("canvas").getContext("2d");
        var probe = el("span", "leaflet-tooltip mapapp-place-label", "x");
        probe.style.visibility = "hidden";
        document.body.appendChild(probe);
        var cs = window.getComputedStyle(probe);
        measure.font = cs.fontWeight + " " + cs.fontSize + " " + cs.fontFamily;
        document.body.removeChild(probe);
      }
      widths[text] = measure.measureText(text).width;
    }
    return widths[text];
  }

  // Show the labels of the most mentioned places whose boxes do not overlap,
  // to the right of the marker or, if that does not fit, to the left.
  function updateLabels() {
    if (!state.labelLayer) return;
    var map = state.map;
    var size = map.getSize();
    // Labels avoid each other and every marker but their own.
    var taken = state.places.map(function (place) {
      var q = map.latLngToContainerPoint([place.lat, place.lon]);
      var rr = radius(place.count);
      return { x0: q.x - rr, y0: q.y - rr, x1: q.x + rr, y1: q.y + rr };
    });
    function fits(box) {
      var inside = box.x0 >= 0 && box.x1 <= size.x && box.y0 >= 0 && box.y1 <= size.y;
      return inside && taken.every(function (t) {
        return box.x1 < t.x0 || box.x0 > t.x1 || box.y1 < t.y0 || box.y0 > t.y1;
      });
    }
    state.labels.forEach(function (item) {
      var p = map.latLngToContainerPoint([item.place.lat, item.place.lon]);
      var r = radius(item.place.count) + 2;
      var w = labelWidth(item.place.name) + 8;
      var right = { x0: p.x + r, y0: p.y - 9, x1: p.x + r + w, y1: p.y + 9 };
      var left = { x0: p.x - r - w, y0: p.y - 9, x1: p.x - r, y1: p.y + 9 };
      var side = fits(right) ? "right" : fits(left) ? "left" : null;
      if (side) taken.push(side === "right" ? right : left);
      if (item.shown && item.shown !== side) state.labelLayer.removeLayer(item.tooltip);
      if (side && item.shown !== side) {
        item.tooltip.options.direction = side;
        item.tooltip.options.offset = side === "right" ? [r, 0] : [-r, 0];
        state.labelLayer.addLayer(item.tooltip);
      }
      item.shown = side;
    });
  }

  function highlightPlaces(ids) {
    var set = {};
    (Array.isArray(ids) ? ids : []).forEach(function (id) {
      if (state.markers[id]) set[id] = true;
    });
    var any = Object.keys(set).length > 0;
    state.highlighted = set;
    state.places.forEach(function (place) {
      var marker = state.markers[place.id];
      marker.setStyle(markerStyle(place, set[place.id] ? "highlight" : any ? "dim" : null));
      if (set[place.id]) marker.bringToFront();
    });
    return Object.keys(set).length;
  }

  // A hidden view gives the map a 0x0 size, where flyTo and fitBounds go wrong:
  // such moves wait for the first real size (the latest of each kind wins).
  function hasSize() {
    var size = state.map.getSize();
    return size.x > 0 && size.y > 0;
  }

  function whenSized(kind, fn) {
    if (hasSize()) {
      delete state.deferred[kind];
      return fn();
    }
    state.deferred[kind] = fn;
    return true;
  }

  function runDeferred() {
    if (!hasSize()) return;
    var pending = state.deferred;
    state.deferred = {};
    Object.keys(pending).forEach(function (kind) {
      pending[kind]();
    });
  }

  function focusPlace(id, popup) {
    if (!state.markers[id]) return false;
    return whenSized("move", function () {
      return focusNow(id, popup);
    });
  }

  function focusNow(id, popup) {
    var marker = state.markers[id];
    if (!marker) return false;
    var map = state.map;
    var target = marker.getLatLng();
    var zoom = Math.max(map.getZoom(), 6);
    var open = popup === undefined || popup === null ? true : !!popup;
    map.closePopup();
    var token = (state.focusToken = (state.focusToken || 0) + 1);
    var done = function () {
      // Only the latest focus opens its popup (an interrupted flight also ends in moveend).
      if (open && token === state.focusToken && state.markers[id] === marker) marker.openPopup();
    };
    if (map.getCenter().distanceTo(target) < 1 && map.getZoom() === zoom) {
      done();
    } else {
      map.once("moveend", done);
      map.flyTo(target, zoom, { duration: 0.6 });
    }
    return true;
  }

  function fitPlaces() {
    if (!state.places.length) return false;
    return whenSized("move", fitNow);
  }

  function fitNow() {
    var map = state.map;
    if (!state.places.length) return false;
    if (state.places.length === 1) {
      var p = state.places[0];
      map.setView([p.lat, p.lon], Math.max(map.getZoom(), 6), { animate: false });
      return true;
    }
    // Places beyond the base map (an American city in a European story) would
    // zoom the map out to the whole world: fit the ones on the base map.
    var shown = state.places;
    if (state.dataBounds) {
      var inside = state.places.filter(function (p) {
        return state.dataBounds.contains([p.lat, p.lon]);
      });
      if (inside.length) shown = inside;
    }
    if (shown.length === 1) {
      map.setView([shown[0].lat, shown[0].lon], Math.max(map.getZoom(), 6), { animate: false });
      return true;
    }
    var bounds = L.latLngBounds(shown.map(function (p) {
      return [p.lat, p.lon];
    }));
    map.fitBounds(bounds, { padding: [40, 40], maxZoom: 8, animate: false });
    return true;
  }

  function setView(lat, lon, zoom) {
    delete state.deferred.move; // an explicit view overrides an earlier fit or focus
    state.map.setView([lat, lon], zoom, { animate: false });
    return true;
  }

  function getView() {
    var c = state.map.getCenter();
    return JSON.stringify({ lat: c.lat, lon: c.lng, zoom: state.map.getZoom() });
  }

  // Still images: no zoom buttons (the scale bar and attribution stay).
  function setExportMode(on) {
    var container = state.map.getContainer();
    if (on) container.classList.add("mapapp-export");
    else container.classList.remove("mapapp-export");
    return !!on;
  }

  // --- inspection (tests, diagnostics) ---------------------------------------
  // These return plain values; call them with js_call(..., as_json=True).

  function placeCount() {
    return state.places.length;
  }

  function placePoint(id) {
    var marker = state.markers[id];
    if (!marker) return null;
    var p = state.map.latLngToContainerPoint(marker.getLatLng());
    return { x: p.x, y: p.y };
  }

  function popupText() {
    var node = document.querySelector(".leaflet-popup-content");
    return node ? node.textContent : null;
  }

  function labelTexts() {
    return Array.prototype.map.call(document.querySelectorAll(".mapapp-place-label"), function (n) {
      return n.textContent;
    });
  }

  function status() {
    return {
      ready: state.readyPosted,
      bridge: !!state.bridge,
      places: state.places.length,
      highlighted: Object.keys(state.highlighted),
      popupOpen: !!document.querySelector(".leaflet-popup-content"),
      land: state.land.shown ? state.land.shown.mapappPolygons : 0, // polygons drawn
      landDetail: !!state.land.shown && state.land.shown === state.land.detail,
      baseBusy: !!state.land.low && wantsDetail() && state.land.shown !== state.land.detail && !state.land.failed,
      lakes: state.base.lakes ? state.base.lakes.getLayers().length : 0,
      rivers: state.base.rivers ? state.base.rivers.getLayers().length : 0,
      labels: state.seaLabels.length,
    };
  }

  // --- setup --------------------------------------------------------------------

  function init(map, options) {
    state.map = map;
    state.options = options || {};
    map.setMinZoom(state.options.minZoom || 2);
    map.setMaxZoom(state.options.maxZoom || 12);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(
      'Base map: <a href="https://www.naturalearthdata.com/">Natural Earth</a> · ' +
        '<a href="https://leafletjs.com">Leaflet</a>'
    );
    connectChannel(); // normally done already, when this script loaded
    maybeReady();
    drawBase();
    map.on("zoomend", updateBaseLabels);
    map.on("zoomend", showLandForZoom);
    map.on("zoomend", restyleRivers);
    map.on("zoomend", restyleGraticule);
    map.on("zoomend moveend resize", updateLabels);
    map.on("resize", runDeferred);
    map.on("moveend", function () {
      clearTimeout(state.viewTimer);
      state.viewTimer = setTimeout(function () {
        var c = map.getCenter();
        post("view_changed", { lat: c.lat, lon: c.lng, zoom: map.getZoom() });
      }, 150);
    });
  }

  // The channel's handshake with Python starts now, while the rest of the page
  // loads, so that it is up by the time init() draws the map.
  connectChannel();

  window.mapapp = {
    init: init,
    setPlaces: setPlaces,
    focusPlace: focusPlace,
    highlightPlaces: highlightPlaces,
    fitPlaces: fitPlaces,
    setView: setView,
    getView: getView,
    setExportMode: setExportMode,
    placeCount: placeCount,
    placePoint: placePoint,
    popupText: popupText,
    labelTexts: labelTexts,
    status: status,
  };
})();
