/* kg graph page: draws the graph from the inline JSON with vis-network and adds search,
   filters, legend and tooltips. Article text is only ever put into the page as text
   (textContent, canvas labels), never parsed as HTML. Exposes window.kg and window.kgStats. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var LARGE = data.large; /* positions precomputed: no physics */
  var stats = window.kgStats = {nodes: data.nodes.length, edges: data.edges.length, renderedNodes: 0,
                                renderedEdges: 0, ready: false, readyMs: null, large: LARGE};
  var byNode = new Map(), byEdge = new Map(), degree = new Map();
  data.nodes.forEach(function (n) { byNode.set(n.id, n); degree.set(n.id, 0); });
  data.edges.forEach(function (e) {
    byEdge.set(e.id, e);
    degree.set(e.from, degree.get(e.from) + 1);
    degree.set(e.to, degree.get(e.to) + 1);
  });

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function short(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  var TYPES = new Map(data.styles.types.map(function (s) { return [s.key, s]; }));
  var EDGES = new Map(data.styles.edges.map(function (s) { return [s.key, s]; }));
  function typeStyle(t) { return TYPES.get(t) || TYPES.get("Group"); }
  function edgeStyle(e) { return EDGES.get(e.kind === "position" ? e.polarity : "relation") || EDGES.get("relation"); }

  /* --- vis-network data -------------------------------------------------------------- */
  var visNodes = new vis.DataSet(data.nodes.map(function (n) {
    var st = typeStyle(n.type), node = {id: n.id, label: short(n.label, 40), shape: st.shape, color: st.color, x: n.x, y: n.y,
                                        size: n.type === "Proposal" ? 22 : 10 + Math.min(12, 2 * degree.get(n.id))};
    if (n.type === "Event") { /* events are context: small, labelled by type, full text in the tooltip */
      node.label = n.event_type || short(n.label, 20);
      node.size = 7;
      node.font = {size: 10, color: "#777"};
    }
    return node;
  }));
  var parallel = new Map();
  var visEdges = new vis.DataSet(data.edges.map(function (e) {
    var c = edgeStyle(e).color, pair = e.from < e.to ? e.from + " " + e.to : e.to + " " + e.from;
    var i = parallel.get(pair) || 0;
    parallel.set(pair, i + 1);
    var edge = {id: e.id, from: e.from, to: e.to, color: {color: c, highlight: c, hover: c},
                width: e.kind === "position" ? 2 : 1, dashes: e.kind !== "position",
                arrows: e.kind === "position" ? "to" : ""};
    if (i && !LARGE) edge.smooth = {enabled: true, type: i % 2 ? "curvedCW" : "curvedCCW", roundness: 0.2 * Math.ceil(i / 2)};
    return edge;
  }));

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {nodes: visNodes, edges: visEdges}, {
    layout: {randomSeed: 7, improvedLayout: data.nodes.length <= 150},
    physics: LARGE ? {enabled: false} : {
      solver: "forceAtlas2Based", forceAtlas2Based: {gravitationalConstant: -80, springLength: 120, avoidOverlap: 0.3},
      stabilization: {iterations: 400, updateInterval: 50, fit: true}},
    interaction: {hover: true, hideEdgesOnDrag: LARGE, hideEdgesOnZoom: LARGE, keyboard: false},
    nodes: {font: {size: 14, face: "system-ui, sans-serif", color: "#222"}, borderWidth: 1},
    edges: {smooth: {enabled: false}, selectionWidth: 2, arrowStrikethrough: false}
  });

  function countRendered() {
    stats.renderedNodes = network.body.nodeIndices.length;
    stats.renderedEdges = network.body.edgeIndices.length;
    document.getElementById("kg-status").textContent =
      "sichtbar: " + stats.renderedNodes + " von " + stats.nodes + " Knoten, " +
      stats.renderedEdges + " von " + stats.edges + " Kanten";
  }
  function ready() {
    if (stats.ready) return;
    network.setOptions({physics: {enabled: false}});
    if (LARGE) network.fit({animation: false});
    countRendered();
    stats.readyMs = Math.round(performance.now());
    stats.ready = true;
  }
  network.once(LARGE ? "afterDrawing" : "stabilizationIterationsDone", ready);
  if (!data.nodes.length) ready();

  /* --- tooltips and details: DOM text only ----------------------------------------- */
  function fields(dl, pairs) {
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "" || (Array.isArray(p[1]) && !p[1].length)) return;
      dl.appendChild(el("dt", p[0]));
      dl.appendChild(el("dd", Array.isArray(p[1]) ? p[1].join(", ") : p[1]));
    });
  }
  function describe(kind, id) {
    var card = el("div", null, "kg-card"), dl = el("dl");
    if (kind === "node") {
      var n = byNode.get(id);
      if (!n) return null;
      card.appendChild(el("h3", n.label));
      fields(dl, [["Typ", typeStyle(n.type).name], ["Rolle", n.roles], ["Auch genannt", n.aliases],
                  ["Bezeichnung", n.title_de !== n.label ? n.title_de : ""], ["Ereignistyp", n.event_type],
                  ["Vorschlag", n.proposal], ["Beleg", n.evidence], ["Quelle", n.source_file], ["Datum", n.date],
                  ["Verbindungen", degree.get(id)], ["IRI", n.iri]]);
    } else {
      var e = byEdge.get(id);
      if (!e) return null;
      var a = byNode.get(e.from), b = byNode.get(e.to);
      card.appendChild(el("h3", a.label + " → " + b.label));
      fields(dl, [["Beziehung", e.kind === "position" ? edgeStyle(e).name : e.title || data.styles.relations[e.kind]],
                  ["Rolle", a.roles], ["Beleg", e.evidence], ["Quelle", e.source_file], ["Datum", e.date],
                  ["Konfidenz", e.confidence]]);
    }
    card.appendChild(dl);
    return card;
  }
  var tip = document.getElementById("kg-tip");
  function showTip(kind, id, x, y) {
    var card = describe(kind, id);
    if (!card) return null;
    tip.replaceChildren(card);
    tip.hidden = false;
    var r = container.getBoundingClientRect(), w = tip.offsetWidth, h = tip.offsetHeight;
    x = r.left + (x === undefined ? r.width / 2 : x) + 12;
    y = r.top + (y === undefined ? r.height / 2 : y) + 12;
    tip.style.left = Math.max(0, Math.min(x, window.innerWidth - w - 4)) + "px";
    tip.style.top = Math.max(0, Math.min(y, window.innerHeight - h - 4)) + "px";
    return tip;
  }
  function hideTip() { tip.hidden = true; }
  function showDetails(kind, id) {
    var box = document.getElementById("kg-details"), card = kind && describe(kind, id);
    box.replaceChildren(el("h2", "Details"), card || el("p", "Knoten oder Kante anklicken.", "kg-hint"));
  }
  network.on("hoverNode", function (p) { showTip("node", p.node, p.pointer.DOM.x, p.pointer.DOM.y); });
  network.on("hoverEdge", function (p) { showTip("edge", p.edge, p.pointer.DOM.x, p.pointer.DOM.y); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("click", function (p) {
    if (p.nodes.length) showDetails("node", p.nodes[0]);
    else if (p.edges.length) showDetails("edge", p.edges[0]);
    else showDetails();
  });

  /* --- filters: proposal and node type --------------------------------------------- */
  var typeOn = {};
  TYPES.forEach(function (s, t) { typeOn[t] = true; });
  var select = document.getElementById("kg-proposal");
  data.proposals.forEach(function (p) {
    select.appendChild(new Option(p.title_de && p.title_de !== p.key ? p.key + " – " + p.title_de : p.key, p.key));
  });

  function edgeMatches(e, p) {
    if (!p) return true;
    if (e.kind === "position") return e.proposal === p;
    if (e.kind === "about") return byNode.get(e.to).label === p;
    if (e.kind === "participant") return byNode.get(e.to).proposal === p;
    return null; /* posts, memberships: shown when both ends are shown */
  }
  function applyFilters() {
    var p = select.value, shownNode = new Map(), shownEdge = new Map();
    data.nodes.forEach(function (n) {
      shownNode.set(n.id, typeOn[n.type] !== false && (!p || (n.type === "Proposal" && n.label === p)));
    });
    data.edges.forEach(function (e) {
      var ok = typeOn[byNode.get(e.from).type] !== false && typeOn[byNode.get(e.to).type] !== false && edgeMatches(e, p);
      shownEdge.set(e.id, ok);
      if (ok) { shownNode.set(e.from, true); shownNode.set(e.to, true); }
    });
    data.edges.forEach(function (e) {
      if (shownEdge.get(e.id) === null) shownEdge.set(e.id, shownNode.get(e.from) && shownNode.get(e.to));
    });
    visNodes.update(data.nodes.map(function (n) { return {id: n.id, hidden: !shownNode.get(n.id)}; }));
    visEdges.update(data.edges.map(function (e) { return {id: e.id, hidden: !shownEdge.get(e.id)}; }));
    countRendered();
  }
  function fitVisible() {
    var ids = visNodes.getIds({filter: function (n) { return !n.hidden; }});
    if (ids.length) network.fit({nodes: ids, animation: false});
  }
  select.addEventListener("change", function () { applyFilters(); fitVisible(); });

  /* --- legend (doubles as the node-type filter) ------------------------------------ */
  var legend = document.getElementById("kg-legend"), counts = {};
  data.nodes.forEach(function (n) { counts[n.type] = (counts[n.type] || 0) + 1; });
  TYPES.forEach(function (st, t) {
    var row = el("label", null, "kg-row"), box = el("input"), glyph = el("span", st.glyph, "kg-glyph");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = t;
    box.addEventListener("change", function () { typeOn[t] = box.checked; applyFilters(); fitVisible(); });
    glyph.style.color = st.color;
    row.append(box, glyph, el("span", st.name), el("span", counts[t] || 0, "kg-count"));
    legend.appendChild(row);
  });
  EDGES.forEach(function (st, k) {
    var row = el("div", null, "kg-row"), line = el("span", null, k === "relation" ? "kg-line kg-dashed" : "kg-line");
    line.style.borderTopColor = st.color;
    row.append(line, el("span", st.name));
    legend.appendChild(row);
  });

  /* --- search --------------------------------------------------------------------- */
  var input = document.getElementById("kg-search"), hits = document.getElementById("kg-hits");
  function search(q) {
    q = String(q || "").trim().toLowerCase();
    function matches(n) {
      return [n.label].concat(n.aliases || [], n.roles || []).some(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
    }
    /* actors and proposals first; events (whose labels name their actors) only if nothing else matches */
    var found = !q ? [] : data.nodes.filter(function (n) { return n.type !== "Event" && matches(n); });
    if (q && !found.length) found = data.nodes.filter(function (n) { return n.type === "Event" && matches(n); });
    found = found.map(function (n) { return n.id; });
    var visible = found.filter(function (id) { return !visNodes.get(id).hidden; });
    network.selectNodes(visible);
    if (visible.length) network.fit({nodes: visible, animation: false, maxZoomLevel: 1.5});
    hits.textContent = q ? found.length + " Treffer" : "";
    if (visible.length === 1) showDetails("node", visible[0]);
    return found;
  }
  input.addEventListener("input", function () { search(input.value); });

  window.kg = {data: data, network: network, nodes: visNodes, edges: visEdges, search: search, describe: describe,
               showTip: showTip, hideTip: hideTip, showDetails: showDetails, applyFilters: applyFilters,
               setProposal: function (p) { select.value = p || ""; applyFilters(); },
               setType: function (t, on) { typeOn[t] = !!on; legend.querySelector("input[data-type='" + t + "']").checked = !!on; applyFilters(); }};
})();
