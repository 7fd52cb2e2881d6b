// Sitrep dashboard: vanilla JS over the read-only API, no libraries, no network beyond this server.
// Every value from the record is put into the page as text (textContent), never as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const W = 960, H = 480;
/** Mentions of an event shown with their whole article; later ones show their sentence. */
const FULL_ARTICLES = 10;
const ROOTS = ["Make public statement", "Appeal", "Express intent to cooperate", "Consult", "Engage in diplomatic cooperation",
  "Engage in material cooperation", "Provide aid", "Yield", "Investigate", "Demand", "Disapprove", "Reject", "Threaten",
  "Protest", "Exhibit force posture", "Reduce relations", "Coerce", "Assault", "Fight", "Use unconventional mass violence"];

/** PLOVER's event types (the newer ontology: coarse classes of what happened), as events carry them. */
const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
  "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

const $ = (sel) => document.querySelector(sel);
const state = { events: [], next: null, chosen: null, extra: new URLSearchParams(), byCountry: new Map(), mapDrawn: false, showing: 0 };

function el(tag, attrs = {}, ...children) {
  const e = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.setAttribute("class", v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

/** GET an API path; a 4xx/5xx answer's one-line error becomes the thrown message. */
async function api(path) {
  let r;
  try {
    r = await fetch(path);
  } catch {
    // The browser's own words ("Failed to fetch") do not say what to do.
    throw new Error("The server does not answer: is `sitrep serve` still running? Reload once it is.");
  }
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || `${path}: HTTP ${r.status}`);
  return body;
}

// ---- filters ----------------------------------------------------------------------------------

/** Filters the form has no field for, taken from the page's address (/?actor=SDNMIL&quad=4) and kept until Reset. */
const EXTRA = ["actor", "code", "bbox", "near"];

function filterQuery() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData($("#filters"))) if (String(v).trim() !== "") q.set(k, String(v).trim());
  for (const [k, v] of state.extra) q.set(k, v);
  return q;
}

/** The address keeps the filters (a view can be bookmarked or sent) and the export links follow them. */
function showFilters(q) {
  history.replaceState(null, "", (q.size ? "?" + q : location.pathname) + location.hash);
  $("#extra").textContent = [...state.extra].map(([k, v]) => `${k}=${v}`).join(" ");
  $("#downloads").replaceChildren("Export these events: ", ...["jsonl", "gdelt", "acled", "geojson"].flatMap((f, i) => {
    const e = new URLSearchParams(q); e.set("format", f);
    if (f === "gdelt") e.set("header", "true");
    return [i ? " · " : "", el("a", { href: "/api/export?" + e }, f)];
  }));
}

function setFilters(values) {
  const form = $("#filters");
  for (const [k, v] of Object.entries(values)) form.elements[k].value = v;
  refresh();
}

// ---- map: TopoJSON → SVG paths, equirectangular ------------------------------------------------

const project = ([lon, lat]) => [(lon + 180) / 360 * W, (90 - lat) / 180 * H];

