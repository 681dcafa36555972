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
 *                                 posts "places_drawn" {count} once they are painted
 *   focusPlace(id, popup=true)    fly to the place, then open its popup
 *   highlightPlaces(ids)          emphasise these, dim the rest; [] resets
 *   emphasisePlaces(ids, {fit})   the places of the passage being read: a stronger ring and
 *                                 label, the rest dimmed slightly; [] clears. fit: fly gently
 *                                 to show them (maxZoom 7) unless already well in view
 *   setEvents(list)               [{date, label, start, precision}]: the text's events; a
 *                                 territory popup whose change matches one offers
 *                                 "Told in the text: ..." which posts "event_chosen" {start}
 *   fitPlaces()                   fit the places that lie on the base map (again when the
 *                                 view is resized, until something else moves the map)
 *   setView(lat, lon, zoom)       no animation
 *   getView()                     JSON text {lat, lon, zoom}
 *   setExportMode(on)             hide the zoom buttons for still images
 *   placeCount(), placePoint(id), popupText(), labelTexts(), labelPlacements(), status(),
 *   landPaintedAt(lat, lon), waterNameAt(lat, lon), waterTipText()
 *                                 inspection for tests; plain values (JSON.stringify them);
 *                                 status().baseBusy: the base map is still fetching or
 *                                 drawing what the current zoom needs (snapshots wait)
 *   setDate(iso, options)         draw the borders valid on that day (YYYY-MM-DD); the first
 *                                 call fetches data/borders.js; posts "borders_drawn".
 *                                 A change from a drawn date is animated (cross-fade of the
 *                                 layers that change, a pulse on land that changed hands);
 *                                 options {animate: false} (or false) draws at once,
 *                                 {duration: ms} sets the fade. Queries answer for the new
 *                                 date at once; bordersStatus().animating while it fades
 *   frameProbe(on)                record requestAnimationFrame deltas; frameProbe(false)
 *                                 stops and returns them (ms)
 *   bordersStatus(), territoriesAt(iso), bordersAt(lat, lon), controllerAt(lat, lon),
 *   openBorderPopupAt(lat, lon), containerPoint(lat, lon), legendTexts(), dateText(),
 *   borderLayersOnMap()
 *                                 inspection of the borders for tests (plain values)
 * Messages to Python: "ready" {}, "place_clicked" {id}, "places_drawn" {count},
 *   "borders_drawn" {date, territories},
 *   "view_changed" {lat, lon, zoom} (debounced moveend), "event_chosen" {start},
 *   "js_error" {message, source, line}.
 * Performance marks (bench/basemap.py reads them): "mapapp-init" (init() starts),
 *   "mapapp-base-drawn" (drawBase() has returned and the canvases are painted),
 *   "mapapp-places-drawn" (a frame with the places was painted).
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
  var FADING_CANVAS_PADDING = 0.1; // the fading borders are back on the main canvas within a second

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
    emphasised: {}, // id -> true: the places of the passage being read
    emphasisLabels: null,
    lastEmphasis: null, // {count, fit, moved, reason}
    quietUntil: 0,
    events: [], // [{date, label, start, precision}]: the text's events (setEvents)
    water: null, // lakes and rivers, projected (waterShapes)
    waterTip: null, // the tooltip naming the river or lake under the pointer
    baseLayer: null, // paints them, the graticule and the world beyond the data (BasePaint)
    land: { low: null, detail: null, shown: null, loading: false, failed: false },
    landPaints: 0,
    labelLayouts: 0, // times the place labels have been laid out (see labelsLater)
    seaLabels: [], // [{marker, minZoom}]
    viewTimer: null,
    deferred: {}, // kind -> function, run at the first non-zero size
    borders: {
      date: null, // the date asked for (ISO)
      appliedDate: null, // the date drawn
      data: null,
      loading: false,
      failed: false,
      layers: {}, // "kind:id" -> L.Polygon, made once
      drawn: [], // the layers on the map, in draw order
      shown: null, // {territory, sphere, front}: the features drawn
      dateBox: null,
      legend: null,
      labelLayer: null,
      timer: null,
      anim: null, // the running transition (see "animated date changes")
      lastTransition: null, // {duration, fadeIn, fadeOut, swapped, changed, frames, ms}
      lastSetAt: null, // performance.now() of the last setDate
      dateOptions: null,
      pulseRenderer: null,
      pulsePane: null,
    },
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

  function paneAt(name, zIndex) {
    var pane = state.map.createPane(name);
    pane.style.zIndex = zIndex;
    pane.style.pointerEvents = "none";
    return pane;
  }

  function drawBase() {
    var map = state.map;
    // One canvas for the borders, the rest of the base map and the places: the
    // places are added last, so they are drawn (and hit-tested) on top.
    // (A canvas that can also hatch: the borders' occupied areas, spheres and fronts.)
    var HatchCanvas = onceCanvas({ _fillStroke: hatchFillStroke });
    var renderer = new HatchCanvas({ padding: FIRST_CANVAS_PADDING, tolerance: 2 });
    state.renderer = renderer;
    // Under it, two canvases that take no events: the land (so that a repaint of
    // the borders does not repaint the land too) and the borders that are
    // fading during a date change (so that a fade repaints only them).
    paneAt("mapapp-land", 380);
    paneAt("mapapp-fading", 390);
    state.landRenderer = paintedCanvas(paintLand, { pane: "mapapp-land", padding: FIRST_CANVAS_PADDING }).addTo(map);
    state.fadingRenderer = new HatchCanvas({ pane: "mapapp-fading", padding: FADING_CANVAS_PADDING });
    map.getContainer().style.background = STYLE.sea;
    if (state.options.onlineTiles) {
      // The online tiles carry land, water and names themselves.
      state.baseDrawn = true;
      return;
    }
    var lowData = featureCollection("land_low");
    state.land.low = landShapes(lowData);
    var bounds = dataBounds(lowData, state.land.low);
    showLandForZoom();
    state.water = waterShapes(featureCollection("lakes"), featureCollection("rivers"));
    restyleRivers();
    state.baseLayer = basePaint({ renderer: renderer, outside: outsideFrame(bounds), graticule: graticuleFrame(bounds) });
    state.baseLayer.addTo(map);
    // The names of rivers and lakes under the pointer (map mousemove comes from
    // the main canvas, at most every 32 ms, and not while dragging or zooming).
    map.on("mousemove", hoverWater);
    L.DomEvent.on(map.getContainer(), "mouseleave", function () {
      showWaterTip(null);
    });

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
      // Leaflet pans the view back inside these bounds with an animation, and a
      // hidden page (a launch's, before its window shows) runs no animation
      // frames: the pan would wait, then move and repaint the map just after
      // the first frame. Hidden, it jumps.
      map._panInsideMaxBounds = function () {
        if (!this._enforcingBounds) this.panInsideBounds(this.options.maxBounds, { animate: !document.hidden });
      };
      map.setMaxBounds(bounds.pad(0.15));
      limitZoomOut();
      map.on("resize", limitZoomOut);
    }
    state.baseDrawn = true;
  }

  // --- canvases ------------------------------------------------------------------

  // Leaflet repaints a whole canvas at once each time the view changes, and a
  // fit or a zoom changes it twice (viewreset, then moveend); a path added
  // meanwhile asks for a third repaint in the next animation frame. These
  // canvases repaint once, at the end of the task that asked (a microtask:
  // before any frame is painted, and also in a page not shown yet, which
  // runs no animation frames, so that a launch's map is painted before its
  // window shows), and that repaint takes over a pending frame's; at a launch
  // it may wait for the places (paintHold, below).
  function onceCanvas(methods) {
    return L.Canvas.extend(
      L.extend(
        {
          _updatePaths: function () {
            if (this._postponeUpdatePaths) return;
            for (var id in this._layers) this._layers[id]._update();
            this._repaintAll();
          },
          _repaintAll: function () {
            this._repaintWhole = true;
            if (this._repaintQueued) return;
            this._repaintQueued = true;
            var self = this;
            Promise.resolve().then(function () {
              self._repaintQueued = false;
              if (paintHold.on) {
                if (paintHold.waiting.indexOf(self) < 0) paintHold.waiting.push(self);
                return;
              }
              if (self._repaintWhole && self._map) self._redraw();
            });
          },
          _redraw: function () {
            if (this._redrawRequest) L.Util.cancelAnimFrame(this._redrawRequest);
            if (this._repaintWhole) {
              this._repaintWhole = false;
              this._redrawBounds = null;
            }
            L.Canvas.prototype._redraw.call(this);
          },
        },
        methods
      )
    );
  }

  // A launch's page knows its places are on their way (places=1 in its URL):
  // its canvases wait for them and their fit before they paint, so that the
  // map is painted once, at the view the places need, not first at the view it
  // starts with (the land alone is ~10 ms a paint). Without places after
  // PLACES_WAIT_MS it paints anyway.
  var PLACES_WAIT_MS = 1500;
  var paintHold = { on: false, waiting: [], timer: null };

  function holdPaintForPlaces() {
    if (!/[?&]places=1(?:&|$)/.test(window.location.search)) return;
    paintHold.on = true;
    paintHold.timer = setTimeout(releasePaint, PLACES_WAIT_MS);
  }

  function releasePaint() {
    if (!paintHold.on) return;
    paintHold.on = false;
    clearTimeout(paintHold.timer);
    var waiting = paintHold.waiting;
    paintHold.waiting = [];
    waiting.forEach(function (renderer) {
      if (renderer._map) renderer._repaintAll();
    });
  }

  // --- land: coarse first, detailed when zoomed in ---------------------------------

  // A canvas that paints one thing of its own instead of layers' paths:
  // set(content) keeps it and repaints; L.Canvas calls _draw after each clear
  // (a resize, a move, a reset of the view). It takes no events.
  function paintedCanvas(paint, options) {
    var PaintedCanvas = onceCanvas({
      set: function (content) {
        this._content = content;
        if (this._map && this._bounds) this._repaintAll();
      },
      _draw: function () {
        if (this._content) paint(this._ctx, this._map, this._content);
      },
    });
    return new PaintedCanvas(options);
  }

  // The land is painted straight from coordinates projected once (by
  // mapapp/map/assets.py, see decodePart): Leaflet's vector layers project, clip and simplify every point again at
  // each zoom, which made the land alone most of the time to the first frame
  // (and of every zoom).
  function paintLand(ctx, map, land) {
    state.landPaints += 1;
    if (!state.firstLandPaint) state.firstLandPaint = { zoom: map.getZoom(), places: state.places.length };
    if (!land.rings.length) return;
    var scale = map.options.crs.scale(map.getZoom());
    var origin = map.getPixelOrigin();
    ctx.beginPath();
    land.rings.forEach(function (ring) {
      var lastX = NaN;
      var lastY = NaN;
      for (var i = 0; i < ring.length; i += 2) {
        var x = ring[i] * scale - origin.x;
        var y = ring[i + 1] * scale - origin.y;
        if (i === 0) ctx.moveTo(x, y);
        else if (Math.abs(x - lastX) + Math.abs(y - lastY) < 0.4) continue; // below a pixel's worth
        else ctx.lineTo(x, y);
        lastX = x;
        lastY = y;
      }
      ctx.closePath();
    });
    ctx.lineJoin = "round";
    ctx.lineCap = "round";
    fillAndStroke(ctx, STYLE.land);
    ctx.globalAlpha = 1;
  }

  // The path traced in ctx filled, then outlined, as Leaflet styles a polygon.
  function fillAndStroke(ctx, style) {
    ctx.globalAlpha = style.fillOpacity;
    ctx.fillStyle = style.fillColor;
    ctx.fill("evenodd");
    ctx.globalAlpha = style.opacity;
    ctx.lineWidth = style.weight;
    ctx.strokeStyle = style.color;
    ctx.stroke();
  }

  // Longitude/latitude to Leaflet's Web Mercator world coordinates at scale 1
  // (what map.options.crs.scale(zoom) multiplies), as EPSG:3857 does it.
  var MAX_LAT = 85.0511287798;
  function worldX(lon) {
    return 0.5 + lon / 360;
  }
  function worldY(lat) {
    var phi = (Math.max(Math.min(lat, MAX_LAT), -MAX_LAT) * Math.PI) / 180;
    return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
  }

  // --- the base map's data ------------------------------------------------------
  //
  // mapapp/map/assets.py writes each line and ring of data/basemap.js and
  // data/land.js as one string (geometry.encoded, nested as GeoJSON nests its
  // coordinates): its points already projected (world coordinates, see
  // worldX) in units of 1 / encoded_scale (the collection's), each point as
  // its difference from the one before, zigzag-signed (0, -1, 1, -2... as 0,
  // 1, 2, 3...), five bits to a base64url digit whose sixth bit says that more
  // of the number follows. 40% of the size of the numbers written out;
  // JSON.parse copies one string per ring instead of making an array and two
  // numbers per point; and nothing is left to project here, which, before
  // this code is compiled, took longer than the rest. Points (the sea labels)
  // keep their coordinates.
  var DIGIT_VALUE = (function () {
    var digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    var table = new Int8Array(128);
    for (var i = 0; i < digits.length; i++) table[digits.charCodeAt(i)] = i;
    return table;
  })();

  // One encoded line or ring as world coordinates, [x0, y0, x1, y1, ...].
  function decodePart(text, unit) {
    var i;
    var numbers = 0;
    for (i = 0; i < text.length; i++) if (DIGIT_VALUE[text.charCodeAt(i) & 127] < 32) numbers++;
    var out = new Float64Array(numbers - (numbers % 2));
    var x = 0;
    var y = 0;
    var value = 0;
    var shift = 0;
    var k = 0;
    for (i = 0; i < text.length && k < out.length; i++) {
      var digit = DIGIT_VALUE[text.charCodeAt(i) & 127];
      value |= (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      var delta = (value >>> 1) ^ -(value & 1);
      value = 0;
      shift = 0;
      if (k % 2 === 0) {
        x += delta;
        out[k] = x * unit;
      } else {
        y += delta;
        out[k] = y * unit;
      }
      k++;
    }
    return out;
  }

  // A geometry's parts, decoded: for a (multi)polygon one list of rings per
  // polygon, for a (multi)line string one list holding one line per line string.
  function geometryParts(g, scale) {
    var unit = 1 / scale;
    var e = g && g.encoded;
    var out = [];
    var i, j, rings;
    if (!e) return out;
    if (g.type === "LineString") {
      out.push([decodePart(e, unit)]);
    } else if (g.type === "MultiLineString") {
      for (i = 0; i < e.length; i++) out.push([decodePart(e[i], unit)]);
    } else if (g.type === "Polygon" || g.type === "MultiPolygon") {
      var polygons = g.type === "Polygon" ? [e] : e;
      for (i = 0; i < polygons.length; i++) {
        rings = [];
        for (j = 0; j < polygons[i].length; j++) rings.push(decodePart(polygons[i][j], unit));
        out.push(rings);
      }
    }
    return out;
  }

  // All the land as rings of projected points (the polygons do not overlap, so
  // one even-odd path keeps holes as holes): {rings, polygons}. Plain loops:
  // this runs once, before the first frame, when nothing is compiled yet.
  function landShapes(fc) {
    var rings = [];
    var polygons = 0;
    var features = fc.features;
    for (var f = 0; f < features.length; f++) {
      var g = features[f] && features[f].geometry;
      if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
      var parts = geometryParts(g, fc.encoded_scale);
      polygons += parts.length;
      for (var p = 0; p < parts.length; p++) {
        for (var r = 0; r < parts[p].length; r++) if (parts[p][r].length) rings.push(parts[p][r]);
      }
    }
    return { rings: rings, polygons: polygons };
  }

  // The lakes and the rivers, each as {feature, name, parts, box}: its rings or
  // lines projected once, and their extent [x0, y0, x1, y1] in world
  // coordinates (to pass over what is out of view when painting and hit-testing).
  function waterShapes(lakes, rivers) {
    function items(fc, types) {
      var out = [];
      var features = fc.features;
      for (var f = 0; f < features.length; f++) {
        var feature = features[f];
        var g = feature && feature.geometry;
        if (!g || types.indexOf(g.type) < 0) continue;
        var groups = geometryParts(g, fc.encoded_scale);
        var parts = [];
        var box = [Infinity, Infinity, -Infinity, -Infinity];
        for (var p = 0; p < groups.length; p++) {
          for (var r = 0; r < groups[p].length; r++) {
            var part = groups[p][r];
            if (part.length < 4) continue;
            parts.push(part);
            for (var i = 0; i < part.length; i += 2) {
              if (part[i] < box[0]) box[0] = part[i];
              if (part[i] > box[2]) box[2] = part[i];
              if (part[i + 1] < box[1]) box[1] = part[i + 1];
              if (part[i + 1] > box[3]) box[3] = part[i + 1];
            }
          }
        }
        if (parts.length) out.push({ feature: feature, name: String(prop(feature, ["name", "name_en", "NAME"], "")), parts: parts, box: box });
      }
      return out;
    }
    return {
      lakes: items(lakes, ["Polygon", "MultiPolygon"]),
      rivers: items(rivers, ["LineString", "MultiLineString"]),
      riverGroups: [],
      riverZoom: null,
    };
  }

  // The extent of projected rings, as lat/lng bounds.
  function shapesBounds(shapes) {
    var minX = Infinity;
    var minY = Infinity;
    var maxX = -Infinity;
    var maxY = -Infinity;
    shapes.rings.forEach(function (ring) {
      for (var i = 0; i < ring.length; i += 2) {
        minX = Math.min(minX, ring[i]);
        maxX = Math.max(maxX, ring[i]);
        minY = Math.min(minY, ring[i + 1]);
        maxY = Math.max(maxY, ring[i + 1]);
      }
    });
    if (!isFinite(minX)) return L.latLngBounds([]);
    var lat = function (y) {
      return (Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) * 360) / Math.PI - 90;
    };
    return L.latLngBounds([lat(maxY), (minX - 0.5) * 360], [lat(minY), (maxX - 0.5) * 360]);
  }

  // The land's extent: the data's own bbox (the same for land_low and land), else the shapes'.
  function dataBounds(fc, shapes) {
    var b = fc && fc.bbox;
    if (Array.isArray(b) && b.length === 4 && b.every(isFinite)) {
      return L.latLngBounds([b[1], b[0]], [b[3], b[2]]);
    }
    return shapesBounds(shapes);
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
    if (state.land.shown === want) return;
    state.landRenderer.set(want);
    state.land.shown = want;
  }

  function buildDetail() {
    var data = window.MAPAPP_BASEMAP && window.MAPAPP_BASEMAP.land;
    if (!state.land.detail && data) state.land.detail = landShapes(featureCollection("land"));
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
    [state.renderer, state.landRenderer].forEach(function (renderer) {
      if (!renderer || renderer.options.padding === CANVAS_PADDING) return;
      renderer.options.padding = CANVAS_PADDING;
      // What the renderer does on moveend: resize the canvas and redraw.
      if (renderer._map && !renderer._map._animatingZoom) renderer._update();
    });
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
  function riverLabels(rivers) {
    var zoom0 = state.map.options.crs.scale(0); // world coordinates to zoom-0 pixels
    var best = {};
    rivers.forEach(function (river) {
      var name = river.name;
      if (!name) return;
      river.parts.forEach(function (line) {
        var pts = [];
        for (var i = 0; i < line.length; i += 2) pts.push(L.point(line[i] * zoom0, line[i + 1] * zoom0));
        var length = 0;
        for (i = 1; i < pts.length; i++) length += pts[i].distanceTo(pts[i - 1]);
        if (!best[name] || best[name].length < length) {
          best[name] = { length: length, pts: pts, rank: rank(river.feature) };
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

  // --- lakes, the world beyond the data, the graticule, rivers ---------------------
  //
  // One layer of the main canvas paints them all from points projected once
  // (see decodePart), in the order they had there as Leaflet paths: lakes, the
  // grey beyond the data, the graticule, rivers. So they keep their place
  // between the borders (moved to the back of that canvas: rivers and lakes
  // stay blue on any state's colour) and the places (added later), and look as
  // before. Leaflet's paths projected, clipped and simplified every point again
  // at each zoom and move (more than half of the first draw), and the canvas
  // asked each of them, at each mouse move, whether it was under the pointer;
  // the names of rivers and lakes now come from hoverWater.
  // (Made when drawn: this script runs before Leaflet is loaded.)
  function basePaint(options) {
    var BasePaint = L.Layer.extend({
      // What L.Canvas reads of its paths: weight pads the area it repaints.
      options: { interactive: false, weight: 4 },

      initialize: function (opts) {
        L.setOptions(this, opts);
      },

      onAdd: function () {
        this._renderer = this._map.getRenderer(this);
        this._renderer._initPath(this);
        this._project();
        this._renderer._addPath(this);
      },

      onRemove: function () {
        this._renderer._removePath(this);
      },

      // The canvas calls these as it calls them on paths (a new zoom, a reset of
      // the view, a move, a repaint). Only the whole world's extent is needed here.
      _project: function () {
        var scale = this._map.options.crs.scale(this._map.getZoom());
        var origin = this._map.getPixelOrigin();
        this._pxBounds = L.bounds([-origin.x, -origin.y], [scale - origin.x, scale - origin.y]);
      },

      _reset: function () {
        this._project();
      },

      _update: function () {},

      _updatePath: function () {
        if (this._renderer._drawing) paintBase(this._renderer, this._map, this.options);
      },

      _containsPoint: function () {
        return false;
      },
    });
    return new BasePaint(options);
  }

  // The data's box in world coordinates (null: no data).
  function outsideFrame(bounds) {
    if (!bounds.isValid()) return null;
    return { x0: worldX(bounds.getWest()), y0: worldY(bounds.getNorth()), x1: worldX(bounds.getEast()), y1: worldY(bounds.getSouth()) };
  }

  // A faint graticule as in a printed atlas: 10 degrees far out, 5 and 1 closer in.
  function graticuleStep(zoom) {
    return zoom <= 4 ? 10 : zoom <= 6 ? 5 : 1;
  }

  // The whole degrees the graticule spans: the data's box and 5 degrees more.
  function graticuleFrame(bounds) {
    if (!bounds.isValid()) return null;
    return {
      west: Math.floor(bounds.getWest() - 5),
      east: Math.ceil(bounds.getEast() + 5),
      south: Math.max(-84, Math.floor(bounds.getSouth() - 5)),
      north: Math.min(84, Math.ceil(bounds.getNorth() + 5)),
    };
  }

  // The rivers in groups of one style at the current zoom (riverStyle), in the
  // order of each group's first river: a group is one stroke.
  function restyleRivers() {
    var water = state.water;
    if (!water) return;
    var zoom = state.map.getZoom();
    var groups = [];
    var byStyle = {};
    water.rivers.forEach(function (river) {
      var style = riverStyle(river.feature, zoom);
      var key = style.weight + "|" + style.opacity;
      if (!byStyle[key]) groups.push((byStyle[key] = { style: style, rivers: [] }));
      byStyle[key].rivers.push(river);
    });
    water.riverGroups = groups;
    water.riverZoom = zoom;
  }

  // Paint onto the main canvas what lies on it, in whole pixels as Leaflet
  // rounds its paths' points. A repaint of part of the canvas (the bounds of
  // the paths that changed) is clipped by Leaflet; the same paths are built for
  // it as for the whole canvas, since Skia may raster a path with other parts
  // a little differently, and the repainted part would then show its edges.
  function paintBase(renderer, map, options) {
    var water = state.water;
    var ctx = renderer._ctx;
    var zoom = map.getZoom();
    var scale = map.options.crs.scale(zoom);
    var origin = map.getPixelOrigin();
    var area = renderer._bounds; // layer pixels
    var margin = 4; // the widest stroke's reach
    var at = {
      scale: scale,
      ox: origin.x,
      oy: origin.y,
      area: area,
      x0: (area.min.x + origin.x - margin) / scale,
      y0: (area.min.y + origin.y - margin) / scale,
      x1: (area.max.x + origin.x + margin) / scale,
      y1: (area.max.y + origin.y + margin) / scale,
    };
    ctx.setLineDash([]); // a dashed border may have been stroked just before
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    if (water) {
      ctx.beginPath();
      traceItems(ctx, water.lakes, at, true);
      fillAndStroke(ctx, STYLE.lake);
    }
    paintOutside(ctx, options.outside, at);
    paintGraticule(ctx, options.graticule, zoom, at);
    if (water) {
      if (water.riverZoom !== zoom) restyleRivers();
      water.riverGroups.forEach(function (group) {
        ctx.beginPath();
        traceItems(ctx, group.rivers, at, false);
        ctx.globalAlpha = group.style.opacity;
        ctx.lineWidth = group.style.weight;
        ctx.strokeStyle = group.style.color;
        ctx.stroke();
      });
    }
    ctx.globalAlpha = 1;
  }

  function traceItems(ctx, items, at, closed) {
    for (var k = 0; k < items.length; k++) {
      var box = items[k].box;
      if (box[2] < at.x0 || box[0] > at.x1 || box[3] < at.y0 || box[1] > at.y1) continue;
      var parts = items[k].parts;
      for (var p = 0; p < parts.length; p++) {
        var part = parts[p];
        var lastX = NaN;
        var lastY = NaN;
        for (var i = 0; i < part.length; i += 2) {
          var x = Math.round(part[i] * at.scale) - at.ox;
          var y = Math.round(part[i + 1] * at.scale) - at.oy;
          if (x === lastX && y === lastY) continue;
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
          lastX = x;
          lastY = y;
        }
        if (closed) ctx.closePath();
      }
    }
  }

  function clamp(v, lo, hi) {
    return v < lo ? lo : v > hi ? hi : v;
  }

  // Beyond the base map's data the world is greyed out rather than left as
  // "sea": the painted area less the data's box, which gets a thin edge. (The
  // box's sides are kept just outside the area where they lie beyond it, so
  // that the numbers stay small at high zoom.)
  function paintOutside(ctx, frame, at) {
    if (!frame) return;
    var a = at.area;
    var x0 = clamp(Math.round(frame.x0 * at.scale) - at.ox, a.min.x - 10, a.max.x + 10);
    var x1 = clamp(Math.round(frame.x1 * at.scale) - at.ox, a.min.x - 10, a.max.x + 10);
    var y0 = clamp(Math.round(frame.y0 * at.scale) - at.oy, a.min.y - 10, a.max.y + 10);
    var y1 = clamp(Math.round(frame.y1 * at.scale) - at.oy, a.min.y - 10, a.max.y + 10);
    ctx.beginPath();
    ctx.rect(a.min.x - 20, a.min.y - 20, a.max.x - a.min.x + 40, a.max.y - a.min.y + 40);
    ctx.rect(x0, y0, x1 - x0, y1 - y0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = STYLE.outside;
    ctx.fill("evenodd");
    ctx.beginPath();
    ctx.rect(x0, y0, x1 - x0, y1 - y0);
    ctx.lineWidth = 1;
    ctx.strokeStyle = "#b8b2a2";
    ctx.stroke();
  }

  // Meridians and parallels each in a stroke of their own: where they cross
  // the two lines add up, as two paths did.
  function paintGraticule(ctx, frame, zoom, at) {
    if (!frame) return;
    var a = at.area;
    var step = graticuleStep(zoom);
    var west = Math.round(worldX(frame.west) * at.scale) - at.ox;
    var east = Math.round(worldX(frame.east) * at.scale) - at.ox;
    var north = Math.round(worldY(frame.north) * at.scale) - at.oy;
    var south = Math.round(worldY(frame.south) * at.scale) - at.oy;
    var top = clamp(north, a.min.y - 10, a.max.y + 10);
    var bottom = clamp(south, a.min.y - 10, a.max.y + 10);
    var left = clamp(west, a.min.x - 10, a.max.x + 10);
    var right = clamp(east, a.min.x - 10, a.max.x + 10);
    ctx.globalAlpha = 0.35;
    ctx.lineWidth = 0.5;
    ctx.strokeStyle = "#7f9db3";
    // Every `step` degrees from `first` to `last`, where `position` puts the line
    // on the canvas, if it falls within [min, max]; `draw` strokes it across.
    function lines(first, last, position, min, max, draw) {
      ctx.beginPath();
      for (var d = Math.ceil(first / step) * step; d <= last; d += step) {
        var p = position(d);
        if (p >= min - 1 && p <= max + 1) draw(p);
      }
      ctx.stroke();
    }
    if (top !== bottom) {
      lines(frame.west, frame.east, function (d) {
        return Math.round(worldX(d) * at.scale) - at.ox;
      }, a.min.x, a.max.x, function (p) {
        ctx.moveTo(p, bottom);
        ctx.lineTo(p, top);
      });
    }
    if (left !== right) {
      lines(frame.south, frame.north, function (d) {
        return Math.round(worldY(d) * at.scale) - at.oy;
      }, a.min.y, a.max.y, function (p) {
        ctx.moveTo(left, p);
        ctx.lineTo(right, p);
      });
    }
  }

  // --- names of rivers and lakes under the pointer ----------------------------------

  function segmentDistance(px, py, ax, ay, bx, by) {
    var dx = bx - ax;
    var dy = by - ay;
    var len2 = dx * dx + dy * dy;
    var t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
    t = clamp(t, 0, 1);
    var x = ax + t * dx - px;
    var y = ay + t * dy - py;
    return Math.sqrt(x * x + y * y);
  }

  function nearBox(box, x, y, reach) {
    return x >= box[0] - reach && x <= box[2] + reach && y >= box[1] - reach && y <= box[3] + reach;
  }

  // Is the point (world coordinates) inside the rings (even-odd: holes are out)?
  function insideRings(rings, x, y) {
    var inside = false;
    for (var r = 0; r < rings.length; r++) {
      var ring = rings[r];
      for (var i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
        var xi = ring[i], yi = ring[i + 1], xj = ring[j], yj = ring[j + 1];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  }

  // The closest distance in pixels (at this scale) from a point (pixels) to the parts' lines.
  function partsDistance(parts, px, py, scale, closed) {
    var best = Infinity;
    for (var p = 0; p < parts.length; p++) {
      var part = parts[p];
      var n = part.length;
      for (var i = 2; i < n + (closed ? 2 : 0); i += 2) {
        var a = i - 2;
        var b = i % n;
        var d = segmentDistance(px, py, part[a] * scale, part[a + 1] * scale, part[b] * scale, part[b + 1] * scale);
        if (d < best) best = d;
      }
    }
    return best;
  }

  // The river or lake drawn at a point (layer pixels), {kind, name}, or null:
  // the nearest named river within its half width and the canvas's tolerance
  // (as Leaflet hit-tested a line), else a named lake around the point or
  // within as much of its shore. Rivers are drawn over lakes and win.
  function waterAt(point) {
    var water = state.water;
    if (!water || !state.map) return null;
    var map = state.map;
    var zoom = map.getZoom();
    var scale = map.options.crs.scale(zoom);
    var origin = map.getPixelOrigin();
    var px = point.x + origin.x;
    var py = point.y + origin.y;
    var tolerance = (state.renderer && state.renderer.options.tolerance) || 0;
    var best = null;
    var bestDistance = Infinity;
    water.rivers.forEach(function (river) {
      if (!river.name) return;
      var reach = riverStyle(river.feature, zoom).weight / 2 + tolerance;
      if (!nearBox(river.box, px / scale, py / scale, reach / scale)) return;
      var d = partsDistance(river.parts, px, py, scale, false);
      if (d <= reach && d < bestDistance) {
        best = river;
        bestDistance = d;
      }
    });
    if (best) return { kind: "river", name: best.name };
    var shore = STYLE.lake.weight / 2 + tolerance;
    for (var k = 0; k < water.lakes.length; k++) {
      var lake = water.lakes[k];
      if (!lake.name || !nearBox(lake.box, px / scale, py / scale, shore / scale)) continue;
      if (insideRings(lake.parts, px / scale, py / scale) || partsDistance(lake.parts, px, py, scale, true) <= shore) {
        return { kind: "lake", name: lake.name };
      }
    }
    return null;
  }

  // Is a place's marker under the point (layer pixels)? Its own tooltip shows then.
  function placeUnder(point) {
    return state.places.some(function (place) {
      var marker = state.markers[place.id];
      return !!(marker && marker._map && marker._point && marker._containsPoint(point));
    });
  }

  function hoverWater(e) {
    var map = state.map;
    var ev = e.originalEvent;
    // Over the map's canvas only (not over a control, a popup or beyond the map).
    if (!ev || !state.renderer || ev.target !== state.renderer._container) {
      showWaterTip(null);
      return;
    }
    var point = map.mouseEventToLayerPoint(ev);
    showWaterTip(placeUnder(point) ? null : waterAt(point), map.layerPointToLatLng(point));
  }

  // One sticky tooltip for all rivers and lakes: at the pointer, with the name of the one under it.
  function showWaterTip(hit, latlng) {
    var map = state.map;
    var tip = state.waterTip;
    if (!hit) {
      if (tip && map.hasLayer(tip)) map.removeLayer(tip);
      return;
    }
    if (!tip) tip = state.waterTip = L.tooltip({ sticky: true, className: "mapapp-river-tip" });
    if (tip.mapappName !== hit.name) {
      tip.setContent(el("span", "mapapp-river-name", hit.name));
      tip.mapappName = hit.name;
    }
    tip.setLatLng(latlng);
    if (!map.hasLayer(tip)) tip.addTo(map);
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
    riverLabels(state.water ? state.water.rivers : []);
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
    } else if (mode === "emphasis") {
      // The places of the passage being read: a strong dark ring, a little larger.
      style.color = "#3b2f1e";
      style.weight = area ? 3 : 2.5;
      style.opacity = 1;
      style.fillOpacity = area ? 0.22 : 1;
      style.radius = style.radius + 2;
    } else if (mode === "dim") {
      style.fillOpacity = area ? 0.08 : 0.35;
      style.opacity = 0.5;
    } else if (mode === "soft") {
      // The others while a passage's places are emphasised: dimmed slightly.
      style.fillOpacity = area ? 0.1 : 0.6;
      style.opacity = 0.7;
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
    state.emphasised = {};
    if (state.emphasisLabels) state.emphasisLabels.clearLayers();
  }

  function setPlaces(list) {
    clearPlaces();
    var map = state.map;
    state.placeLayer = L.featureGroup().addTo(map);
    // One tooltip for all the markers, on the one under the pointer (a tooltip
    // bound to each marker was a third of the time setting the places took).
    state.placeLayer.bindTooltip(
      function (marker) {
        return el("span", "mapapp-place-tip", marker.mapappPlace.name);
      },
      { direction: "top", className: "mapapp-place-tooltip" }
    );
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
      marker.mapappPlace = place;
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
      var tooltip = sizedLabel({
        permanent: true,
        direction: "right",
        className: "mapapp-place-label",
        interactive: false,
        size: labelSize(place.name),
      })
        .setLatLng([place.lat, place.lon])
        .setContent(el("span", null, place.name));
      state.labels.push({ place: place, tooltip: tooltip, shown: null });
    });
    labelsLater();
    reportWhenPainted(state.places.length);
    releasePaint(); // at the end of this task, with the view it ends with (a fit comes with the places)
    return state.places.length;
  }

  // "places_drawn" tells Python the places are painted, not only on the map:
  // it goes out once a frame has been painted with them at the map's size.
  // (On the screen they are some tens of ms later: the frame still passes
  // through Chromium's compositor and Qt's; bench/launch.py times that.)
  // Leaflet paints in animation frames, so the report waits for a frame in
  // which the map's size is what it was at the frame before (or when the
  // places came) and what Leaflet has laid out; the page is painted right
  // after that frame's callbacks, and a task queued from one runs after it.
  // The report says the size it was painted at: a map made in a hidden view
  // is laid out in steps when its window shows (100x30 first, Chromium's
  // idea of a new view), and Python, which knows the view's size, waits for
  // the report at that size; so the report is made again, with the same
  // generation, after each new size. A hidden page paints no frames: it
  // reports after PLACES_PAINT_WAIT_MS instead.
  var PLACES_PAINT_WAIT_MS = 1000;

  function reportWhenPainted(count, generation) {
    if (generation === undefined) generation = state.placesGeneration = (state.placesGeneration || 0) + 1;
    var attempt = (state.placesAttempt = (state.placesAttempt || 0) + 1);
    var sent = false;
    var previous = sizeOf(state.map.getContainer());
    var painted = null; // the size of the frame the report is about
    function report() {
      if (sent || attempt !== state.placesAttempt) return;
      sent = true;
      var size = painted || state.map.getSize();
      mark("mapapp-places-drawn");
      post("places_drawn", { count: count, width: size.x, height: size.y, generation: generation });
    }
    function frame() {
      if (sent || attempt !== state.placesAttempt) return;
      var laid = state.map.getSize();
      var size = sizeOf(state.map.getContainer());
      if (size === previous && size === laid.x + "x" + laid.y) {
        painted = laid;
        setTimeout(report, 0);
        return;
      }
      previous = size;
      requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
    setTimeout(report, PLACES_PAINT_WAIT_MS);
  }

  function reportAgainAtNewSize() {
    if (state.placesGeneration) reportWhenPainted(state.places.length, state.placesGeneration);
  }

  function sizeOf(box) {
    return box.clientWidth + "x" + box.clientHeight;
  }

  var measure = null;
  var widths = {};
  var labelFrame = null; // {x: padding and border across, y: height} of a place label

  // The width of a place label's text in pixels (font as in .mapapp-place-label).
  function labelWidth(text) {
    text = String(text);
    if (widths[text] === undefined) {
      if (!measure) {
        measure = document.createElement("canvas").getContext("2d");
        // Where the labels are, for the map's font and line height.
        var host = state.map ? state.map.getPane("tooltipPane") : document.body;
        var probe = el("span", "leaflet-tooltip mapapp-place-label", "x");
        probe.style.visibility = "hidden";
        host.appendChild(probe);
        var cs = window.getComputedStyle(probe);
        measure.font = cs.fontWeight + " " + cs.fontSize + " " + cs.fontFamily;
        var box = probe.getBoundingClientRect();
        labelFrame = { x: box.width - measure.measureText("x").width, y: box.height };
        host.removeChild(probe);
      }
      widths[text] = measure.measureText(text).width;
    }
    return widths[text];
  }

  // A place label's box [width, height] in pixels, as the page lays it out.
  function labelSize(text) {
    var w = labelWidth(text);
    return [Math.round(w + labelFrame.x), Math.round(labelFrame.y)];
  }

  // A permanent tooltip whose size is given (options.size): Leaflet's own reads
  // the label's offsetWidth and offsetHeight to place it, and each read lays
  // the page out again, once per label (most of the time a launch spent on its
  // labels). Only the sides the labels use, "right" and "left", are placed here.
  var SizedLabel = null; // made at first use: this script runs before Leaflet's

  function sizedLabel(options) {
    if (!SizedLabel) SizedLabel = L.Tooltip.extend({ _setPosition: placeSizedLabel });
    return new SizedLabel(options);
  }

  function placeSizedLabel(pos) {
    var side = this.options.direction;
    var size = this.options.size;
    if (!size || (side !== "right" && side !== "left")) {
      L.Tooltip.prototype._setPosition.call(this, pos);
      return;
    }
    var box = this._container;
    var at = pos.subtract(L.point(side === "left" ? size[0] : 0, size[1] / 2, true));
    L.DomUtil.removeClass(box, side === "left" ? "leaflet-tooltip-right" : "leaflet-tooltip-left");
    L.DomUtil.addClass(box, "leaflet-tooltip-" + side);
    L.DomUtil.setPosition(box, at.add(L.point(this.options.offset)).add(this._getAnchor()));
  }

  // The labels are laid out once per task, with the view the task ends with: a
  // fit or a zoom fires zoomend and moveend, and new places come with a fit.
  var labelsQueued = false;

  function labelsLater() {
    if (labelsQueued) return;
    labelsQueued = true;
    Promise.resolve().then(labelsNow);
  }

  function labelsNow() {
    if (!labelsQueued) return;
    labelsQueued = false;
    updateLabels();
  }

  // Show the labels of the most mentioned places whose boxes do not overlap,
  // to the right of the marker or, if that does not fit, to the left.
  function updateLabels() {
    if (!state.labelLayer) return;
    state.labelLayouts += 1;
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
    // A country the borders already name on the map ("POLAND") needs no second label.
    var named = state.borders.labelNames || {};
    state.labels.forEach(function (item) {
      if (state.emphasised[item.place.id] || named[item.place.name.toLowerCase()]) {
        // It has an emphasis label of its own, or the borders name it.
        if (item.shown) state.labelLayer.removeLayer(item.tooltip);
        item.shown = null;
        return;
      }
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
    state.highlighted = set;
    restyleMarkers();
    return Object.keys(set).length;
  }

  // The chosen place (highlightPlaces) wins over the passage's places
  // (emphasisePlaces); with a chosen place the rest dim, with only emphasised
  // places the rest dim slightly.
  function markerMode(id, anyHighlighted, anyEmphasised) {
    if (state.highlighted[id]) return "highlight";
    if (state.emphasised[id]) return "emphasis";
    if (anyHighlighted) return "dim";
    if (anyEmphasised) return "soft";
    return null;
  }

  function restyleMarkers() {
    var anyH = Object.keys(state.highlighted).length > 0;
    var anyE = Object.keys(state.emphasised).length > 0;
    state.places.forEach(function (place) {
      var marker = state.markers[place.id];
      marker.setStyle(markerStyle(place, markerMode(place.id, anyH, anyE)));
    });
    state.places.forEach(function (place) {
      if (state.emphasised[place.id]) state.markers[place.id].bringToFront();
    });
    Object.keys(state.highlighted).forEach(function (id) {
      state.markers[id].bringToFront();
    });
  }

  var EMPHASIS_LABELS_MAX = 12;
  var EMPHASIS_MAX_ZOOM = 7;
  var EMPHASIS_PADDING = 60; // px around the fitted places
  var EMPHASIS_QUIET_MS = 1500; // no fit this long after the user flew to a place or opened a popup

  // The places of the passage being read: emphasised (a stronger ring and a
  // label of their own), the others dimmed slightly; [] clears. With
  // options.fit the map flies gently to show them, unless they are all well
  // inside the view already. Places beyond the base map (America, Japan) are
  // left out of the fit as in fitPlaces. Returns the number emphasised.
  function emphasisePlaces(ids, options) {
    var opts = options && typeof options === "object" ? options : {};
    var set = {};
    var list = [];
    (Array.isArray(ids) ? ids : []).forEach(function (id) {
      if (state.markers[id] && !set[id]) {
        set[id] = true;
        list.push(state.byId[id]);
      }
    });
    state.emphasised = set;
    restyleMarkers();
    updateEmphasisLabels(list);
    labelsLater();
    state.lastEmphasis = { count: list.length, fit: !!opts.fit, moved: false, reason: "" };
    if (opts.fit && list.length) {
      whenSized("move", function () {
        return fitEmphasised(list);
      });
    }
    return list.length;
  }

  function updateEmphasisLabels(list) {
    if (!state.emphasisLabels) state.emphasisLabels = L.layerGroup().addTo(state.map);
    state.emphasisLabels.clearLayers();
    list.slice(0, EMPHASIS_LABELS_MAX).forEach(function (place) {
      var r = radius(place.count) + 4;
      // Bolder than a place label, so wider; only its height places it on the right.
      sizedLabel({
        permanent: true,
        direction: "right",
        offset: [r, 0],
        className: "mapapp-place-label mapapp-place-label-emphasis",
        interactive: false,
        size: labelSize(place.name),
      })
        .setLatLng([place.lat, place.lon])
        .setContent(el("span", null, place.name))
        .addTo(state.emphasisLabels);
    });
  }

  function fitEmphasised(list) {
    var map = state.map;
    var last = state.lastEmphasis;
    if (state.quietUntil && performance.now() < state.quietUntil) {
      last.reason = "quiet";
      return false;
    }
    var shown = list;
    if (state.dataBounds) {
      shown = list.filter(function (p) {
        return state.dataBounds.contains([p.lat, p.lon]);
      });
    }
    if (!shown.length) {
      last.reason = "outside";
      return false;
    }
    var bounds = L.latLngBounds(shown.map(function (p) {
      return [p.lat, p.lon];
    }));
    var size = map.getSize();
    var inner = L.latLngBounds(
      map.containerPointToLatLng([EMPHASIS_PADDING, size.y - EMPHASIS_PADDING]),
      map.containerPointToLatLng([size.x - EMPHASIS_PADDING, EMPHASIS_PADDING])
    );
    if (inner.contains(bounds)) {
      last.reason = "in view";
      return false;
    }
    last.moved = true;
    if (shown.length === 1) {
      var zoom = Math.min(Math.max(map.getZoom(), 5), EMPHASIS_MAX_ZOOM);
      map.flyTo(bounds.getCenter(), zoom, { duration: 0.8 });
    } else {
      map.flyToBounds(bounds, {
        padding: [EMPHASIS_PADDING, EMPHASIS_PADDING],
        maxZoom: EMPHASIS_MAX_ZOOM,
        duration: 0.8,
      });
    }
    return true;
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

  // The overview of all places stays one while nothing else has moved the map:
  // when the view grows or shrinks (the window is laid out, at launch just
  // after the places came, or resized), it is fitted again. A resize keeps the
  // centre and zoom, so a view still there is one nobody has moved since.
  function refitIfUntouched() {
    var fit = state.fitView;
    var map = state.map;
    if (!fit || !hasSize()) return;
    state.fitView = null;
    if (map.getZoom() !== fit.zoom) return;
    var moved = map.project(map.getCenter(), fit.zoom).distanceTo(map.project(fit.center, fit.zoom));
    if (moved < 2) fitNow();
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
    state.quietUntil = performance.now() + EMPHASIS_QUIET_MS;
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
    state.fitView = null;
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
    state.fitView = { center: map.getCenter(), zoom: map.getZoom() };
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
    updateLegend();
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
    labelsNow();
    return Array.prototype.map.call(document.querySelectorAll(".mapapp-place-label"), function (n) {
      return n.textContent;
    });
  }

  // The place labels shown: where each is, and where Leaflet's own tooltip,
  // which measures the label in the page, would put it (for tests of SizedLabel).
  function labelPlacements() {
    labelsNow();
    return state.labels
      .filter(function (item) {
        return item.shown;
      })
      .map(function (item) {
        var tip = item.tooltip;
        var at = L.DomUtil.getPosition(tip._container);
        L.Tooltip.prototype._setPosition.call(tip, state.map.latLngToLayerPoint(tip.getLatLng()));
        var measured = L.DomUtil.getPosition(tip._container);
        tip._setPosition(state.map.latLngToLayerPoint(tip.getLatLng()));
        return { name: item.place.name, side: item.shown, at: [at.x, at.y], measured: [measured.x, measured.y] };
      });
  }

  // Is the land canvas painted under this point? (For tests: the land is drawn
  // by hand, so that it is there after every move and zoom is worth checking.)
  function landPaintedAt(lat, lon) {
    var r = state.landRenderer;
    if (!r || !r._ctx || !r._bounds || !state.map) return false;
    var p = state.map.latLngToLayerPoint([lat, lon]).subtract(r._bounds.min).round();
    if (p.x < 0 || p.y < 0 || p.x >= r._container.width || p.y >= r._container.height) return false;
    return r._ctx.getImageData(p.x, p.y, 1, 1).data[3] > 0;
  }

  // The river or lake drawn at a point ({kind, name} or null: what hovering there names).
  function waterNameAt(lat, lon) {
    return waterAt(state.map.latLngToLayerPoint([lat, lon]));
  }

  // The text of the tooltip naming a river or lake, if it is open.
  function waterTipText() {
    var tip = state.waterTip;
    var node = tip && state.map.hasLayer(tip) ? tip.getElement() : null;
    return node ? node.textContent : null;
  }

  function status() {
    return {
      ready: state.readyPosted,
      bridge: !!state.bridge,
      places: state.places.length,
      highlighted: Object.keys(state.highlighted),
      emphasised: Object.keys(state.emphasised),
      lastEmphasis: state.lastEmphasis,
      events: state.events.length,
      popupOpen: !!document.querySelector(".leaflet-popup-content"),
      land: state.land.shown ? state.land.shown.polygons : 0, // polygons drawn
      landDetail: !!state.land.shown && state.land.shown === state.land.detail,
      baseBusy: !!state.land.low && wantsDetail() && state.land.shown !== state.land.detail && !state.land.failed,
      lakes: state.water ? state.water.lakes.length : 0, // features painted
      rivers: state.water ? state.water.rivers.length : 0,
      labels: state.seaLabels.length,
      bordersBusy: (!!state.borders.date && !state.borders.failed && state.borders.appliedDate !== state.borders.date) || !!state.borders.anim,
      date: state.borders.appliedDate,
      width: state.map ? state.map.getSize().x : 0, // the map's size as Leaflet has it
      height: state.map ? state.map.getSize().y : 0,
      landPaints: state.landPaints, // times the land canvas has been painted
      firstLandPaint: state.firstLandPaint || null, // {zoom, places}: the view it was first painted at
      labelLayouts: state.labelLayouts,
    };
  }

  // --- borders of the map's date ------------------------------------------------
  //
  // data/borders.js (window.MAPAPP_BORDERS: territories, spheres, fronts, each
  // feature with ISO start/end, both inclusive) is fetched once, the first time
  // the page is given a date. A date change then only filters the features and
  // swaps layers: one Leaflet layer per feature, made the first time it is
  // shown and kept, so that a later transition can fade them.

  var BORDERS_URL = "mapapp://app/data/borders.js";
  var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
  var MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ];
  // One colour per state, the same on every date (an atlas's colours: the
  // Reich grey, the Soviet Union red, its neighbours each their own).
  var PALETTE = {
    "Germany": "#5e6a7d",
    "Soviet Union": "#d23b2f",
    "Poland": "#e0a526",
    "Lithuania": "#2f9a5e",
    "Latvia": "#8b4fa8",
    "Estonia": "#2f7fc4",
    "Finland": "#3fb4c4",
    "Romania": "#e8742c",
    "Hungary": "#8fb03a",
    "Czechoslovakia": "#c9508a",
    "Slovakia": "#e28fb8",
    "France": "#3f66b8",
    "Italy": "#4f9a3f",
    "United Kingdom": "#b03a5a",
    "Sweden": "#e9cf3f",
    "Norway": "#a0683c",
    "Denmark": "#6f9f9a",
    "Netherlands": "#f08c3c",
    "Belgium": "#c7a040",
    "Luxembourg": "#9b7fd0",
    "Switzerland": "#a8927a",
    "Austria": "#b5835a",
    "Yugoslavia": "#9a72c2",
    "Croatia": "#6f5fb8",
    "Bulgaria": "#5aa88a",
    "Greece": "#5a9ad8",
    "Albania": "#a8503a",
    "Turkey": "#b89a62",
    "Spain": "#d8b23a",
    "Portugal": "#5f9f50",
    "Ireland": "#4fae6a",
    "Free City of Danzig": "#c9a227",
    // 1918-1922: Soviet Russia keeps the Soviet red; the empires and the
    // short-lived states of the wars get colours of their own.
    "Soviet Russia": "#d23b2f",
    "Austria-Hungary": "#c9a06a",
    "Ottoman Empire": "#a88a52",
    "White movement": "#8a8f98",
    "Ukraine": "#e6c84a",
    "West Ukraine": "#d9b95a",
    "Central Lithuania": "#c7b04e",
    "Transcaucasia": "#9f7fb8",
    "Serbia": "#9a72c2",
    "Arab Kingdom of Syria": "#7fa37a",
    "League of Nations": "#7f8c8d",
  };
  var BORDER_LINE = "#3b3630";
  var FRONT_COLOR = "#c0140c";
  var SOLID = { sovereign: true, annexed: true };
  var TINT = { puppet: true, "free city": true, mandate: true, plebiscite: true, protectorate: true };
  var HATCHED = { occupied: true, lease: true };

  function hashColor(name) {
    var h = 2166136261;
    for (var i = 0; i < name.length; i++) {
      h ^= name.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    var hue = h % 360;
    var sat = 30 + ((h >>> 9) % 25);
    var light = 42 + ((h >>> 17) % 14);
    return "hsl(" + hue + ", " + sat + "%, " + light + "%)";
  }

  function controllerColor(name) {
    name = String(name || "");
    return PALETTE[name] || hashColor(name);
  }

  // Diagonal hatching on the canvas: patterns are made once per colour and kind.
  var patterns = {};
  var HATCH = {
    occupied: { step: 7, width: 1.6, dir: 1 },
    sphere: { step: 12, width: 1.1, dir: -1 },
    front: { step: 9, width: 1.2, dir: -1 },
    dmz: { step: 9, width: 1, dir: -1 },
  };

  function hatchPattern(ctx, color, kind) {
    var key = kind + "|" + color;
    if (!patterns[key]) {
      var spec = HATCH[kind] || HATCH.occupied;
      var n = spec.step;
      var tile = document.createElement("canvas");
      tile.width = n;
      tile.height = n;
      var c = tile.getContext("2d");
      c.strokeStyle = color;
      c.lineWidth = spec.width;
      c.lineCap = "square";
      c.beginPath();
      for (var k = -1; k <= 1; k++) {
        if (spec.dir > 0) {
          c.moveTo(k * n, n);
          c.lineTo(k * n + n, 0);
        } else {
          c.moveTo(k * n, 0);
          c.lineTo(k * n + n, n);
        }
      }
      c.stroke();
      patterns[key] = ctx.createPattern(tile, "repeat");
    }
    return patterns[key];
  }

  // Leaflet's canvas fill and stroke, plus a hatch fill when a layer asks for one
  // (options.hatch = {color, kind, opacity}).
  function hatchFillStroke(ctx, layer) {
    var o = layer.options;
    if (o.fill) {
      ctx.globalAlpha = o.fillOpacity;
      ctx.fillStyle = o.fillColor || o.color;
      ctx.fill(o.fillRule || "evenodd");
    }
    if (o.hatch) {
      ctx.globalAlpha = o.hatch.opacity;
      ctx.fillStyle = hatchPattern(ctx, o.hatch.color, o.hatch.kind);
      ctx.fill("evenodd");
    }
    if (o.stroke && o.weight !== 0) {
      if (ctx.setLineDash) ctx.setLineDash((o && o._dashArray) || []);
      ctx.globalAlpha = o.opacity;
      ctx.lineWidth = o.weight;
      ctx.strokeStyle = o.color;
      ctx.lineCap = o.lineCap;
      ctx.lineJoin = o.lineJoin;
      ctx.stroke();
    }
  }

  function statusKind(status) {
    status = String(status || "");
    if (SOLID[status]) return "solid";
    if (HATCHED[status]) return "occupied";
    if (TINT[status]) return "tint";
    if (status === "demilitarised zone") return "dmz";
    return "solid";
  }

  function territoryStyle(p) {
    var color = controllerColor(p.controller);
    var kind = statusKind(p.status);
    var style = {
      stroke: true,
      color: BORDER_LINE,
      weight: 0.8,
      opacity: 0.75,
      lineJoin: "round",
      fill: true,
      fillColor: color,
      fillOpacity: 0.4,
      hatch: null,
    };
    if (kind === "occupied") {
      style.fillOpacity = 0.14;
      style.hatch = { color: color, kind: "occupied", opacity: 0.8 };
    } else if (kind === "tint") {
      style.fillOpacity = 0.2;
    } else if (kind === "dmz") {
      style.hatch = { color: "#4a4036", kind: "dmz", opacity: 0.35 };
    }
    return style;
  }

  function sphereStyle(p) {
    var color = controllerColor(p.sphere_of);
    return {
      stroke: true,
      color: color,
      weight: 2.2,
      opacity: 0.95,
      dashArray: "7 5",
      lineJoin: "round",
      fill: false,
      hatch: { color: color, kind: "sphere", opacity: 0.35 },
      interactive: false,
    };
  }

  function frontStyle() {
    return {
      stroke: true,
      color: FRONT_COLOR,
      weight: 2.4,
      opacity: 0.95,
      dashArray: "8 4",
      lineJoin: "round",
      fill: false,
      hatch: { color: FRONT_COLOR, kind: "front", opacity: 0.3 },
      interactive: false,
    };
  }

  function formatDate(iso) {
    if (!ISO_DATE.test(String(iso || ""))) return String(iso || "");
    var parts = iso.split("-");
    var month = MONTHS[Number(parts[1]) - 1] || parts[1];
    return Number(parts[2]) + " " + month + " " + Number(parts[0]);
  }

  function borderCollection(name) {
    var data = window.MAPAPP_BORDERS && window.MAPAPP_BORDERS[name];
    if (data && data.features) return data.features;
    return [];
  }

  function loadBorders() {
    var b = state.borders;
    if (b.data || b.loading || b.failed) return;
    if (window.MAPAPP_BORDERS) {
      b.data = window.MAPAPP_BORDERS;
      return;
    }
    b.loading = true;
    var script = document.createElement("script");
    script.src = BORDERS_URL;
    script.async = true;
    script.onload = function () {
      b.loading = false;
      if (window.MAPAPP_BORDERS) b.data = window.MAPAPP_BORDERS;
      else b.failed = true;
      applyDate();
    };
    script.onerror = function () {
      b.loading = false;
      b.failed = true;
      reportError("the borders could not be loaded", BORDERS_URL, 0);
    };
    document.head.appendChild(script);
  }

  function borderLayer(feature) {
    var p = feature.properties;
    var b = state.borders;
    var layer = b.layers[p.kind + ":" + p.id];
    if (layer) return layer;
    var style = p.kind === "territory" ? territoryStyle(p) : p.kind === "sphere" ? sphereStyle(p) : frontStyle();
    style.renderer = state.renderer;
    var g = feature.geometry;
    var latlngs = L.GeoJSON.coordsToLatLngs(g.coordinates, g.type === "Polygon" ? 1 : 2);
    layer = L.polygon(latlngs, style);
    layer._project = projectOncePerView;
    layer.feature = feature;
    if (p.kind === "territory") {
      layer.on("click", function (e) {
        openBorderPopup(e.latlng, feature);
      });
    }
    b.layers[p.kind + ":" + p.id] = layer;
    return layer;
  }

  function validOn(iso) {
    return function (feature) {
      var p = feature && feature.properties;
      return !!(p && feature.geometry && p.start <= iso && iso <= p.end);
    };
  }

  // Draw what is valid on state.borders.date (once the data is here). With
  // options.animate (the default once something is drawn) the change is a
  // transition: see "animated date changes" below.
  function applyDate(options) {
    var b = state.borders;
    var iso = b.date;
    if (!state.map || !iso) return;
    if (!b.data) {
      loadBorders();
      return;
    }
    var t0 = window.performance ? performance.now() : 0;
    finishTransition(); // a transition still running jumps to its end state
    var want = {
      territory: borderCollection("territories").filter(validOn(iso)),
      sphere: borderCollection("spheres").filter(validOn(iso)),
      front: borderCollection("fronts").filter(validOn(iso)),
    };
    var layers = [];
    ["territory", "sphere", "front"].forEach(function (kind) {
      want[kind].forEach(function (f) {
        layers.push(borderLayer(f));
      });
    });
    var keep = {};
    layers.forEach(function (layer) {
      keep[L.stamp(layer)] = true;
    });
    var duration = transitionMs(options);
    var outgoing = [];
    b.drawn.forEach(function (layer) {
      if (keep[L.stamp(layer)]) return;
      if (duration > 0) outgoing.push(layer);
      else state.map.removeLayer(layer);
    });
    var incoming = [];
    layers.forEach(function (layer) {
      if (!state.map.hasLayer(layer)) incoming.push(layer);
    });
    var old = b.drawn;
    if (duration > 0) startTransition(old, outgoing, incoming, duration);
    incoming.forEach(function (layer) {
      layer.addTo(state.map);
    });
    if (incoming.length) orderBorders(layers);
    b.drawn = layers;
    b.shown = want;
    b.appliedDate = iso;
    updateLegend();
    updateBorderLabels();
    b.applyMs = window.performance ? performance.now() - t0 : 0;
    post("borders_drawn", { date: iso, territories: want.territory.length });
  }

  function setDate(iso, options) {
    iso = String(iso || "");
    if (!ISO_DATE.test(iso)) return false;
    var b = state.borders;
    var now = window.performance ? performance.now() : Date.now();
    if (options === false) options = { animate: false };
    b.dateOptions = L.extend({}, options || {}, { gap: b.lastSetAt === null ? Infinity : now - b.lastSetAt });
    b.lastSetAt = now;
    b.date = iso;
    updateDateBox();
    applyDate(b.dateOptions);
    return true;
  }

  // --- animated date changes ------------------------------------------------------
  //
  // A date change cross-fades only the layers that change: the ones leaving
  // fade out while the ones arriving fade in (the same coverage throughout, so
  // a state that keeps its colour does not flicker), eased, in TRANSITION_MS.
  // Territories that changed hands get a bright outline on a canvas of their own
  // whose pane's CSS opacity pulses (no canvas repaint for the pulse). The
  // logical state (b.drawn, bordersAt, controllerAt, the legend, the names) is
  // the new date's from the start; only the pixels lag behind. A new date
  // mid-transition first jumps the running one to its end state.

  var TRANSITION_MS = 750;
  var QUICK_MS = 120; // when dates follow each other faster than QUICK_GAP_MS (playback)
  var QUICK_GAP_MS = 150;
  var PULSE_MS = 1500;
  var CHANGED_HANDS_BUDGET_MS = 6; // of a frame, for findChangedHands
  var PULSE_COLOR = "#ffe14d";

  function transitionMs(options) {
    var b = state.borders;
    options = options || {};
    if (options.animate === false || !b.appliedDate || !hasSize() || document.hidden) return 0;
    if (typeof options.duration === "number" && isFinite(options.duration)) return Math.max(0, options.duration);
    return options.gap < QUICK_GAP_MS ? QUICK_MS : TRANSITION_MS;
  }

  function ease(t) {
    // easeInOutCubic
    return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
  }

  // The style a layer ends at (its kind's), kept on the layer when it is made.
  function fullStyle(layer) {
    if (!layer.mapappStyle) {
      var p = layer.feature.properties;
      layer.mapappStyle = p.kind === "territory" ? territoryStyle(p) : p.kind === "sphere" ? sphereStyle(p) : frontStyle();
    }
    return layer.mapappStyle;
  }

  // The layer's style at a fraction f (0..1) of its full opacities.
  function fadedStyle(layer, f) {
    var s = fullStyle(layer);
    var out = {
      opacity: s.opacity * f,
      hatch: s.hatch ? { color: s.hatch.color, kind: s.hatch.kind, opacity: s.hatch.opacity * f } : null,
    };
    if (s.fill) out.fillOpacity = s.fillOpacity * f;
    return out;
  }

  // Incoming at e of its alpha a, outgoing at (a - a*e) / (1 - a*e) of a: over the
  // same place in the same colour the two cover as much as one layer does.
  function outgoingFraction(e, a) {
    var i = a * e;
    if (i >= 1) return 0;
    return a > 0 ? (a - i) / (1 - i) / a : 1 - e;
  }

  // Identical geometry (the same territory in a new period): swapped, not faded.
  function geometryKey(layer) {
    if (layer.mapappGeometryKey === undefined) {
      var n = 0, sx = 0, sy = 0;
      (function walk(c) {
        if (typeof c[0] === "number") {
          n++;
          sx += c[0] * ((n % 7) + 1);
          sy += c[1] * ((n % 5) + 1);
        } else for (var i = 0; i < c.length; i++) walk(c[i]);
      })(layer.feature.geometry.coordinates);
      layer.mapappGeometryKey = n + ":" + sx.toFixed(4) + ":" + sy.toFixed(4);
    }
    return layer.mapappGeometryKey;
  }

  function styleKey(layer) {
    var s = fullStyle(layer);
    return [layer.feature.properties.kind, s.fillColor, s.fillOpacity, s.color, s.opacity,
      s.hatch ? s.hatch.kind + s.hatch.color + s.hatch.opacity : ""].join("|");
  }

  // The controller of the old territories at a point (null: none there).
  function oldControllerAt(old, latlng) {
    for (var i = 0; i < old.length; i++) {
      var p = old[i].feature.properties;
      if (p.kind === "territory" && layerContains(old[i], latlng)) return p.controller;
    }
    return null;
  }

  // Did the land of this incoming territory belong to someone else before?
  // Its label point and a grid of points inside it are asked.
  function changedHands(layer, old) {
    var p = layer.feature.properties;
    var pts = [];
    if (p.label) pts.push(L.latLng(p.label[1], p.label[0]));
    var lb = layer.getBounds();
    var N = 5;
    for (var y = 0; y < N; y++) {
      for (var x = 0; x < N; x++) {
        var c = L.latLng(lb.getSouth() + ((y + 0.5) / N) * (lb.getNorth() - lb.getSouth()),
          lb.getWest() + ((x + 0.5) / N) * (lb.getEast() - lb.getWest()));
        if (layerContains(layer, c)) pts.push(c);
      }
    }
    return pts.some(function (pt) {
      return oldControllerAt(old, pt) !== p.controller;
    });
  }

  // The outlines of the land that changed hands, on a canvas of their own whose
  // pane's opacity pulses. Painted from the territories' own projected rings
  // (they are on the map already), so a pulse costs no projection.
  function paintOutlines(ctx, map, layers) {
    var drawn = layers.filter(function (layer) {
      return layer._rings && layer._map;
    });
    if (!drawn.length) return;
    ctx.beginPath();
    drawn.forEach(function (layer) {
      layer._rings.forEach(function (ring) {
        for (var i = 0; i < ring.length; i++) {
          if (i === 0) ctx.moveTo(ring[i].x, ring[i].y);
          else ctx.lineTo(ring[i].x, ring[i].y);
        }
        ctx.closePath();
      });
    });
    ctx.lineJoin = "round";
    ctx.lineCap = "round";
    ctx.strokeStyle = PULSE_COLOR;
    ctx.globalAlpha = 0.35;
    ctx.lineWidth = 9;
    ctx.stroke();
    ctx.strokeStyle = "#fff7c2";
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2.5;
    ctx.stroke();
  }

  function pulseRenderer() {
    var b = state.borders;
    if (!b.pulseRenderer) {
      var pane = state.map.createPane("mapapp-changes");
      pane.style.zIndex = 430;
      pane.style.pointerEvents = "none";
      pane.style.opacity = 0;
      pane.style.willChange = "opacity";
      b.pulsePane = pane;
      b.pulseRenderer = paintedCanvas(paintOutlines, { pane: "mapapp-changes", padding: 0.1 }).addTo(state.map);
    }
    return b.pulseRenderer;
  }

  // Put a drawn path on another canvas of the same map without projecting it
  // again (Leaflet's remove-and-add would): the canvases share the map's
  // layer coordinates, only the clipping to the new canvas is redone.
  function moveToRenderer(layer, renderer) {
    var map = state.map;
    if (layer._renderer === renderer && map.hasLayer(layer)) return;
    layer.options.renderer = renderer;
    if (!map.hasLayer(layer) || !layer._rings) {
      if (map.hasLayer(layer)) map.removeLayer(layer);
      return;
    }
    if (!map.hasLayer(renderer)) map.addLayer(renderer);
    layer._renderer._removePath(layer);
    layer._renderer = renderer;
    renderer._initPath(layer);
    layer._update();
    renderer._addPath(layer);
  }

  // Leaflet projects a path each time it is added to the map; the territories
  // come and go with the date, at the same zoom most of the time: their
  // points are projected again only when the zoom or the pixel origin moved.
  function projectOncePerView() {
    var map = this._map;
    var origin = map.getPixelOrigin();
    var key = map.getZoom() + ":" + origin.x + ":" + origin.y;
    if (this._projectedFor === key && this._rings) return;
    L.Polygon.prototype._project.call(this);
    this._projectedFor = key;
  }

  function pulseOpacity(ms) {
    if (ms <= 0 || ms >= PULSE_MS) return 0;
    if (ms < 200) return ms / 200;
    if (ms < 450) return 1;
    return 1 - ease((ms - 450) / (PULSE_MS - 450));
  }

  function startTransition(old, outgoing, incoming, duration) {
    var b = state.borders;
    // Pairs that look the same before and after are swapped at once.
    var looks = {};
    outgoing.forEach(function (layer) {
      var k = styleKey(layer) + "#" + geometryKey(layer);
      (looks[k] = looks[k] || []).push(layer);
    });
    var swapped = {};
    var fadeIn = incoming.filter(function (layer) {
      var list = looks[styleKey(layer) + "#" + geometryKey(layer)];
      if (list && list.length) {
        swapped[L.stamp(list.pop())] = true;
        return false;
      }
      return true;
    });
    var fadeOut = outgoing.filter(function (layer) {
      if (!swapped[L.stamp(layer)]) return true;
      state.map.removeLayer(layer);
      return false;
    });
    if (!fadeIn.length && !fadeOut.length) return;
    var now = performance.now();
    var anim = {
      start: now,
      duration: duration,
      pulse: 0, // set on the first frame, with changed (see findChangedHands)
      old: old,
      fadeIn: fadeIn,
      fadeOut: fadeOut,
      changed: null,
      frames: 0,
      paintMs: [],
      done: false,
    };
    fadeIn.forEach(function (layer) {
      L.extend(layer.options, fadedStyle(layer, 0)); // added invisible, on the fading canvas
      layer.options.renderer = state.fadingRenderer;
    });
    fadeOut.forEach(function (layer) {
      moveToRenderer(layer, state.fadingRenderer);
    });
    b.anim = anim;
    b.lastTransition = { duration: duration, fadeIn: fadeIn.length, fadeOut: fadeOut.length, swapped: Object.keys(swapped).length, changed: [] };
    anim.raf = requestAnimationFrame(stepTransition);
    // Without frames (a hidden page) the transition still ends.
    anim.timer = setTimeout(finishTransition, Math.max(duration, anim.pulse) + 1000);
  }

  // Which incoming territories took land from another state, and their pulse.
  // Worked out over the transition's first frames (a few milliseconds of each,
  // so that none is dropped) rather than with the date change: the page has
  // answered for the new date and the fade has begun by then, and the pulse
  // starts from nothing anyway.
  function findChangedHands(anim, budgetMs) {
    var b = state.borders;
    var t0 = performance.now();
    anim.checking = anim.checking || { next: 0, found: [] };
    var c = anim.checking;
    while (c.next < anim.fadeIn.length) {
      var layer = anim.fadeIn[c.next++];
      if (layer.feature.properties.kind === "territory" && changedHands(layer, anim.old)) c.found.push(layer);
      if (budgetMs !== undefined && performance.now() - t0 > budgetMs) return; // more on the next frame
    }
    anim.old = null;
    anim.changed = c.found.map(function (l) {
      return l.feature.properties.id;
    });
    b.lastTransition.changed = anim.changed;
    anim.pulse = c.found.length && anim.duration >= TRANSITION_MS / 2 ? PULSE_MS : 0;
    if (anim.pulse) {
      pulseRenderer().set(c.found);
      b.pulsePane.style.opacity = 0;
    }
  }

  function stepTransition() {
    var b = state.borders;
    var anim = b.anim;
    if (!anim || anim.done) return;
    if (anim.changed === null) findChangedHands(anim, CHANGED_HANDS_BUDGET_MS);
    var ms = performance.now() - anim.start;
    anim.frames++;
    // The fade changes the picture every other frame: each change costs the
    // compositor a software raster of the fading canvas, and at every frame it
    // could not keep up (every second frame came late); at 30 changes a second
    // the fade looks the same and no frame is dropped.
    var change = anim.frames % 2 === 1;
    if (ms < anim.duration && !change) {
      anim.raf = requestAnimationFrame(stepTransition);
      return;
    }
    if (ms < anim.duration) {
      var e = ease(ms / anim.duration);
      anim.fadeIn.forEach(function (layer) {
        layer.setStyle(fadedStyle(layer, e));
      });
      anim.fadeOut.forEach(function (layer) {
        var s = fullStyle(layer);
        layer.setStyle(fadedStyle(layer, outgoingFraction(e, s.fill ? s.fillOpacity : s.opacity)));
      });
    } else if (!anim.faded) {
      endFades(anim);
    }
    redrawNow(anim);
    if (anim.pulse) b.pulsePane.style.opacity = pulseOpacity(ms).toFixed(3);
    if (ms >= Math.max(anim.duration, anim.pulse)) {
      finishTransition();
      return;
    }
    anim.raf = requestAnimationFrame(stepTransition);
  }

  // Paint the restyled layers in this frame rather than in Leaflet's next one,
  // and while fading only inside the view (a fading Soviet Union reaches far
  // beyond it). The fading canvas holds only the layers that change; at the end
  // they go back to the main canvas, which repaints their bounds once.
  function redrawNow(anim) {
    var r = anim.faded ? state.renderer : state.fadingRenderer;
    if (!r || !r._redrawRequest) return;
    L.Util.cancelAnimFrame(r._redrawRequest);
    var t = performance.now();
    var map = state.map;
    var bounds = r._redrawBounds;
    if (bounds && !anim.faded) {
      var view = L.bounds(map.containerPointToLayerPoint([0, 0]), map.containerPointToLayerPoint(map.getSize()));
      if (!view.intersects(bounds)) {
        r._redrawRequest = null;
        r._redrawBounds = null;
        return;
      }
      r._redrawBounds = L.bounds(
        L.point(Math.max(bounds.min.x, view.min.x), Math.max(bounds.min.y, view.min.y)),
        L.point(Math.min(bounds.max.x, view.max.x), Math.min(bounds.max.y, view.max.y))
      );
    }
    r._redraw();
    anim.paintMs.push(performance.now() - t);
  }

  // The faded-in layers go back to the main canvas, in their places; the faded-out ones go.
  function endFades(anim) {
    anim.faded = true;
    var map = state.map;
    anim.fadeOut.forEach(function (layer) {
      if (map.hasLayer(layer)) map.removeLayer(layer);
      L.extend(layer.options, fadedStyle(layer, 1)); // shown again later at full strength
      layer.options.renderer = state.renderer;
    });
    anim.fadeIn.forEach(function (layer) {
      L.extend(layer.options, fadedStyle(layer, 1));
      moveToRenderer(layer, state.renderer);
    });
    if (anim.fadeIn.length) orderBorders(state.borders.drawn);
  }

  // On the main canvas: the territories, spheres and fronts under everything
  // else (lakes, rivers, graticule, places), in draw order.
  function orderBorders(layers) {
    for (var i = layers.length - 1; i >= 0; i--) {
      if (state.map.hasLayer(layers[i])) layers[i].bringToBack();
    }
  }

  // Jump a running transition to its end state (the instant state).
  function finishTransition() {
    var b = state.borders;
    var anim = b.anim;
    if (!anim) return;
    anim.done = true;
    cancelAnimationFrame(anim.raf);
    clearTimeout(anim.timer);
    if (!anim.faded) endFades(anim);
    if (anim.changed === null) findChangedHands(anim); // ended before its first frame
    if (b.pulseRenderer) b.pulseRenderer.set([]);
    if (b.pulsePane) b.pulsePane.style.opacity = 0;
    b.lastTransition.frames = anim.frames;
    b.lastTransition.ms = performance.now() - anim.start;
    b.lastTransition.paintMs = anim.paintMs;
    b.anim = null;
  }

  // requestAnimationFrame deltas (ms) while recording: frameProbe(true) starts,
  // frameProbe(false) stops and returns {deltas, fading}: every frame's delta,
  // and those of the frames that came while a cross-fade was running (for
  // bench/transition.py).
  var probe = { on: false, last: 0, deltas: [], fading: [] };

  function frameProbe(on) {
    if (on) {
      probe.deltas = [];
      probe.fading = [];
      probe.last = 0;
      probe.on = true;
      var run = (probe.run = (probe.run || 0) + 1);
      requestAnimationFrame(function tick(t) {
          if (!probe.on || probe.run !== run) return;
          var anim = state.borders.anim;
          if (probe.last) {
            probe.deltas.push(t - probe.last);
            if (probe.wasFading || (anim && !anim.faded)) probe.fading.push(t - probe.last);
          }
          probe.wasFading = !!(anim && !anim.faded);
          probe.last = t;
          requestAnimationFrame(tick);
      });
      return { deltas: [], fading: [] };
    }
    probe.on = false;
    return { deltas: probe.deltas.slice(), fading: probe.fading.slice() };
  }

  // --- the date box, labels, legend and popups ------------------------------

  function makeControl(position, className, build) {
    var Control = L.Control.extend({
      options: { position: position },
      onAdd: function () {
        var node = el("div", className);
        L.DomEvent.disableClickPropagation(node);
        L.DomEvent.disableScrollPropagation(node);
        build(node);
        return node;
      },
    });
    return new Control().addTo(state.map);
  }

  function updateDateBox() {
    var b = state.borders;
    if (!b.dateBox) {
      b.dateBox = makeControl("topright", "mapapp-date-box", function (node) {
        node.appendChild(el("div", "mapapp-date-text"));
        node.appendChild(el("div", "mapapp-date-note"));
      });
    }
    var box = b.dateBox.getContainer();
    box.querySelector(".mapapp-date-text").textContent = formatDate(b.date);
    var data = b.data || window.MAPAPP_BORDERS;
    var note = "";
    if (data && data.first_day && b.date < data.first_day) note = "borders shown from " + formatDate(data.first_day);
    else if (data && data.last_day && b.date > data.last_day) note = "borders shown to " + formatDate(data.last_day);
    box.querySelector(".mapapp-date-note").textContent = note;
  }

  function swatch(style) {
    var c = document.createElement("canvas");
    c.width = 22;
    c.height = 14;
    c.className = "mapapp-legend-swatch";
    var ctx = c.getContext("2d");
    ctx.fillStyle = STYLE.land.fillColor;
    ctx.fillRect(0, 0, 22, 14);
    ctx.beginPath();
    ctx.rect(1.5, 1.5, 19, 11);
    var layer = { options: L.extend({ lineCap: "round", lineJoin: "round" }, style) };
    layer.options._dashArray = style.dashArray ? String(style.dashArray).split(" ").map(Number) : null;
    if (layer.options._dashArray) layer.options._dashArray = layer.options._dashArray.map(function (d) {
      return d / 2;
    });
    hatchFillStroke(ctx, layer);
    return c;
  }

  function legendRow(list, style, text) {
    var row = el("div", "mapapp-legend-row");
    row.appendChild(swatch(style));
    row.appendChild(el("span", "mapapp-legend-text", text));
    list.appendChild(row);
  }

  // A layer's area in the view, roughly: its area times the share of its
  // bounding box that the view holds.
  function visibleArea(layer, view) {
    var lb = layer.getBounds();
    if (!lb.intersects(view)) return 0;
    var s = Math.max(lb.getSouth(), view.getSouth());
    var n = Math.min(lb.getNorth(), view.getNorth());
    var w = Math.max(lb.getWest(), view.getWest());
    var e = Math.min(lb.getEast(), view.getEast());
    var whole = (lb.getNorth() - lb.getSouth()) * (lb.getEast() - lb.getWest());
    var share = whole > 0 ? ((n - s) * (e - w)) / whole : 1;
    var km2 = Number(layer.feature.properties.area_km2) || 1;
    return Math.max(share, 0) * km2 + 1e-9;
  }

  var LEGEND_MAX = 14;

  function legendEntries() {
    var b = state.borders;
    if (!b.shown) return { controllers: [], statuses: {} };
    var view = state.map.getBounds();
    var area = {};
    var statuses = {};
    b.drawn.forEach(function (layer) {
      var p = layer.feature.properties;
      var a = visibleArea(layer, view);
      if (a <= 0) return;
      if (p.kind === "territory") {
        area[p.controller] = (area[p.controller] || 0) + a;
        statuses[statusKind(p.status)] = true;
      } else {
        statuses[p.kind] = p.kind === "sphere" ? p.sphere_of : true;
      }
    });
    var names = Object.keys(area).sort(function (x, y) {
      return area[y] - area[x] || (x < y ? -1 : 1);
    });
    return { controllers: names, statuses: statuses };
  }

  var LEGEND_FOLD_WIDTH = 760;

  function legendFolded() {
    var container = state.map.getContainer();
    if (container.classList.contains("mapapp-export")) return false;
    if (state.legendFolded === true || state.legendFolded === false) return state.legendFolded;
    return container.clientWidth < LEGEND_FOLD_WIDTH;
  }

  function updateLegend() {
    var b = state.borders;
    if (!state.map || !b.appliedDate) return;
    if (!b.legend) b.legend = makeControl("topright", "mapapp-legend", function () {});
    var box = b.legend.getContainer();
    while (box.firstChild) box.removeChild(box.firstChild);
    var entries = legendEntries();
    // On a narrow map the legend starts folded to its title; a click unfolds it.
    // Exports always show it whole.
    var folded = legendFolded();
    box.classList.toggle("mapapp-legend-folded", folded);
    var title = el("div", "mapapp-legend-title", (folded ? "\u25b8 " : "\u25be ") + "States");
    title.title = folded ? "Show the legend" : "Fold the legend";
    L.DomEvent.on(title, "click", function () {
      state.legendFolded = !legendFolded();
      updateLegend();
    });
    box.appendChild(title);
    var list = el("div", "mapapp-legend-list");
    entries.controllers.slice(0, LEGEND_MAX).forEach(function (name) {
      var color = controllerColor(name);
      legendRow(list, { stroke: true, color: BORDER_LINE, weight: 0.8, opacity: 0.75, fill: true, fillColor: color, fillOpacity: 0.4 }, name);
    });
    var more = entries.controllers.length - LEGEND_MAX;
    if (more > 0) list.appendChild(el("div", "mapapp-legend-more", "and " + more + " more"));
    box.appendChild(list);
    var s = entries.statuses;
    var keys = el("div", "mapapp-legend-list mapapp-legend-keys");
    var grey = "#6b625a";
    var base = { stroke: true, color: BORDER_LINE, weight: 0.8, opacity: 0.75, fill: true, fillColor: grey };
    if (s.solid) legendRow(keys, L.extend({}, base, { fillOpacity: 0.4 }), "sovereign or annexed (state's colour)");
    if (s.occupied) legendRow(keys, L.extend({}, base, { fillOpacity: 0.14, hatch: { color: grey, kind: "occupied", opacity: 0.8 } }), "occupied (occupier's colour)");
    if (s.tint) legendRow(keys, L.extend({}, base, { fillOpacity: 0.2 }), "puppet, protectorate, mandate, free city");
    if (s.dmz) legendRow(keys, L.extend({}, base, { fillOpacity: 0.4, hatch: { color: "#4a4036", kind: "dmz", opacity: 0.35 } }), "demilitarised zone");
    if (s.sphere) legendRow(keys, L.extend(sphereStyle({ sphere_of: grey }), { color: grey, hatch: { color: grey, kind: "sphere", opacity: 0.45 } }), "sphere of influence (holder's colour)");
    if (s.front) legendRow(keys, frontStyle(), "front: ground taken in a campaign");
    if (keys.firstChild) box.appendChild(keys);
    box.style.display = entries.controllers.length ? "" : "none";
  }

  var TERRITORY_LABEL_WIDTH = 120;

  // The map's own boxes (date, legend, zoom, scale) in container pixels: names keep off them.
  function controlBoxes() {
    var container = state.map.getContainer();
    var origin = container.getBoundingClientRect();
    return Array.prototype.map.call(container.querySelectorAll(".leaflet-control"), function (node) {
      var r = node.getBoundingClientRect();
      return { x0: r.left - origin.left - 4, y0: r.top - origin.top - 4, x1: r.right - origin.left + 4, y1: r.bottom - origin.top + 4 };
    }).filter(function (b) {
      return b.x1 - b.x0 > 8 && b.y1 - b.y0 > 8;
    });
  }

  // Where a territory's name may go: its own label point (inside its largest
  // polygon), else, when that is out of view (the Soviet Union's is beyond the
  // Urals), points of the visible part of its bounds that lie inside it.
  function labelCandidates(item) {
    var out = [L.latLng(item.p.label[1], item.p.label[0])];
    var view = state.map.getBounds().pad(-0.08);
    if (view.contains(out[0])) return out;
    var lb = item.layer.getBounds();
    if (!lb.intersects(view)) return out;
    var s = Math.max(lb.getSouth(), view.getSouth());
    var n = Math.min(lb.getNorth(), view.getNorth());
    var w = Math.max(lb.getWest(), view.getWest());
    var e = Math.min(lb.getEast(), view.getEast());
    var fractions = [0.5, 0.3, 0.7];
    fractions.forEach(function (fy) {
      fractions.forEach(function (fx) {
        var c = L.latLng(s + (n - s) * fy, w + (e - w) * fx);
        if (layerContains(item.layer, c)) out.push(c);
      });
    });
    return out;
  }

  // Names on the map: a state's name in capitals on its own land, an occupied,
  // puppet or dependent territory's own name in italics; only where it fits.
  function updateBorderLabels() {
    var b = state.borders;
    if (!state.map) return;
    if (!b.labelLayer) {
      var pane = state.map.createPane("mapapp-border-labels");
      pane.style.zIndex = 440;
      pane.style.pointerEvents = "none";
      b.labelLayer = L.layerGroup().addTo(state.map);
    }
    b.labelLayer.clearLayers();
    var labelNames = {};
    b.labelNames = labelNames;
    if (!b.shown) {
      labelsLater();
      return;
    }
    var map = state.map;
    var size = map.getSize();
    var taken = controlBoxes();
    var named = {};
    var items = [];
    b.shown.territory.forEach(function (f) {
      var p = f.properties;
      if (!p.label) return;
      var layer = b.layers["territory:" + p.id];
      if (p.status === "annexed") return; // named with the state it belongs to
      var solid = statusKind(p.status) === "solid";
      var text = solid ? String(p.controller || p.name) : String(p.name || "");
      if (!text) return;
      var bounds = layer.getBounds();
      var nw = map.latLngToContainerPoint(bounds.getNorthWest());
      var se = map.latLngToContainerPoint(bounds.getSouthEast());
      items.push({ p: p, layer: layer, text: text, solid: solid, w: se.x - nw.x, h: se.y - nw.y });
    });
    items.sort(function (x, y) {
      return y.w * y.h - x.w * x.h;
    });
    items.forEach(function (item) {
      var key = item.solid ? "state:" + item.text : "t:" + item.p.id;
      if (named[key]) return;
      // States on one line; territories' names wrap at TERRITORY_LABEL_WIDTH.
      var textWidth = item.text.length * (item.solid ? 9.4 : 5.6) + 6;
      var lines = item.solid ? 1 : Math.ceil(textWidth / TERRITORY_LABEL_WIDTH);
      var width = item.solid ? textWidth : Math.min(textWidth, TERRITORY_LABEL_WIDTH);
      var height = lines * 13 + 4;
      if (item.w < width * 0.9 || item.h < height + 8) return;
      var where = null;
      var box = null;
      labelCandidates(item).some(function (latlng) {
        var at = map.latLngToContainerPoint(latlng);
        var b = { x0: at.x - width / 2, y0: at.y - height / 2, x1: at.x + width / 2, y1: at.y + height / 2 };
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > size.x || b.y1 > size.y) return false;
        var clash = taken.some(function (t) {
          return !(b.x1 < t.x0 || b.x0 > t.x1 || b.y1 < t.y0 || b.y0 > t.y1);
        });
        if (clash) return false;
        where = latlng;
        box = b;
        return true;
      });
      if (!where) return;
      taken.push(box);
      named[key] = true;
      labelNames[item.text.toLowerCase()] = true;
      var node = el("div", "mapapp-border-label " + (item.solid ? "mapapp-border-label-state" : "mapapp-border-label-territory"), item.text);
      L.marker(where, {
        pane: "mapapp-border-labels",
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: "mapapp-base-label-icon", html: node, iconSize: null }),
      }).addTo(b.labelLayer);
    });
    labelsLater();
  }

  // --- point queries on the drawn layers -----------------------------------------

  function inRing(ring, lat, lng) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var yi = ring[i].lat, xi = ring[i].lng, yj = ring[j].lat, xj = ring[j].lng;
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }

  function layerContains(layer, latlng) {
    if (!layer.getBounds().contains(latlng)) return false;
    var rings = layer.getLatLngs();
    // Polygon: [ring, hole...]; MultiPolygon: [[ring, hole...], ...]
    var polys = rings.length && Array.isArray(rings[0]) && Array.isArray(rings[0][0]) ? rings : [rings];
    return polys.some(function (poly) {
      if (!poly.length || !inRing(poly[0], latlng.lat, latlng.lng)) return false;
      for (var k = 1; k < poly.length; k++) if (inRing(poly[k], latlng.lat, latlng.lng)) return false;
      return true;
    });
  }

  function publicProps(p) {
    return {
      kind: p.kind,
      id: p.id,
      territory: p.territory,
      name: p.name,
      controller: p.controller,
      status: p.status,
      sphere_of: p.sphere_of,
      war: p.war,
      start: p.start,
      end: p.end,
      source: p.source,
      precision_km: p.precision_km,
    };
  }

  // What the drawn layers hold at the point: {territory, spheres, fronts} (properties only).
  function bordersAt(lat, lon) {
    var latlng = L.latLng(lat, lon);
    var out = { territory: null, spheres: [], fronts: [] };
    state.borders.drawn.forEach(function (layer) {
      if (!layerContains(layer, latlng)) return;
      var p = layer.feature.properties;
      if (p.kind === "territory") {
        if (!out.territory) out.territory = publicProps(p);
      } else if (p.kind === "sphere") out.spheres.push(publicProps(p));
      else out.fronts.push(publicProps(p));
    });
    return out;
  }

  function controllerAt(lat, lon) {
    var t = bordersAt(lat, lon).territory;
    return t ? t.controller : null;
  }

  function validity(p) {
    return formatDate(p.start) + " \u2013 " + formatDate(p.end);
  }

  // --- the text's events in border popups -------------------------------------

  function setEvents(list) {
    state.events = (Array.isArray(list) ? list : []).filter(function (e) {
      return e && ISO_DATE.test(String(e.date || "")) && typeof e.start === "number" && isFinite(e.start) && e.start >= 0;
    }).map(function (e) {
      return { date: e.date, label: String(e.label || ""), start: Math.round(e.start), precision: String(e.precision || "day") };
    });
    return state.events.length;
  }

  function isoPlusDays(iso, days) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  var MONTH_INDEX = {
    jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  };

  function pad2(n) {
    return (n < 10 ? "0" : "") + n;
  }

  // Dates written in a source ("Moscow Peace Treaty (12 Mar 1940, in force 13 Mar 1940)",
  // "Treaty of Riga, March 18, 1921"), as ISO strings.
  function sourceDates(text) {
    var out = [];
    var s = String(text || "");
    var dmy = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/g;
    var mdy = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/g;
    var m;
    while ((m = dmy.exec(s))) {
      var mo = MONTH_INDEX[m[2].toLowerCase()];
      if (mo && +m[1] >= 1 && +m[1] <= 31) out.push(m[3] + "-" + pad2(mo) + "-" + pad2(+m[1]));
    }
    while ((m = mdy.exec(s))) {
      var mo2 = MONTH_INDEX[m[1].toLowerCase()];
      if (mo2 && +m[2] >= 1 && +m[2] <= 31) out.push(m[3] + "-" + pad2(mo2) + "-" + pad2(+m[2]));
    }
    return out;
  }

  // The event of the text that tells this territory's change: its start date,
  // the day after its end, or a date in its source. An exact day (of an event
  // dated to the day) is preferred, else the same month (of an event dated to
  // the day or month); among equals the first told.
  function eventFor(p) {
    if (!state.events.length) return null;
    var days = sourceDates(p.source);
    if (ISO_DATE.test(String(p.start || ""))) days.push(p.start);
    if (ISO_DATE.test(String(p.end || ""))) days.push(isoPlusDays(p.end, 1));
    if (!days.length) return null;
    var best = null;
    var bestScore = 0;
    state.events.forEach(function (e) {
      var score = 0;
      days.forEach(function (d) {
        if (e.date === d && e.precision === "day") score = Math.max(score, 2);
        else if (e.date.slice(0, 7) === d.slice(0, 7) && (e.precision === "day" || e.precision === "month")) score = Math.max(score, 1);
      });
      if (score > bestScore || (score && score === bestScore && e.start < best.start)) {
        best = e;
        bestScore = score;
      }
    });
    return best;
  }

  function eventLine(event) {
    var line = el("a", "mapapp-border-event", "Told in the text: " + event.label + " \u2192");
    line.href = "#";
    line.setAttribute("role", "button");
    line.title = formatDate(event.date) + ": scroll the text to where it is told";
    line.addEventListener("click", function (ev) {
      ev.preventDefault();
      ev.stopPropagation();
      post("event_chosen", { start: event.start });
    });
    return line;
  }

  function borderPopupContent(latlng, feature) {
    var p = feature.properties;
    var box = el("div", "mapapp-popup mapapp-border-popup");
    box.appendChild(el("div", "mapapp-popup-name", p.name));
    var line = el("div", "mapapp-border-controller");
    var dot = el("span", "mapapp-border-dot");
    dot.style.background = controllerColor(p.controller);
    line.appendChild(dot);
    line.appendChild(document.createTextNode(String(p.controller || "") + " \u00b7 " + String(p.status || "")));
    box.appendChild(line);
    box.appendChild(el("div", "mapapp-border-valid", "valid " + validity(p)));
    box.appendChild(el("div", "mapapp-border-source", "Source: " + String(p.source || "")));
    if (p.precision_km) box.appendChild(el("div", "mapapp-border-precision", "lines within about " + p.precision_km + " km"));
    var told = eventFor(p);
    if (told) box.appendChild(eventLine(told));
    var at = bordersAt(latlng.lat, latlng.lng);
    at.spheres.forEach(function (s) {
      box.appendChild(el("div", "mapapp-border-extra", "Sphere of influence of " + s.sphere_of + ": " + s.name + " (" + s.source + ")"));
    });
    at.fronts.forEach(function (fr) {
      box.appendChild(el("div", "mapapp-border-extra mapapp-border-front", fr.war + ": " + fr.name + " (" + validity(fr) + ")"));
    });
    return box;
  }

  function openBorderPopup(latlng, feature) {
    // A focus still flying would open its place's popup over this one when it lands.
    state.focusToken = (state.focusToken || 0) + 1;
    state.quietUntil = performance.now() + EMPHASIS_QUIET_MS;
    state.map.closePopup();
    L.popup({ maxWidth: 340, autoPanPadding: [20, 20] })
      .setLatLng(latlng)
      .setContent(borderPopupContent(latlng, feature))
      .openOn(state.map);
    return true;
  }

  // Open the popup of the territory drawn at the point (as a click there would).
  function openBorderPopupAt(lat, lon) {
    var latlng = L.latLng(lat, lon);
    var hit = null;
    state.borders.drawn.forEach(function (layer) {
      if (!hit && layer.feature.properties.kind === "territory" && layerContains(layer, latlng)) hit = layer;
    });
    if (!hit) return false;
    return openBorderPopup(latlng, hit.feature);
  }

  function containerPoint(lat, lon) {
    var p = state.map.latLngToContainerPoint([lat, lon]);
    return { x: p.x, y: p.y };
  }

  function legendTexts() {
    var box = state.borders.legend && state.borders.legend.getContainer();
    if (!box) return [];
    return Array.prototype.map.call(box.querySelectorAll(".mapapp-legend-text"), function (n) {
      return n.textContent;
    });
  }

  function dateText() {
    var box = state.borders.dateBox && state.borders.dateBox.getContainer();
    return box ? box.querySelector(".mapapp-date-text").textContent : null;
  }

  function bordersStatus() {
    var b = state.borders;
    var shown = b.shown || { territory: [], sphere: [], front: [] };
    return {
      date: b.date,
      drawnDate: b.appliedDate,
      loaded: !!b.data,
      loading: b.loading,
      failed: b.failed,
      busy: !!b.date && !b.failed && b.appliedDate !== b.date,
      animating: !!b.anim, // a date change is still fading (or its changed areas pulsing)
      transition: b.lastTransition, // the last one: {duration, fadeIn, fadeOut, swapped, changed, frames, ms}
      onMap: b.drawn.filter(function (layer) {
        return state.map.hasLayer(layer);
      }).length + (b.anim ? b.anim.fadeOut.length : 0), // layers on the canvas, fading ones included
      territories: shown.territory.length,
      spheres: shown.sphere.length,
      fronts: shown.front.length,
      layersMade: Object.keys(b.layers).length,
      applyMs: b.applyMs, // the last date change in JS (layers, labels, legend; not the canvas paint)
      controllers: legendEntries().controllers,
    };
  }

  // The border layers on the map now (fading ones too), sorted by key, with the
  // canvas each is on and its opacities: after a transition the same as after
  // an instant change.
  function borderLayersOnMap() {
    var b = state.borders;
    return Object.keys(b.layers).filter(function (key) {
      return state.map.hasLayer(b.layers[key]);
    }).sort().map(function (key) {
      var o = b.layers[key].options;
      return {
        key: key,
        canvas: o.renderer === state.renderer ? "main" : o.renderer === state.fadingRenderer ? "fading" : "other",
        opacity: Math.round(o.opacity * 1000) / 1000,
        fillOpacity: o.fill ? Math.round(o.fillOpacity * 1000) / 1000 : null,
        hatch: o.hatch ? Math.round(o.hatch.opacity * 1000) / 1000 : null,
      };
    });
  }

  function territoriesAt(iso) {
    // The territories valid on a date (id, controller, status), without drawing them.
    if (!state.borders.data || !ISO_DATE.test(String(iso || ""))) return null;
    return borderCollection("territories").filter(validOn(iso)).map(function (f) {
      return { id: f.properties.id, name: f.properties.name, controller: f.properties.controller, status: f.properties.status };
    });
  }

  // --- setup --------------------------------------------------------------------

  // Marks for bench/basemap.py (and anyone with DevTools): a few microseconds each.
  function mark(name) {
    if (window.performance && performance.mark) performance.mark(name);
  }

  // Chromium gives a page whose view is hidden no size, and a view made before
  // its window shows says its size in the page's URL (?size=WxH): the map is
  // laid out at that size meanwhile (places placed, view fitted, labels
  // chosen), and gets the page's own layout back at the first real size,
  // which is that one when the window shows as planned.
  function holdSizeHint(map) {
    var m = /[?&]size=(\d{2,5})x(\d{2,5})(?:&|$)/.exec(window.location.search);
    if (!m || window.innerWidth > 0) return;
    var box = map.getContainer();
    box.style.width = m[1] + "px";
    box.style.height = m[2] + "px";
    map.invalidateSize({ pan: false });
    function release() {
      if (!(window.innerWidth > 0)) return;
      window.removeEventListener("resize", release);
      box.style.width = "";
      box.style.height = "";
      map.invalidateSize({ pan: false });
    }
    window.addEventListener("resize", release);
  }

  function init(map, options) {
    mark("mapapp-init");
    state.map = map;
    holdSizeHint(map);
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
    // Before drawBase's own resize handlers (limitZoomOut), which may move the view.
    map.on("resize", refitIfUntouched);
    map.on("resize", reportAgainAtNewSize);
    holdPaintForPlaces();
    drawBase();
    // After the canvases' repaint, which ends the task (see onceCanvas).
    Promise.resolve().then(function () {
      mark("mapapp-base-drawn");
    });
    map.on("zoomend", updateBaseLabels);
    map.on("zoomend", showLandForZoom);
    map.on("zoomend moveend resize", labelsLater);
    map.on("resize", runDeferred);
    map.on("zoomend moveend resize", function () {
      if (!state.borders.appliedDate) return;
      clearTimeout(state.borders.timer);
      state.borders.timer = setTimeout(function () {
        updateLegend();
        updateBorderLabels();
      }, 60);
    });
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
    emphasisePlaces: emphasisePlaces,
    setEvents: setEvents,
    fitPlaces: fitPlaces,
    setView: setView,
    getView: getView,
    setExportMode: setExportMode,
    placeCount: placeCount,
    placePoint: placePoint,
    popupText: popupText,
    labelTexts: labelTexts,
    labelPlacements: labelPlacements,
    status: status,
    landPaintedAt: landPaintedAt,
    waterNameAt: waterNameAt,
    waterTipText: waterTipText,
    setDate: setDate,
    bordersStatus: bordersStatus,
    territoriesAt: territoriesAt,
    bordersAt: bordersAt,
    controllerAt: controllerAt,
    openBorderPopupAt: openBorderPopupAt,
    containerPoint: containerPoint,
    legendTexts: legendTexts,
    legendIsFolded: function () {
      return !!(state.borders.legend && state.borders.legend.getContainer().classList.contains("mapapp-legend-folded"));
    },
    dateText: dateText,
    frameProbe: frameProbe,
    borderLayersOnMap: borderLayersOnMap,
  };
})();
