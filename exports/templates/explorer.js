/* graphbuild explorer. Data comes from the JSON block; it is only ever put into the page
   as text (textContent, createTextNode, attribute values), never parsed as HTML. */
(function () {
  "use strict";

  var api = { ready: false, errors: [] };
  window.graphExplorer = api;

  function fail(message) {
    api.errors.push(String(message));
    var banner = document.getElementById("error-banner");
    if (banner) {
      banner.textContent = "Explorer error: " + message;
      banner.hidden = false;
    }
  }

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === undefined || value === null) return;
        if (key === "text") node.textContent = String(value);
        else if (key === "className") node.className = value;
        else if (key === "onclick") node.addEventListener("click", value);
        else node.setAttribute(key, String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  var data;
  try {
    data = JSON.parse(document.getElementById("graph-data").textContent);
  } catch (err) {
    fail("cannot read the graph data: " + err);
    return;
  }
  api.data = data;

  var nodesById = new Map();
  var edgesById = new Map();
  var outEdges = new Map();
  var inEdges = new Map();
  data.nodes.forEach(function (n) {
    nodesById.set(n.id, n);
    outEdges.set(n.id, []);
    inEdges.set(n.id, []);
  });
  data.edges.forEach(function (e) {
    edgesById.set(e.id, e);
    if (outEdges.has(e.from)) outEdges.get(e.from).push(e);
    if (inEdges.has(e.to)) inEdges.get(e.to).push(e);
  });
  var large = data.layout === "precomputed";

  /* ---------- formatting ---------- */

  function nodeName(id) {
    var n = nodesById.get(id);
    if (!n) return String(id);
    var a = n.attrs || {};
    if (n.kind === "Statement") return a.text ? "“" + a.text + "”" : n.label;
    if (n.kind === "Document") return a.title || a.path || n.label;
    return a.name || a.text || n.label;
  }

  function fmtSpan(span) {
    if (!span || typeof span !== "object") return null;
    var parts = [];
    if (span.start) parts.push(span.start === span.end || !span.end ? span.start : span.start + " – " + span.end);
    if (span.value && span.value !== span.start) parts.push(span.value);
    if (span.mod) parts.push(span.mod);
    var shown = span.text && span.text !== span.start ? "“" + span.text + "” " : "";
    return shown + (parts.length ? "(" + parts.join("; ") + ")" : "");
  }

  function spanNode(span) {
    var text = fmtSpan(span);
    if (!text) return el("span", { className: "muted", text: "unknown" });
    var title = span.rule ? "rule: " + span.rule + (span.anchor ? ", anchor " + span.anchor : "") : null;
    return el("span", { text: text, title: title });
  }

  function linkTo(id, text) {
    return el("button", {
      type: "button",
      className: "link",
      "data-node": id,
      text: text === undefined ? nodeName(id) : text,
      onclick: function () { selectNode(id, { focus: true }); }
    });
  }

  function markedText(text, marks) {
    // Ranges come from Python, in code points: slice code points, not UTF-16 units.
    var chars = Array.from(text || "");
    var frag = document.createDocumentFragment();
    var pos = 0;
    (marks || []).forEach(function (m) {
      var s = Math.max(m[0], pos), e = Math.min(m[1], chars.length);
      if (e <= s) return;
      if (s > pos) frag.appendChild(document.createTextNode(chars.slice(pos, s).join("")));
      frag.appendChild(el("mark", { text: chars.slice(s, e).join("") }));
      pos = e;
    });
    if (pos < chars.length) frag.appendChild(document.createTextNode(chars.slice(pos).join("")));
    return frag;
  }

  function valueText(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }

  function defList(rows) {
    var dl = el("dl");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") return;
      dl.appendChild(el("dt", { text: row[0] }));
      var dd = el("dd");
      dd.appendChild(typeof row[1] === "object" && row[1].nodeType ? row[1] : document.createTextNode(valueText(row[1])));
      dl.appendChild(dd);
    });
    return dl;
  }

  function listSection(title, items) {
    if (!items.length) return null;
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(el("li", null, [item])); });
    var section = el("section", null, [el("h2", { text: title + " (" + items.length + ")" }), ul]);
    return section;
  }

  function sortByDate(edges, nodeOf) {
    return edges.slice().sort(function (a, b) {
      var na = nodesById.get(nodeOf(a)) || {}, nb = nodesById.get(nodeOf(b)) || {};
      var da = na.start || "9999", db = nb.start || "9999";
      if (da !== db) return da < db ? -1 : 1;
      var oa = (na.outlets || [])[0] || "", ob = (nb.outlets || [])[0] || "";
      if (oa !== ob) return oa < ob ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  }

  function reportCard(edge) {
    var doc = nodesById.get(edge.from) || { attrs: {} };
    var da = doc.attrs || {};
    var ea = edge.attrs || {};
    var meta = el("div", { className: "meta" }, [
      el("span", { className: "outlet", text: da.outlet || (doc.outlets || [])[0] || "unknown outlet" }),
      " · ",
      da.published ? spanNode(da.published) : el("span", { className: "muted", text: "date unknown" }),
      ea.cue ? " · cue: " + ea.cue : null,
      ea.mode ? " · " + ea.mode : null,
      ea.said ? " · said " : null,
      ea.said ? spanNode(ea.said) : null
    ]);
    var quote = el("blockquote");
    quote.appendChild(markedText(edge.display !== undefined ? edge.display : ea.text, edge.marks));
    return el("div", { className: "report", "data-edge": edge.id }, [
      meta,
      quote,
      el("div", { className: "meta" }, ["in ", linkTo(edge.from)])
    ]);
  }

  /* ---------- details panel ---------- */

  var details = document.getElementById("details");

  function header(node) {
    var color = node.color || "#999";
    var badge = el("span", { className: "kind", text: node.kind + (node.type ? " · " + node.type : "") });
    badge.style.background = color;
    return [badge, el("h3", { text: nodeName(node.id) })];
  }

  function entityDetails(node, parts) {
    var a = node.attrs || {};
    var outlets = a.outlets && typeof a.outlets === "object"
      ? Object.keys(a.outlets).sort().map(function (k) { return k + " (" + a.outlets[k] + ")"; }).join(", ")
      : null;
    parts.push(defList([
      ["Type", a.type],
      ["Aliases", (a.aliases || []).join(" · ")],
      ["Mentions", a.mentions],
      ["Titles", (a.titles || []).join(" · ")],
      ["Outlets", outlets]
    ]));
    var said = outEdges.get(node.id).filter(function (e) { return e.kind === "SAID"; });
    parts.push(listSection("Statements made", sortByDate(said, function (e) { return e.to; }).map(function (e) {
      return linkTo(e.to);
    })));
    var about = inEdges.get(node.id).filter(function (e) { return e.kind === "ABOUT"; });
    parts.push(listSection("Statements about", sortByDate(about, function (e) { return e.from; }).map(function (e) {
      var st = nodesById.get(e.from) || { attrs: {} };
      return el("span", null, [st.attrs.speaker_name ? st.attrs.speaker_name + ": " : "", linkTo(e.from)]);
    })));
    var events = inEdges.get(node.id).filter(function (e) { return e.kind === "INVOLVES"; });
    parts.push(listSection("Events", sortByDate(events, function (e) { return e.from; }).map(function (e) {
      return el("span", null, [linkTo(e.from), e.attrs.role ? " (" + e.attrs.role + ")" : ""]);
    })));
    var docs = inEdges.get(node.id).filter(function (e) { return e.kind === "MENTIONS"; });
    parts.push(listSection("Mentioned in", sortByDate(docs, function (e) { return e.from; }).map(function (e) {
      return el("span", null, [linkTo(e.from), e.attrs.count ? " ×" + e.attrs.count : ""]);
    })));
  }

  function statementDetails(node, parts) {
    var a = node.attrs || {};
    parts.push(el("p", { className: "statement-text", text: a.text || "" }));
    var speakerEdge = inEdges.get(node.id).filter(function (e) { return e.kind === "SAID"; })[0];
    var speaker = a.speaker && nodesById.has(a.speaker) ? linkTo(a.speaker)
      : speakerEdge ? linkTo(speakerEdge.from) : (a.speaker_name || null);
    parts.push(defList([
      ["Speaker", speaker],
      ["Addressee", a.addressee],
      ["Cue", a.cue],
      ["Mode", a.mode],
      ["Said", a.said ? spanNode(a.said) : null],
      ["Reports", a.reports]
    ]));
    var reports = sortByDate(inEdges.get(node.id).filter(function (e) { return e.kind === "REPORTS"; }),
      function (e) { return e.from; });
    var outlets = new Set(reports.map(function (e) { return (nodesById.get(e.from) || {}).attrs.outlet; }));
    if (reports.length) {
      parts.push(el("h2", {
        text: "Reported " + reports.length + " time" + (reports.length === 1 ? "" : "s") +
          " by " + outlets.size + " outlet" + (outlets.size === 1 ? "" : "s")
      }));
      reports.forEach(function (e) { parts.push(reportCard(e)); });
    }
    var about = outEdges.get(node.id).filter(function (e) { return e.kind === "ABOUT"; });
    parts.push(listSection("About", about.map(function (e) { return linkTo(e.to); })));
    var conflicts = outEdges.get(node.id).concat(inEdges.get(node.id)).filter(function (e) {
      return e.kind === "CONFLICTS_WITH";
    });
    parts.push(listSection("Conflicts with", conflicts.map(function (e) {
      var other = e.from === node.id ? e.to : e.from;
      return el("span", null, [linkTo(other), e.attrs.reason ? " — " + e.attrs.reason : "",
        Array.isArray(e.attrs.values) ? ": " + e.attrs.values.map(valueText).join(" vs ") :
          e.attrs.values ? ": " + valueText(e.attrs.values) : ""]);
    })));
  }

  function documentDetails(node, parts) {
    var a = node.attrs || {};
    var url = typeof a.url === "string" && /^https?:\/\//i.test(a.url)
      ? el("a", { href: a.url, target: "_blank", rel: "noopener noreferrer", text: a.url })
      : a.url;
    parts.push(defList([
      ["Outlet", a.outlet],
      ["Published", a.published ? spanNode(a.published) : null],
      ["Date from", a.published_source],
      ["URL", url],
      ["File", a.path],
      ["Characters", a.chars]
    ]));
    var reports = outEdges.get(node.id).filter(function (e) { return e.kind === "REPORTS"; });
    parts.push(listSection("Statements reported", reports.map(function (e) { return linkTo(e.to); })));
    var events = outEdges.get(node.id).filter(function (e) { return e.kind === "DESCRIBES"; });
    parts.push(listSection("Events described", events.map(function (e) { return linkTo(e.to); })));
    var mentions = outEdges.get(node.id).filter(function (e) { return e.kind === "MENTIONS"; });
    mentions.sort(function (x, y) { return (y.attrs.count || 0) - (x.attrs.count || 0) || (x.to < y.to ? -1 : 1); });
    parts.push(listSection("Entities mentioned", mentions.map(function (e) {
      return el("span", null, [linkTo(e.to), e.attrs.count ? " ×" + e.attrs.count : ""]);
    })));
  }

  function eventDetails(node, parts) {
    var a = node.attrs || {};
    parts.push(defList([["Predicate", a.predicate], ["When", a.when ? spanNode(a.when) : null]]));
    var involves = outEdges.get(node.id).filter(function (e) { return e.kind === "INVOLVES"; });
    parts.push(listSection("Participants", involves.map(function (e) {
      return el("span", null, [linkTo(e.to), e.attrs.role ? " (" + e.attrs.role + ")" : ""]);
    })));
    var described = sortByDate(inEdges.get(node.id).filter(function (e) { return e.kind === "DESCRIBES"; }),
      function (e) { return e.from; });
    if (described.length) parts.push(el("h2", { text: "Described in (" + described.length + ")" }));
    described.forEach(function (e) {
      var doc = nodesById.get(e.from) || { attrs: {} };
      parts.push(el("div", { className: "report" }, [
        el("div", { className: "meta" }, [el("span", { className: "outlet", text: doc.attrs.outlet || "" }), " · ",
          linkTo(e.from)]),
        el("blockquote", { text: e.attrs.text || "" })
      ]));
    });
  }

  function outletDetails(node, parts) {
    var docs = inEdges.get(node.id).filter(function (e) { return e.kind === "PUBLISHED_BY"; });
    parts.push(listSection("Documents", sortByDate(docs, function (e) { return e.from; }).map(function (e) {
      return linkTo(e.from);
    })));
  }

  function genericDetails(attrs, parts) {
    parts.push(defList(Object.keys(attrs || {}).sort().map(function (k) { return [k, attrs[k]]; })));
  }

  function showDetails(id) {
    var node = nodesById.get(id);
    if (!node) return;
    var parts = header(node);
    if (!visible.has(id)) parts.push(el("p", { className: "muted", text: "Hidden by the current filters." }));
    if (node.kind === "Entity") entityDetails(node, parts);
    else if (node.kind === "Statement") statementDetails(node, parts);
    else if (node.kind === "Document") documentDetails(node, parts);
    else if (node.kind === "Event") eventDetails(node, parts);
    else if (node.kind === "Outlet") outletDetails(node, parts);
    else genericDetails(node.attrs, parts);
    parts.push(el("p", { className: "muted", text: node.id }));
    details.replaceChildren.apply(details, parts.filter(Boolean));
    details.dataset.node = id;
    details.scrollTop = 0;
  }

  function showEdgeDetails(edgeId) {
    var e = edgesById.get(edgeId);
    if (!e) return;
    var parts = [el("span", { className: "kind", text: e.kind }), el("h3", null, [linkTo(e.from), " → ", linkTo(e.to)])];
    parts[0].style.background = e.color;
    if (e.kind === "REPORTS") parts.push(reportCard(e));
    var attrs = Object.assign({}, e.attrs);
    delete attrs.kind;
    genericDetails(attrs, parts);
    details.replaceChildren.apply(details, parts);
    details.dataset.node = "";
  }

  /* ---------- network ---------- */

  var visible = new Set(data.nodes.map(function (n) { return n.id; }));
  var container = document.getElementById("network");
  var visNodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = {
      id: n.id,
      label: n.label,
      shape: n.shape,
      size: n.size,
      color: { background: n.color, border: "#3e4c59", highlight: { background: n.color, border: "#000" } },
      borderWidth: 1
    };
    // Statement and event labels are long: smaller, so they fade out first when zooming out.
    if (n.kind === "Statement" || n.kind === "Event") item.font = { size: 10, color: "#52606d" };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var visEdges = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id,
      from: e.from,
      to: e.to,
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { color: e.color, highlight: "#1f2933", opacity: 0.9 },
      width: e.kind === "REPORTS" || e.kind === "SAID" ? 1.5 : 1,
      smooth: e.parallel ? { enabled: true, type: "curvedCW", roundness: 0.15 * e.parallel } : false
    };
  }));
  var nodeView = new vis.DataView(visNodes, { filter: function (n) { return visible.has(n.id); } });
  var edgeView = new vis.DataView(visEdges, {
    filter: function (e) { return visible.has(e.from) && visible.has(e.to); }
  });
  var options = {
    autoResize: true,
    nodes: { font: { size: 12, face: "system-ui, DejaVu Sans, sans-serif" }, scaling: { label: { drawThreshold: 6 } } },
    edges: { selectionWidth: 2 },
    layout: { randomSeed: 7, improvedLayout: !large && data.nodes.length <= 150 },
    interaction: { hover: true, hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: true },
    physics: large ? false : {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 90, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: data.nodes.length > 200 ? 150 : 250, updateInterval: 50, fit: true }
    }
  };
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  api.network = network;
  var physicsOn = false;

  // Ready (for users and tests) once the network has drawn and the timeline, if any, too.
  var pending = { network: true, timeline: false };
  function markReady(part) {
    pending[part || "network"] = false;
    if (api.ready || pending.network || pending.timeline) return;
    api.ready = true;
    api.readyAt = performance.now();
    document.body.dataset.ready = "1";
  }

  if (large || data.nodes.length === 0) {
    network.once("afterDrawing", function () { requestAnimationFrame(function () { markReady("network"); }); });
    if (data.nodes.length === 0) markReady("network");
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      requestAnimationFrame(function () { markReady("network"); });
    });
  }

  network.on("click", function (params) {
    if (params.nodes.length) selectNode(params.nodes[0], { focus: false });
    else if (params.edges.length) showEdgeDetails(params.edges[0]);
  });

  document.getElementById("fit").addEventListener("click", function () { network.fit(); });
  document.getElementById("physics").addEventListener("click", function (ev) {
    physicsOn = !physicsOn;
    // No stabilisation run when switching on: it would freeze the page on big graphs.
    network.setOptions({ physics: { enabled: physicsOn, stabilization: { enabled: false } } });
    ev.currentTarget.setAttribute("aria-pressed", String(physicsOn));
  });

  /* ---------- timeline ---------- */

  var timeline = null;
  // Above this many dated nodes the timeline shows one item per kind and period (vis-timeline
  // needs tens of seconds to draw thousands of items); itemOf/membersOf map nodes to items.
  var TIMELINE_ITEM_LIMIT = 300;
  var TIMELINE_BUCKETS = 80;
  var itemOf = new Map();
  var membersOf = new Map();
  var timelineItems = [];
  var DAY = 864e5;
  function nextDay(iso) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }
  function dayNumber(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoOfDay(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  var datedNodes = data.nodes.filter(function (n) {
    return n.start && (n.kind === "Document" || n.kind === "Statement" || n.kind === "Event");
  });
  var plural = { Document: "documents", Statement: "statements", Event: "events" };
  var singular = { Document: "document", Statement: "statement", Event: "event" };
  if (datedNodes.length <= TIMELINE_ITEM_LIMIT) {
    datedNodes.forEach(function (n) {
      var ranged = n.end && n.end !== n.start;
      itemOf.set(n.id, n.id);
      membersOf.set(n.id, [n.id]);
      timelineItems.push({
        id: n.id,
        group: n.kind,
        start: n.start,
        end: ranged ? nextDay(n.end) : undefined,
        type: ranged ? "range" : "point",
        className: "tl-" + n.kind,
        label: n.label
      });
    });
  } else {
    var firstDay = Math.min.apply(null, datedNodes.map(function (n) { return dayNumber(n.start); }));
    var lastDay = Math.max.apply(null, datedNodes.map(function (n) { return dayNumber(n.start); }));
    var width = Math.max(1, Math.ceil((lastDay - firstDay + 1) / TIMELINE_BUCKETS));
    datedNodes.forEach(function (n) {
      var k = Math.floor((dayNumber(n.start) - firstDay) / width);
      var id = "period:" + n.kind + ":" + k;
      if (!membersOf.has(id)) {
        membersOf.set(id, []);
        timelineItems.push({
          id: id,
          group: n.kind,
          start: isoOfDay(firstDay + k * width),
          end: isoOfDay(firstDay + (k + 1) * width),
          type: "range",
          className: "tl-" + n.kind + " tl-period"
        });
      }
      membersOf.get(id).push(n.id);
      itemOf.set(n.id, id);
    });
    timelineItems.forEach(function (item) {
      var count = membersOf.get(item.id).length;
      item.label = String(count);
      item.summary = count + " " + (count === 1 ? singular : plural)[item.group];
    });
  }
  api.timelineItemOf = function (id) { return itemOf.get(id) || null; };
  var groupNames = { Document: "Documents", Statement: "Statements", Event: "Events" };
  if (timelineItems.length && vis.Timeline) {
    try {
      var groups = ["Document", "Statement", "Event"].filter(function (g) {
        return timelineItems.some(function (i) { return i.group === g; });
      }).map(function (g, i) { return { id: g, order: i, label: groupNames[g] }; });
      var tlOptions = {
        height: "100%",
        stack: datedNodes.length <= TIMELINE_ITEM_LIMIT,
        selectable: true,
        multiselect: true,
        showCurrentTime: false,
        orientation: "top",
        margin: { item: { vertical: 3, horizontal: 6 }, axis: 3 },
        zoomMin: 1000 * 60 * 60 * 24,
        groupOrder: "order",
        template: function (item) { return el("span", { text: item ? item.label : "" }); },
        groupTemplate: function (group) { return el("span", { text: group ? group.label : "" }); },
        tooltip: { followMouse: false }
      };
      // Open on where most items are (outliers such as a war's start year stay a pan away),
      // always including the documents' own dates, with room after the last item for its label.
      var starts = timelineItems.map(function (i) { return i.start; }).sort();
      var docStarts = timelineItems.filter(function (i) { return i.group === "Document"; }).map(function (i) {
        return i.start;
      }).sort();
      var first = starts[Math.floor((starts.length - 1) * 0.05)];
      var last = starts[Math.ceil((starts.length - 1) * 0.95)];
      if (docStarts.length) {
        if (docStarts[0] < first) first = docStarts[0];
        if (docStarts[docStarts.length - 1] > last) last = docStarts[docStarts.length - 1];
      }
      var t0 = Date.parse(first + "T00:00:00Z"), t1 = Date.parse(last + "T00:00:00Z") + 864e5;
      var pad = Math.max(t1 - t0, 864e5);
      tlOptions.start = new Date(t0 - pad * 0.05);
      tlOptions.end = new Date(t1 + pad * 0.3);
      pending.timeline = true;
      timeline = new vis.Timeline(document.getElementById("timeline"), timelineItems, groups, tlOptions);
      api.timeline = timeline;
      // vis-timeline shows itself only once its first full draw is done.
      timeline.on("changed", function () {
        if (timeline.initialDrawDone) requestAnimationFrame(function () { markReady("timeline"); });
      });
      timeline.on("select", function (props) {
        if (!props.items || !props.items.length) return;
        var members = membersOf.get(props.items[0]) || [];
        if (members.length === 1) selectNode(members[0], { focus: true, fromTimeline: true });
        else if (members.length) selectPeriod(props.items[0]);
      });
      timeline.on("rangechanged", function (props) {
        if (!props.byUser || !linkTimeline.checked) return;
        dateFrom.value = props.start.toISOString().slice(0, 10);
        dateTo.value = props.end.toISOString().slice(0, 10);
        applyFilters();
      });
    } catch (err) {
      fail("timeline: " + err);
      markReady("timeline");
    }
  } else {
    document.getElementById("timeline-pane").appendChild(
      el("p", { className: "muted", text: "No dated documents, statements or events to show on a timeline." }));
  }

  function relatedTimelineIds(id) {
    var ids = [];
    [id].concat(outEdges.get(id).concat(inEdges.get(id)).map(function (e) {
      return e.from === id ? e.to : e.from;
    })).forEach(function (nodeId) {
      var item = itemOf.get(nodeId);
      if (item && ids.indexOf(item) < 0) ids.push(item);
    });
    return ids;
  }

  function selectPeriod(itemId) {
    var item = timelineItems.filter(function (i) { return i.id === itemId; })[0];
    var members = membersOf.get(itemId) || [];
    network.selectNodes(members.filter(function (m) { return visible.has(m); }));
    var shown = members.slice(0, 300);
    var parts = [
      el("span", { className: "kind", text: item.group }),
      el("h3", { text: item.summary + ", " + item.start + " – " + isoOfDay(dayNumber(item.end) - 1) }),
      listSection(groupNames[item.group], shown.map(function (m) { return linkTo(m, nodesById.get(m).label); }))
    ];
    parts[0].style.background = (nodesById.get(members[0]) || {}).color || "#999";
    if (members.length > shown.length) parts.push(el("p", { className: "muted", text: "… and " + (members.length - shown.length) + " more" }));
    details.replaceChildren.apply(details, parts.filter(Boolean));
    details.dataset.node = "";
  }

  /* ---------- selection ---------- */

  function selectNode(id, opts) {
    opts = opts || {};
    if (!nodesById.has(id)) return;
    if (visible.has(id)) {
      network.selectNodes([id]);
      if (opts.focus) network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false });
    } else {
      network.unselectAll();
    }
    showDetails(id);
    if (timeline && !opts.fromTimeline) timeline.setSelection(relatedTimelineIds(id));
    api.selected = id;
  }
  api.selectNode = function (id) { selectNode(id, { focus: true }); };

  /* ---------- search ---------- */

  function fold(s) {
    return String(s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  var searchIndex = data.nodes.map(function (n) {
    var terms = (n.terms && n.terms.length ? n.terms : [nodeName(n.id)]).map(function (t) { return [t, fold(t)]; });
    return { node: n, terms: terms, mentions: (n.attrs && n.attrs.mentions) || 0 };
  });
  var search = document.getElementById("search");
  var results = document.getElementById("search-results");
  var currentMatches = [];
  var active = 0;

  function findMatches(query) {
    var q = fold(query);
    if (!q) return [];
    var matches = [];
    searchIndex.forEach(function (entry) {
      var best = null;
      entry.terms.forEach(function (t) {
        var i = t[1].indexOf(q);
        if (i < 0) return;
        var rank = t[1] === q ? 0 : i === 0 ? 1 : 2;
        if (entry.node.kind !== "Entity") rank += 3;
        if (!best || rank < best.rank) best = { rank: rank, term: t[0] };
      });
      if (best) matches.push({ node: entry.node, rank: best.rank, term: best.term, mentions: entry.mentions });
    });
    matches.sort(function (a, b) {
      return a.rank - b.rank || b.mentions - a.mentions || (a.node.id < b.node.id ? -1 : 1);
    });
    return matches.slice(0, 30);
  }

  function renderResults() {
    var items = currentMatches.map(function (m, i) {
      var name = nodeName(m.node.id);
      var sub = m.node.kind + (m.node.type ? " · " + m.node.type : "") +
        (m.term !== name && m.node.kind === "Entity" ? " · as “" + m.term + "”" : "");
      var li = el("li", { role: "option", "aria-selected": String(i === active), "data-node": m.node.id }, [
        name, el("span", { className: "sub", text: sub })
      ]);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      return li;
    });
    if (!items.length && search.value.trim()) items = [el("li", { className: "none", text: "No match" })];
    results.replaceChildren.apply(results, items);
    results.hidden = !items.length;
  }

  function choose(i) {
    var m = currentMatches[i];
    if (!m) return;
    results.hidden = true;
    selectNode(m.node.id, { focus: true });
  }

  search.addEventListener("input", function () {
    currentMatches = findMatches(search.value);
    active = 0;
    renderResults();
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); choose(active); }
    else if (ev.key === "ArrowDown") { ev.preventDefault(); active = Math.min(active + 1, currentMatches.length - 1); renderResults(); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); active = Math.max(active - 1, 0); renderResults(); }
    else if (ev.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("blur", function () { results.hidden = true; });
  search.addEventListener("focus", function () { if (currentMatches.length) results.hidden = false; });
  api.search = findMatches;

  /* ---------- legend and filters ---------- */

  [["legend", data.legend], ["edge-legend", data.edge_legend || []]].forEach(function (pair) {
    var list = document.getElementById(pair[0]);
    pair[1].forEach(function (entry) {
      var sw = el("span", { className: "swatch " + entry.shape });
      sw.style.background = entry.color;
      list.appendChild(el("li", null, [sw, entry.label]));
    });
  });

  var checks = { kinds: new Map(), types: new Map(), outlets: new Map() };
  function addChecks(fieldsetId, values, store) {
    var fs = document.getElementById(fieldsetId);
    if (!values.length) { fs.hidden = true; return; }
    values.forEach(function (v) {
      var box = el("input", { type: "checkbox", value: v });
      box.checked = true;
      box.addEventListener("change", applyFilters);
      store.set(v, box);
      fs.appendChild(el("label", { className: "check" }, [box, " " + v]));
    });
  }
  addChecks("filter-kinds", data.kinds, checks.kinds);
  addChecks("filter-types", data.entity_types, checks.types);
  addChecks("filter-outlets", data.outlets, checks.outlets);
  var dateFrom = document.getElementById("date-from");
  var dateTo = document.getElementById("date-to");
  var linkTimeline = document.getElementById("link-timeline");
  if (data.date_min) { dateFrom.min = dateTo.min = data.date_min; dateFrom.max = dateTo.max = data.date_max; }
  [dateFrom, dateTo].forEach(function (input) {
    input.addEventListener("change", function () {
      applyFilters();
      if (timeline && dateFrom.value && dateTo.value && dateFrom.value <= dateTo.value) {
        timeline.setWindow(dateFrom.value, nextDay(dateTo.value), { animation: false });
      }
    });
  });
  if (!data.date_min) document.getElementById("filter-dates").hidden = true;

  function enabled(store) {
    var set = new Set();
    store.forEach(function (box, v) { if (box.checked) set.add(v); });
    return set;
  }

  function applyFilters() {
    var kinds = enabled(checks.kinds), types = enabled(checks.types), outlets = enabled(checks.outlets);
    var allOutlets = outlets.size === checks.outlets.size;
    var from = dateFrom.value || null, to = dateTo.value || null;
    var dated = !!(from || to);
    var next = new Set();
    var undated = [];
    data.nodes.forEach(function (n) {
      if (checks.kinds.size && !kinds.has(n.kind)) return;
      if (n.kind === "Entity" && n.type && !types.has(n.type)) return;
      if (!allOutlets && n.outlets.length && !n.outlets.some(function (o) { return outlets.has(o); })) return;
      if (dated) {
        if (!n.start) { undated.push(n); return; }
        if ((from && n.end < from) || (to && n.start > to)) return;
      }
      next.add(n.id);
    });
    // Under a date filter, undated nodes (entities, outlets) stay only next to a dated one shown.
    undated.forEach(function (n) {
      var keep = outEdges.get(n.id).concat(inEdges.get(n.id)).some(function (e) {
        var other = e.from === n.id ? e.to : e.from;
        var o = nodesById.get(other);
        return o && o.start && next.has(other);
      });
      if (keep) next.add(n.id);
    });
    visible = next;
    nodeView.refresh();
    edgeView.refresh();
    updateCounts();
  }
  api.applyFilters = applyFilters;
  api.visibleIds = function () { return Array.from(visible).sort(); };

  function updateCounts() {
    var shown = nodeView.length;
    document.getElementById("counts").textContent =
      shown + " of " + data.nodes.length + " nodes · " + edgeView.length + " of " + data.edges.length + " edges";
  }

  document.getElementById("reset-filters").addEventListener("click", function () {
    [checks.kinds, checks.types, checks.outlets].forEach(function (store) {
      store.forEach(function (box) { box.checked = true; });
    });
    dateFrom.value = "";
    dateTo.value = "";
    applyFilters();
    if (timeline) timeline.fit({ animation: false });
  });

  updateCounts();
})();