/** The topology's arcs as absolute [lon, lat] points (quantized arcs are delta-encoded and need the transform). */
function decodeArcs(topo) {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    if (!t) return arc;
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** One ring (a list of arc indexes; a negative index ~i is arc i reversed) as an SVG path. */
function ringPath(ring, arcs) {
  const pts = [];
  for (const i of ring) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    pts.push(...(pts.length ? arc.slice(1) : arc));
  }
  let d = "", prevLon = null;
  for (const p of pts) {
    const [x, y] = project(p);
    // A ring that crosses the antimeridian would draw a line across the world: lift the pen instead.
    const jump = prevLon !== null && Math.abs(p[0] - prevLon) > 180;
    d += (d === "" || jump ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
    prevLon = p[0];
  }
  return d + "Z";
}

function geometryPath(g, arcs) {
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  return polygons.map((rings) => rings.map((r) => ringPath(r, arcs)).join("")).join("");
}

/** The countries (GeoNames via /api/countries): by numeric code (the map's ids), alpha-2, alpha-3 and lower-cased name. */
const countries = { byNumeric: new Map(), byCode: new Map(), byIso3: new Map(), byName: new Map() };

async function loadCountries() {
  try {
    for (const c of (await api("/api/countries")).countries) {
      if (c.numeric) countries.byNumeric.set(c.numeric, c);
      countries.byCode.set(c.code, c);
      countries.byIso3.set(c.iso3, c); countries.byName.set(c.name.toLowerCase(), c);
    }
  } catch { /* without the list the map still draws; countries just cannot be clicked */ }
}

/** The alpha-2 code the country field names (a code, an alpha-3 code or a name, as the API takes), or null. */
function chosenCountry() {
  const v = String(new FormData($("#filters")).get("country") || "").trim();
  const c = countries.byCode.get(v.toUpperCase()) || countries.byIso3.get(v.toUpperCase()) || countries.byName.get(v.toLowerCase());
  return c ? c.code : null;
}

/** Clicking a country keeps only its events; clicking the chosen one again lets every country back in. */
function pickCountry(code) {
  setFilters({ country: chosenCountry() === code ? "" : code });
}

/** Natural Earth areas with no ISO id and a name that is no country's: the ISO country their places are in. */
const UNLISTED = { "n. cyprus": "CY", "somaliland": "SO" };

async function drawMap() {
  const svg = $("#map");
  try {
    const [topo] = await Promise.all([api("/api/map"), loadCountries()]);
    const arcs = decodeArcs(topo);
    const layer = el("svg:g", { id: "land" });
    const object = topo.objects.countries || Object.values(topo.objects)[0];
    for (const g of object.geometries) {
      const name = g.properties && g.properties.name;
      // Natural Earth's ids are ISO 3166 numeric codes ("729"); three areas have none: Kosovo is found by its name
      // (GeoNames' XK), N. Cyprus and Somaliland are drawn apart but are, as GeoNames places them, in CY and SO.
      const c = g.id !== undefined ? countries.byNumeric.get(String(g.id).padStart(3, "0"))
        : name ? countries.byCode.get(UNLISTED[name.toLowerCase()]) || countries.byName.get(name.toLowerCase()) : undefined;
      const attrs = { class: "land", d: geometryPath(g, arcs) };
      if (c) Object.assign(attrs, { "data-country": c.code, onclick: () => pickCountry(c.code) });
      if (c && name && UNLISTED[name.toLowerCase()]) attrs["data-area"] = name; // titled "Somaliland (Somalia)"
      layer.append(el("svg:path", attrs, el("svg:title", {}, name || (c && c.name) || "")));
    }
    svg.prepend(layer);
    state.mapDrawn = true;
    shadeMap();
  } catch (e) {
    $("#map-note").textContent = "No map: " + e.message;
  }
}

/** The shades' key, bottom left of the map: the range of counts each of the five steps stands for. */
function drawLegend(max) {
  const svg = $("#map");
  svg.querySelector("#legend")?.remove();
  const g = el("svg:g", { id: "legend", transform: "translate(10, 290)" }, el("svg:text", { x: 0, y: 10 }, "Events"));
  let y = 16;
  for (let i = 1; i <= 5; i++) {
    // Step i holds the counts n with ceil(n / max * 5) = i; steps too narrow to hold a whole number are left out.
    const low = Math.floor((i - 1) / 5 * max) + 1, high = Math.floor(i / 5 * max);
    if (low > high) continue;
    g.append(el("svg:rect", { class: "land shade" + i, x: 0, y, width: 14, height: 12 }),
      el("svg:text", { x: 20, y: y + 10 }, low === high ? String(low) : `${low}–${high}`));
    y += 16;
  }
  svg.append(g);
}

/**
 * A choropleth: each country shaded by how many events the filters (dates, root, text; not the country itself, so the
 * others stay in view to pick) select there, in five steps of the largest count; the chosen country outlined.
 */
function shadeMap() {
  if (!state.mapDrawn) return;
  const counts = state.byCountry, max = Math.max(1, ...counts.values()), chosen = chosenCountry();
  for (const p of document.querySelectorAll("#land path[data-country]")) {
    const code = p.dataset.country, n = counts.get(code) || 0, c = countries.byCode.get(code);
    p.setAttribute("class", "land" + (n ? " shade" + Math.ceil(n / max * 5) : "") + (code === chosen ? " picked" : ""));
    const area = p.dataset.area ? `${p.dataset.area} (${c.name})` : c.name;
    p.querySelector("title").textContent = `${area}: ${n} event${n === 1 ? "" : "s"}` + (code === chosen ? " (chosen; click to show every country)" : " (click to keep only it)");
    // Countries with events take keyboard focus (Enter picks them); the empty ones stay out of the tab order.
    if (n || code === chosen) { p.setAttribute("tabindex", "0"); p.setAttribute("role", "button"); p.setAttribute("aria-label", p.querySelector("title").textContent); }
    else { p.removeAttribute("tabindex"); p.removeAttribute("role"); p.removeAttribute("aria-label"); }
  }
  drawLegend(max);
  const picked = $("#land path.picked");
  if (picked) picked.parentNode.append(picked); // drawn last so its outline is not hidden under its neighbours'
  $("#map-note").textContent = `Countries shaded by events (most: ${max}); click one to keep only its events. ` +
    "A dot per located event of the list (click one to read it). Natural Earth, 1:110m.";
}

function drawDots() {
  const svg = $("#map");
  svg.querySelector("#dots")?.remove();
  const g = el("svg:g", { id: "dots" });
  for (const e of state.events) {
    if (typeof e.lat !== "number" || typeof e.lon !== "number") continue;
    const [x, y] = project([e.lon, e.lat]);
    const r = Math.min(9, 3 + Math.sqrt(e.num_mentions || 1));
    const dot = el("svg:circle", { class: "dot", cx: x.toFixed(1), cy: y.toFixed(1), r, "data-id": e.id, onclick: () => showEvent(e.id) },
      el("svg:title", {}, `${e.date || "?"} ${e.source} ${e.code} ${e.target} — ${e.place}`));
    g.append(dot);
  }
  svg.append(g);
  markChosen();
}

// ---- timeline ---------------------------------------------------------------------------------

const DAY = 86400000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const time = (key) => Date.parse(key + "T00:00:00Z");

/**
 * Bars of one day while the events span half a year at most; past that, of a week (Monday to Sunday) up to three
 * years, of a month up to fifteen, else of a year, so there are never more than about 180 bars (an archive back to
 * 1979 would otherwise draw 500 months a pixel wide). Each bin: its first and last day and count.
 */
function bins(byDay) {
  const span = (time(byDay[byDay.length - 1].key) - time(byDay[0].key)) / DAY + 1;
  const unit = span <= 180 ? "day" : span <= 3 * 366 ? "week" : span <= 15 * 366 ? "month" : "year";
  const startOf = (t) => {
    const d = new Date(t);
    if (unit === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    if (unit === "year") return Date.UTC(d.getUTCFullYear(), 0, 1);
    return t;
  };
  const after = (t) => {
    const d = new Date(t);
    if (unit === "year") return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    return unit === "day" ? t + DAY : unit === "week" ? t + 7 * DAY : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  };
  const list = [], index = new Map();
  for (let t = startOf(time(byDay[0].key)), end = time(byDay[byDay.length - 1].key); t <= end; t = after(t)) {
    index.set(t, list.length);
    list.push({ from: iso(t), to: iso(after(t) - DAY), count: 0 });
  }
  for (const d of byDay) list[index.get(startOf(time(d.key)))].count += d.count;
  return { unit, list };
}

function binLabel(b, unit) {
  return unit === "day" ? b.from : unit === "week" ? `week of ${b.from}` : unit === "month" ? b.from.slice(0, 7) : b.from.slice(0, 4);
}

/**
 * Events over time for every filter but the dates (so the chosen range shows inside the whole), the chosen range
 * shaded. Click a bar to keep its dates; drag across bars to keep a range.
 */
function drawTimeline(byDay) {
  const svg = $("#timeline");
  const hadFocus = svg.contains(document.activeElement); // kept on the redrawn bars after Enter picks dates
  svg.replaceChildren();
  if (!byDay.length) { svg.append(el("svg:text", { x: 10, y: 60 }, "No dated events.")); $("#timeline-note").textContent = ""; return; }
  const { unit, list } = bins(byDay);
  const max = Math.max(...list.map((b) => b.count));
  const bw = 940 / list.length;
  const form = new FormData($("#filters"));
  const from = String(form.get("from") || ""), to = String(form.get("to") || "");
  const inRange = (b) => (from || to) && (!from || b.to >= from) && (!to || b.from <= to);
  if (from || to) {
    // The band covers the bars the range touches (a range past either end stops at the end).
    const first = list.findIndex(inRange), last = list.length - 1 - [...list].reverse().findIndex(inRange);
    if (first >= 0) svg.append(el("svg:rect", { class: "range", x: (10 + first * bw).toFixed(2), y: 0, width: ((last - first + 1) * bw).toFixed(2), height: 102 }));
  }
  // One tab stop for all the bars (the first chosen one, else the first): arrows move among them (see keys).
  const chosenAt = list.findIndex((b) => b.count && inRange(b));
  const focusAt = chosenAt >= 0 ? chosenAt : list.findIndex((b) => b.count);
  list.forEach((b, i) => {
    if (!b.count) return;
    const h = Math.max(2, b.count / max * 95);
    const label = `${binLabel(b, unit)}: ${b.count} event${b.count === 1 ? "" : "s"}`;
    svg.append(el("svg:rect", {
      class: "bar" + (inRange(b) ? " chosen" : ""), x: (10 + i * bw).toFixed(2), y: (100 - h).toFixed(1),
      width: Math.max(1, bw - 1).toFixed(2), height: h.toFixed(1), "data-from": b.from, "data-to": b.to, "data-index": i,
      tabindex: i === focusAt ? 0 : -1, role: "button", "aria-label": label,
    }, el("svg:title", {}, label)));
  });
  svg.append(el("svg:text", { x: 10, y: 116 }, binLabel(list[0], unit)),
    el("svg:text", { x: 950, y: 116, "text-anchor": "end" }, binLabel(list[list.length - 1], unit)));
  $("#timeline-note").textContent = `Events per ${unit}${unit === "week" ? " (Monday to Sunday)" : ""}; click a bar to keep its dates, drag across bars to keep a range (keys: arrows, Shift+arrows, Enter)` +
    (from || to ? `; chosen: ${from || "start"} to ${to || "end"} (shaded).` : ".");
  brush(svg, list, bw);
  keys(svg, list, bw);
  if (hadFocus) svg.querySelector('.bar[tabindex="0"]')?.focus();
}

/**
 * The timeline from the keyboard: Tab reaches one bar, Left/Right (Home/End) move to the next bar with events,
 * Shift with them marks a range from where it started, Enter or Space keeps the bar's dates or the marked range.
 */
function keys(svg, list, bw) {
  let anchor = null, band = null;
  const barAt = (i) => svg.querySelector(`.bar[data-index="${i}"]`);
  svg.onkeydown = (ev) => {
    const bar = ev.target.closest?.(".bar");
    if (!bar) return;
    const i = Number(bar.dataset.index);
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -list.length, End: list.length }[ev.key];
    if (step !== undefined) {
      ev.preventDefault();
      let j = i;
      for (let k = i + Math.sign(step), n = 0; k >= 0 && k < list.length && n < Math.abs(step); k += Math.sign(step)) if (list[k].count) { j = k; n++; }
      if (ev.shiftKey) anchor ??= i; else { anchor = null; band?.remove(); band = null; }
      bar.setAttribute("tabindex", "-1");
      const next = barAt(j);
      next.setAttribute("tabindex", "0");
      next.focus();
      if (anchor !== null) {
        band ??= svg.insertBefore(el("svg:rect", { class: "range dragging", y: 0, height: 102 }), svg.firstChild);
        const a = Math.min(anchor, j), b = Math.max(anchor, j);
        band.setAttribute("x", (10 + a * bw).toFixed(2));
        band.setAttribute("width", ((b - a + 1) * bw).toFixed(2));
      }
    } else if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      const a = Math.min(anchor ?? i, i), b = Math.max(anchor ?? i, i);
      setFilters({ from: list[a].from, to: list[b].to });
    }
  };
}

/** Press on a bar and release on another (or the same): the dates from the first's start to the last's end. */
function brush(svg, list, bw) {
  const at = (ev) => {
    const r = svg.getBoundingClientRect();
    return Math.max(0, Math.min(list.length - 1, Math.floor(((ev.clientX - r.left) / r.width * 960 - 10) / bw)));
  };
  let start = null, band = null;
  svg.onpointerdown = (ev) => {
    start = at(ev);
    band = el("svg:rect", { class: "range dragging", y: 0, height: 102 });
    svg.prepend(band);
    svg.onpointermove(ev);
  };
  svg.onpointermove = (ev) => {
    if (start === null) return;
    const i = at(ev), a = Math.min(start, i), b = Math.max(start, i);
    band.setAttribute("x", (10 + a * bw).toFixed(2));
    band.setAttribute("width", ((b - a + 1) * bw).toFixed(2));
  };
  svg.onpointerup = (ev) => {
    if (start === null) return;
    const i = at(ev), a = Math.min(start, i), b = Math.max(start, i);
    start = null;
    setFilters({ from: list[a].from, to: list[b].to });
  };
  svg.onpointerleave = () => { start = null; band?.remove(); };
}

// ---- event list -------------------------------------------------------------------------------

/** Every kind of toll, with its range across sources: "killed 14–18, wounded 30". */
function tolls(e) {
  return (e.tolls || []).map((t) => `${t.kind.replace(/_/g, " ")} ${t.low === t.high ? String(t.low ?? "?") : `${t.low ?? "?"}–${t.high ?? "?"}`}`).join(", ");
}

/** The day as much as the text gave it, as `query` shows it: "2022-09", "2013", "1970s", "from 2013-01-01" (a war retold). */
function dateText(e) {
  if (!e.date) return "?";
  const y = +e.date.slice(0, 4);
  return {
    year: e.date.slice(0, 4), month: e.date.slice(0, 7),
    decade: `${y - (y % 10)}s`, century: `${y - (y % 100)}s`, span: `from ${e.date}`,
  }[e.date_precision] ?? e.date;
}

function row(e) {
  const evidence = e.evidence.length > 110 ? e.evidence.slice(0, 109) + "…" : e.evidence;
  // Rows take keyboard focus: Tab to one, Enter opens it.
  return el("tr", { "data-id": e.id, tabindex: 0, onclick: () => showEvent(e.id) },
    el("td", {}, dateText(e)), el("td", { title: e.source_name || "" }, e.source), el("td", { title: ROOTS[+e.root - 1] || "" }, e.code),
    el("td", { title: e.target_name || "" }, e.target), el("td", {}, e.place ? `${e.place} (${e.country})` : ""),
    el("td", { class: "tolls" }, tolls(e)), el("td", { title: "mentions / sources / articles" }, `${e.num_mentions}/${e.num_sources}/${e.num_articles}`),
    el("td", { class: "evidence" }, evidence));
}

async function loadEvents(offset) {
  const q = filterQuery();
  q.set("limit", "100");
  q.set("offset", String(offset));
  const page = await api("/api/events?" + q);
  if (offset === 0) { state.events = []; $("#events tbody").replaceChildren(); }
  state.events.push(...page.events);
  state.next = page.next;
  $("#events tbody").append(...page.events.map(row));
  if (!state.events.length) $("#events tbody").append(el("tr", {}, el("td", { colspan: 8, class: "hint" }, "No events match these filters.")));
  $("#more").hidden = page.next === null;
  $("#shown").textContent = state.events.length ? `Showing ${state.events.length} of ${state.matched} events.` : "";
  drawDots();
}

/** The filters less some of them: the timeline shows every date and the map every country, to choose from. */
function without(q, ...names) {
  const r = new URLSearchParams(q);
  for (const n of names) r.delete(n);
  return r;
}

async function refresh() {
  $("#error").textContent = "";
  document.body.classList.add("loading");
  $("#totals").textContent = "Loading…";
  try {
    const q = filterQuery();
    showFilters(q);
    const [stats, overTime, byPlace] = await Promise.all([api("/api/stats?" + q), api("/api/stats?" + without(q, "from", "to")),
      api("/api/stats?" + without(q, "country"))]);
    $("#totals").textContent = stats.merged_events === 0
      ? "The record is empty: store articles with `sitrep ingest FILES` (try the samples/ folder), then reload."
      : `${stats.merged_events} events from ${stats.articles} articles of ${stats.sources} sources; ${stats.matched} match the filters.`;
    state.matched = stats.matched;
    drawTimeline(overTime.by_day);
    state.byCountry = new Map(byPlace.by_country.filter((c) => c.key).map((c) => [c.key, c.count]));
    shadeMap();
    await loadEvents(0);
  } catch (e) {
    $("#error").textContent = e.message;
    $("#totals").textContent = "Could not load the record.";
  } finally {
    document.body.classList.remove("loading");
  }
}

// ---- event view: mentions with the evidence highlighted in each article -------------------------

function markChosen() {
  for (const n of document.querySelectorAll(".chosen[data-id]")) n.classList.remove("chosen");
  if (state.chosen === null) return;
  for (const n of document.querySelectorAll(`[data-id="${state.chosen}"]`)) n.classList.add("chosen");
}

/**
 * The article text with spans marked ([{start, end, class, title}], offsets in UTF-16 code units as JavaScript strings
 * count them). Spans may overlap (a figure inside the evidence clause): the text is cut at every span edge and each
 * piece is marked with the classes of every span over it.
 */
function markedText(text, spans) {
  spans = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = el("div", { class: "article" });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    out.append(over.length ? el("mark", { class: over.map((s) => s.class).join(" "), title: over.map((s) => s.title).join("; ") }, text.slice(a, b)) : text.slice(a, b));
  }
  return out;
}

/** A link to an article's address; only http(s), since a stored URL comes from the sources (a "javascript:" one would run here). */
function link(url) {
  return url && /^https?:\/\//i.test(url) ? el("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, url) : url ? url : null;
}

function number(f) {
  if (f.low !== null && f.low === f.high) return String(f.low);
  return [f.low !== null ? `≥${f.low}` : null, f.best !== null ? `~${f.best}` : null, f.high !== null ? `≤${f.high}` : null].filter(Boolean).join(" ");
}

async function showEvent(id) {
  state.chosen = id;
  markChosen();
  // The address names the event, so a view can be bookmarked or sent.
  history.replaceState(null, "", `#event=${id}`);
  const box = $("#detail");
  // An answer for an event chosen before the last one is dropped (a slow one would otherwise overwrite it).
  const turn = ++state.showing;
  const current = () => turn === state.showing;
  box.setAttribute("aria-busy", "true");
  box.replaceChildren(el("p", { class: "hint" }, "Loading the event…"));
  try {
    const e = await api(`/api/events/${id}`);
    if (!current()) return;
    box.replaceChildren(
      el("h2", {}, `${e.source_name || e.source || "?"} → ${e.target_name || e.target || "?"}`),
      el("p", { class: "meta" }, `${dateText(e)} · CAMEO ${e.code} (${ROOTS[+e.root - 1] || e.root}) · ${e.place ? `${e.place}, ${e.country}` : "no place"} · ` +
        `${e.num_mentions} mentions, ${e.num_sources} sources, ${e.num_articles} articles`));
    if (e.tolls.length) {
      box.append(el("h3", {}, "Tolls"), el("ul", {}, ...e.tolls.map((t) => el("li", {},
        `${t.kind}: ${t.low ?? "?"}${t.high !== t.low ? "–" + (t.high ?? "?") : ""} (lowest bound by ${t.low_by ?? "?"}, highest by ${t.high_by ?? "?"}; ${t.reports} reports)`))));
    }
    if (e.figures.length) {
      box.append(el("h3", {}, "Figures, by who reported them"), el("table", {},
        el("thead", {}, el("tr", {}, el("th", {}, "Kind"), el("th", {}, "Number"), el("th", {}, "Claimed by"), el("th", {}, "Outlet"), el("th", {}, "Words"))),
        el("tbody", {}, ...e.figures.map((f) => el("tr", {}, el("td", {}, f.kind), el("td", {}, number(f)), el("td", {}, f.claimant || ""), el("td", {}, f.outlet), el("td", {}, f.text))))));
    }
    box.append(el("h3", {}, `Mentions (${e.mentions.length})`));
    const articles = new Map();
    for (const [i, m] of e.mentions.entries()) {
      box.append(el("p", { class: "meta" }, el("strong", {}, m.outlet), ` · ${m.published || "undated"}${m.duplicate ? " · repeat" : ""} `, link(m.url)));
      if (i >= FULL_ARTICLES) {
        // Past the first few, the sentence alone (its offsets are the article's, less the sentence's start): one request per article would not scale.
        box.append(markedText(m.sentence, [{ start: m.start - m.sentence_start, end: m.end - m.sentence_start, class: "evidence", title: "evidence of this event" }]));
        continue;
      }
      if (!articles.has(m.article)) articles.set(m.article, await api(`/api/articles/${encodeURIComponent(m.article)}`));
      if (!current()) return;
      const article = articles.get(m.article);
      const spans = [{ start: m.start, end: m.end, class: "evidence", title: "evidence of this event" }];
      for (const f of e.figures) if (f.article === m.article) spans.push({ start: f.start, end: f.end, class: "figure", title: `${f.kind} (${f.outlet})` });
      box.append(el("p", {}, el("strong", {}, article.title || "")), markedText(article.text, spans));
    }
    // Bring the first evidence into view inside its article box (scrolling the page would hide the filters).
    const mark = box.querySelector(".article mark");
    if (mark) mark.parentElement.scrollTop = mark.offsetTop - mark.parentElement.offsetTop - 40;
  } catch (err) {
    if (current()) box.replaceChildren(el("p", { class: "error" }, err.message));
  } finally {
    if (current()) box.removeAttribute("aria-busy");
  }
}

// ---- start ------------------------------------------------------------------------------------

function start() {
  const root = $("#filters").elements.root;
  const plover = $("#filters").elements.plover;
  for (const t of PLOVER) plover.append(el("option", { value: t }, t.toLowerCase()));
  ROOTS.forEach((name, i) => { const c = String(i + 1).padStart(2, "0"); root.append(el("option", { value: c }, `${c} ${name}`)); });
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  $("#reset").addEventListener("click", () => { $("#filters").reset(); state.extra = new URLSearchParams(); refresh(); });
  const given = new URLSearchParams(location.search);
  for (const [k, v] of given) {
    if (EXTRA.includes(k)) state.extra.set(k, v);
    else if ($("#filters").elements[k]) $("#filters").elements[k].value = v;
  }
  // Enter or Space on a focused row or map country does what a click does.
  document.addEventListener("keydown", (ev) => {
    const t = ev.target;
    if ((ev.key === "Enter" || ev.key === " ") && (t.matches("tbody tr[data-id]") || t.matches("#land path[tabindex]"))) {
      ev.preventDefault();
      t.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    }
  });
  $("#more").addEventListener("click", () => loadEvents(state.next).catch((e) => { $("#error").textContent = e.message; }));
  drawMap().then(drawDots);
  refresh();
  const linked = /^#event=(-?\d+)$/.exec(location.hash);
  if (linked) showEvent(Number(linked[1]));
}

start();
