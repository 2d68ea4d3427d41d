/* indupath dashboard: vanilla JS over the JSON API. One file, one function per page. */
(function () {
  "use strict";
  var body = document.body;
  var LANG = body.dataset.lang || "zh";
  var T = JSON.parse(document.getElementById("i18n").textContent);
  var CSRF = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  function t(k) { return T[k] || k; }

  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "text") n.textContent = attrs[k];
      else if (k === "class") n.className = attrs[k];
      else n.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) n.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return n;
  }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); return n; }
  function notice(n, msg) { clear(n).appendChild(el("p", { class: "notice", text: msg })); }
  function fmt(v, digits) {
    if (v == null || v === "") return "–";
    if (typeof v !== "number") return String(v);
    var d = digits == null ? (Math.abs(v) >= 100 ? 0 : 2) : digits;
    return v.toLocaleString(LANG === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: d });
  }
  /* display scale for big values: CNY -> 亿元 (zh) / billion CNY (en) */
  function scaleFor(unit, max) {
    if (unit === "CNY" && max >= 1e8) return LANG === "zh" ? { div: 1e8, label: "亿元" } : { div: 1e9, label: "billion CNY" };
    if (unit === "count") return { div: 1, label: LANG === "zh" ? "个" : "count" };
    return { div: 1, label: unit || "" };
  }
  function indQuery(ind) {
    return "metric=" + encodeURIComponent(ind.metric) + "&scheme=" + encodeURIComponent(ind.scheme) +
      (ind.industry_code ? "&industry=" + encodeURIComponent(ind.industry_code) : "");
  }
  function withLang(url) { return url + (url.indexOf("?") >= 0 ? "&" : "?") + "lang=" + LANG; }
  function nameOf(r) { if (!r) return ""; return (LANG === "zh" ? (r.name_zh || r.name_en) : (r.name_en || r.name_zh)) || r.code || ""; }

  function api(path, opts) {
    opts = opts || {};
    opts.headers = Object.assign({ "Accept": "application/json", "X-CSRF-Token": CSRF }, opts.headers || {});
    opts.credentials = "same-origin";
    return fetch(path, opts).then(function (r) {
      return r.text().then(function (txt) {
        var data = null;
        try { data = txt ? JSON.parse(txt) : null; } catch (e) { data = { detail: txt }; }
        if (!r.ok) { var err = new Error((data && data.detail) || r.statusText); err.status = r.status; err.problem = data; throw err; }
        return data;
      });
    });
  }
  function failed(n) {
    return function (err) {
      if (err.status === 501) notice(n, t("not_available") + " — " + err.message);
      else if (err.status === 404) notice(n, t("no_data"));
      else notice(n, t("error") + ": " + err.message);
    };
  }
  function chart(n) {
    var c = echarts.init(n, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { c.resize(); });
    return c;
  }
  function table(cols, rows) {
    var thead = el("thead", null, [el("tr", null, cols.map(function (c) { return el("th", { class: c.num ? "num" : "", text: c.label }); }))]);
    var tbody = el("tbody", null, rows.map(function (r) {
      return el("tr", null, cols.map(function (c) {
        var v = c.render ? c.render(r) : r[c.key];
        var td = el("td", { class: c.num ? "num" : "" });
        if (v instanceof Node) td.appendChild(v); else td.textContent = c.num ? fmt(v) : (v == null ? "–" : String(v));
        return td;
      }));
    }));
    return el("table", null, [thead, tbody]);
  }
  function badge(kind, label) { return el("span", { class: "badge " + (kind || ""), text: label || t(kind) }); }
  function tierBadge(tier) { return tier ? badge(tier, t(tier)) : el("span", { class: "muted", text: "–" }); }

  /* ---------- fact highlighting: spans -> <mark> ---------- */
  function highlight(container, text, facts) {
    var marks = [];
    (facts.regions || []).forEach(function (f) { if (f.span) marks.push({ s: f.span[0], e: f.span[1], k: "region", f: f }); });
    (facts.priorities || []).forEach(function (f) { marks.push({ s: f.span[0], e: f.span[1], k: "priority", f: f }); });
    (facts.targets || []).forEach(function (f) { marks.push({ s: f.span[0], e: f.span[1], k: "target", f: f }); });
    (facts.measures || []).forEach(function (f) { marks.push({ s: f.span[0], e: f.span[1], k: "measure", f: f }); });
    marks = marks.filter(function (m) { return m.e > m.s && m.e <= text.length; });
    marks.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    clear(container);
    var pos = 0;
    marks.forEach(function (m) {
      if (m.s < pos) return; /* overlapping: keep the earlier, longer one */
      if (m.s > pos) container.appendChild(document.createTextNode(text.slice(pos, m.s)));
      var title = m.k === "priority" ? (m.f.industry + (m.f.tier ? " · " + t(m.f.tier) : ""))
        : m.k === "target" ? (m.f.metric + " " + m.f.comparator + " " + fmt(m.f.value) + " " + m.f.unit + (m.f.year ? " (" + m.f.year + ")" : ""))
        : m.k === "measure" ? m.f.kind : (m.f.code || "");
      container.appendChild(el("mark", { class: "f-" + m.k, title: title, "data-kind": m.k }, [text.slice(m.s, m.e)]));
      pos = m.e;
    });
    if (pos < text.length) container.appendChild(document.createTextNode(text.slice(pos)));
  }
  function factList(container, facts) {
    clear(container);
    var box = el("div", { class: "facts" });
    function section(key, items, render) {
      box.appendChild(el("h3", null, [t(key) + " (" + items.length + ")"]));
      if (!items.length) { box.appendChild(el("p", { class: "muted small", text: t("no_data") })); return; }
      box.appendChild(el("ul", null, items.map(function (f) { return el("li", null, render(f)); })));
    }
    section("region", facts.regions || [], function (f) { return [f.name + (f.code ? " · " + f.code : "")]; });
    section("priorities", facts.priorities || [], function (f) { return [tierBadge(f.tier), " " + f.industry + (f.region ? " — " + f.region : "")]; });
    section("targets", facts.targets || [], function (f) {
      var sc = scaleFor(f.unit, Math.abs(f.value));
      return [f.metric + " " + f.comparator + " " + fmt(f.value / sc.div) + " " + sc.label + (f.year ? " (" + f.year + ")" : "") + (f.region ? " — " + f.region : "")];
    });
    section("measures", facts.measures || [], function (f) { return [badge("", f.kind), " " + f.text]; });
    container.appendChild(box);
  }

  /* ---------- home: province map ---------- */
  function pageHome() {
    var mapEl = document.getElementById("map"), rankEl = document.getElementById("ranking");
    var metricSel = document.getElementById("metric"), yearSel = document.getElementById("year");
    var c = chart(mapEl), indicators = [];
    var geoReady = fetch("/static/geo/china_provinces.geojson").then(function (r) { return r.json(); })
      .then(function (geo) { echarts.registerMap("china", geo); });
    function current() { return indicators[+metricSel.value]; }
    function fillYears() {
      var ind = current(); clear(yearSel);
      (ind ? ind.years : []).slice().reverse().forEach(function (y) { yearSel.appendChild(el("option", { value: y, text: y })); });
    }
    function draw() {
      var ind = current(); if (!ind) { notice(rankEl, t("no_data")); return; }
      var q = "/api/map?" + indQuery(ind) + "&year=" + yearSel.value;
      Promise.all([api(q), geoReady]).then(function (res) {
        var d = res[0], vals = d.values.filter(function (v) { return v.value != null; });
        var rawMax = Math.max.apply(null, vals.map(function (v) { return v.value; }).concat([1]));
        var sc = scaleFor(d.unit, rawMax), max = rawMax / sc.div;
        vals.forEach(function (v) { v.shown = v.value / sc.div; });
        c.setOption({
          tooltip: { trigger: "item", formatter: function (p) { return p.name + (p.value == null || isNaN(p.value) ? "" : ": " + fmt(p.value) + " " + sc.label); } },
          visualMap: { min: 0, max: max, left: 10, bottom: 10, calculable: true, precision: max < 10 ? 2 : 0, inRange: { color: ["#eaf2fb", "#9cc3e8", "#3b82c4", "#0f3d73"] } },
          series: [{ type: "map", map: "china", roam: false, nameProperty: "name", selectedMode: false,
            label: { show: false }, emphasis: { label: { show: true }, itemStyle: { areaColor: "#f6c85f" } },
            data: d.values.map(function (v) { return { name: v.geo_name, value: v.value == null ? null : v.value / sc.div, code: v.code }; }) }]
        }, true);
        vals.sort(function (a, b) { return b.value - a.value; });
        clear(rankEl).appendChild(table([
          { label: "#", render: function (r) { return String(vals.indexOf(r) + 1); } },
          { label: t("region"), render: function (r) { return el("a", { href: withLang("/region/" + r.code), text: nameOf(r) }); } },
          { label: t("value") + (sc.label ? " (" + sc.label + ")" : ""), key: "shown", num: true }], vals));
        document.getElementById("map-source").textContent = t("source") + ": " + (d.source || "–");
      }).catch(failed(rankEl));
    }
    c.on("click", function (p) { if (p.data && p.data.code) window.location.href = withLang("/region/" + p.data.code); });
    api("/api/map/indicators").then(function (d) {
      indicators = d.indicators;
      indicators.forEach(function (ind, i) { metricSel.appendChild(el("option", { value: i, text: LANG === "zh" ? ind.label_zh : ind.label_en })); });
      fillYears(); draw();
    }).catch(failed(rankEl));
    metricSel.addEventListener("change", function () { fillYears(); draw(); });
    yearSel.addEventListener("change", draw);
  }

  /* ---------- region page ---------- */
  /* an editor's inline correction of one priority: rename it, or reject it */
  function editCell(r, reload) {
    var input = el("input", { value: r.industry, "aria-label": t("edit") + " " + r.industry, class: "fact-edit" });
    var msg = el("span", { class: "form-msg", role: "status" });
    function send(change) {
      api("/api/facts/priorities/" + r.id, { method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify(change) })
        .then(function () { msg.className = "form-msg ok"; msg.textContent = t("saved"); setTimeout(reload, 400); })
        .catch(function (err) { msg.className = "form-msg err"; msg.textContent = (err.status === 403 ? t("forbidden") + " (403)" : t("error")) + ": " + err.message; });
    }
    var save = el("button", { type: "button", class: "small-btn", text: t("save_short") });
    save.addEventListener("click", function () { send({ industry: input.value }); });
    var reject = el("button", { type: "button", class: "small-btn ghost", text: t("reject") });
    reject.addEventListener("click", function () { send({ status: "rejected" }); });
    return el("span", { class: "edit-cell" }, [input, save, reject, msg]);
  }
  function roadmapView(container, rm, editable, reload) {
    clear(container);
    if (!rm.priorities.length && !rm.targets.length && !rm.measures.length) { notice(container, t("no_data")); return; }
    container.appendChild(el("h3", { text: t("priorities") }));
    container.appendChild(table([
      { label: t("industry"), render: function (r) { return editable ? editCell(r, reload) : r.industry; } },
      { label: t("tier"), render: function (r) { return tierBadge(r.tier); } },
      { label: t("sentence"), render: function (r) { return el("span", { class: "sentence", text: r.sentence || "" }); } },
      { label: t("document"), render: function (r) { return r.document_id ? el("a", { href: withLang("/document/" + encodeURIComponent(r.document_id)), text: r.document_name || r.document_id }) : "–"; } }
    ], rm.priorities));
    if (rm.measures.length) {
      container.appendChild(el("h3", { text: t("measures") }));
      container.appendChild(table([
        { label: t("measures"), render: function (r) { return badge("", r.kind); } },
        { label: t("sentence"), render: function (r) { return el("span", { class: "sentence", text: r.text }); } }
      ], rm.measures));
    }
  }
  function pageRegion() {
    var code = body.dataset.region;
    var profile = document.getElementById("profile");
    api("/api/regions/" + code).then(function (r) {
      var kv = el("dl", { class: "kv" });
      [["code", r.code], ["level", r.level], ["parent", r.parent_name || r.parent || "–"], ["documents", r.counts ? r.counts.documents : "–"],
       ["priorities", r.counts ? r.counts.priorities : "–"], ["targets", r.counts ? r.counts.targets : "–"]].forEach(function (p) {
        kv.appendChild(el("dt", { text: t(p[0]) })); kv.appendChild(el("dd", { text: p[1] == null ? "–" : String(p[1]) }));
      });
      clear(profile).appendChild(kv);
      var cmp = el("p", null, [el("a", { href: withLang("/compare?a=" + code), text: t("nav_compare") + " →" })]);
      profile.appendChild(cmp);
    }).catch(failed(profile));
    /* indicator over time */
    var trendEl = document.getElementById("trend"), trendSel = document.getElementById("trend-metric"), inds = [];
    var trend = chart(trendEl);
    function drawTrend() {
      var ind = inds[+trendSel.value]; if (!ind) return;
      api("/api/regions/" + code + "/series?" + indQuery(ind))
        .then(function (d) {
          if (!d.points.length) { trend.clear(); notice(trendEl, t("no_data")); return; }
          var sc = scaleFor(d.unit, Math.max.apply(null, d.points.map(function (p) { return p.value; })));
          trend.setOption({ grid: { left: 60, right: 20, top: 30, bottom: 30 }, tooltip: { trigger: "axis", valueFormatter: function (v) { return fmt(v) + " " + sc.label; } },
            xAxis: { type: "category", data: d.points.map(function (p) { return p.year; }) },
            yAxis: { type: "value", name: sc.label },
            series: [{ type: d.points.length > 1 ? "line" : "bar", smooth: true, symbolSize: 7, areaStyle: { opacity: .12 }, barMaxWidth: 40, itemStyle: { color: "#1f5fa8" }, data: d.points.map(function (p) { return p.value / sc.div; }) }] }, true);
        }).catch(failed(trendEl));
    }
    api("/api/map/indicators?region=" + code).then(function (d) {
      inds = d.indicators;
      if (!inds.length) { notice(trendEl, t("no_data")); return; }
      inds.forEach(function (ind, i) { trendSel.appendChild(el("option", { value: i, text: LANG === "zh" ? ind.label_zh : ind.label_en })); });
      drawTrend();
    }).catch(failed(trendEl));
    trendSel.addEventListener("change", drawTrend);
    /* specialisation */
    var lqEl = document.getElementById("lq");
    api("/api/analyze/specialization?region=" + code + "&top=12").then(function (d) {
      var rows = d.rows.slice().reverse();
      if (!rows.length) { notice(lqEl, t("no_data")); return; }
      var c = chart(lqEl);
      c.setOption({ grid: { left: 150, right: 30, top: 10, bottom: 30 }, tooltip: {},
        xAxis: { type: "value", name: "LQ" }, yAxis: { type: "category", data: rows.map(function (r) { return r.industry_name || r.industry; }), axisLabel: { width: 140, overflow: "truncate" } },
        series: [{ type: "bar", data: rows.map(function (r) { return { value: r.lq, itemStyle: { color: r.lq >= 1 ? "#2e7d6b" : "#9aa8b6" } }; }),
          markLine: { symbol: "none", data: [{ xAxis: 1 }], lineStyle: { type: "dashed", color: "#b3261e" } } }] });
      c.on("click", function (p) { var r = rows[p.dataIndex]; if (r) window.location.href = withLang("/industry/" + encodeURIComponent(r.industry) + "?scheme=" + encodeURIComponent(d.scheme)); });
      document.getElementById("lq-note").textContent = t("source") + ": " + (d.source || "") + " · " + (d.metric || "") + " " + (d.year || "");
    }).catch(failed(lqEl));
    /* opportunities */
    var oppEl = document.getElementById("opps");
    api("/api/advise/" + code).then(function (d) {
      var rows = (d.extra && d.extra.scatter) || [];
      if (!rows.length) { notice(oppEl, t("no_data")); return; }
      var quads = Array.from(new Set(rows.map(function (r) { return r.quadrant || ""; })));
      var colors = ["#2e7d6b", "#1f5fa8", "#e08a2e", "#9aa8b6", "#8e44ad"];
      var c = chart(oppEl);
      c.setOption({ grid: { left: 50, right: 20, top: 40, bottom: 40 }, legend: { top: 0, textStyle: { fontSize: 11 } },
        tooltip: { formatter: function (p) { return p.data[2] + "<br>" + t("feasibility") + ": " + fmt(p.data[0], 3) + "<br>" + t("attractiveness") + ": " + fmt(p.data[1], 3); } },
        xAxis: { type: "value", name: t("feasibility"), nameLocation: "middle", nameGap: 25, scale: true },
        yAxis: { type: "value", name: t("attractiveness"), scale: true },
        series: quads.map(function (q, i) {
          return { name: q || "–", type: "scatter", symbolSize: 11, itemStyle: { color: colors[i % colors.length], opacity: .8 },
            data: rows.filter(function (r) { return (r.quadrant || "") === q; }).map(function (r) { return [r.feasibility, r.attractiveness, r.name || r.industry, r.industry]; }) };
        }) });
      c.on("click", function (p) { if (p.data && p.data[3]) window.location.href = withLang("/industry/" + encodeURIComponent(p.data[3]) + "?scheme=IO42-2007"); });
      document.getElementById("opps-note").textContent = (d.method || "").split(";")[0] + " · " + t("source") + ": " + (d.source || "").split(";")[0];
    }).catch(failed(oppEl));
    /* roadmap */
    var rmEl = document.getElementById("roadmap");
    var canEdit = body.dataset.canEdit === "true";
    function loadRoadmap() { api("/api/regions/" + code + "/roadmap").then(function (rm) { roadmapView(rmEl, rm, canEdit, loadRoadmap); }).catch(failed(rmEl)); }
    loadRoadmap();
    var form = document.getElementById("add-priority");
    if (form) form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var msg = form.querySelector(".form-msg");
      api("/api/regions/" + code + "/priorities", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ industry: form.industry.value, tier: form.tier.value }) })
        .then(function () { msg.className = "form-msg ok"; msg.textContent = t("saved"); form.reset(); loadRoadmap(); })
        .catch(function (err) { msg.className = "form-msg err"; msg.textContent = (err.status === 403 ? t("forbidden") + " (403)" : t("error")) + ": " + err.message; });
    });
    /* targets */
    var tgEl = document.getElementById("targets");
    api("/api/targets?region=" + code).then(function (d) {
      var rows = d.rows || [];
      if (!rows.length) { notice(tgEl, t("no_data")); return; }
      clear(tgEl).appendChild(table([
        { label: t("metric"), key: "metric" },
        { label: t("target_value"), render: function (r) { var sc = scaleFor(r.unit, r.target); return (r.comparator || "") + " " + fmt(r.target / sc.div) + " " + sc.label; } },
        { label: t("deadline"), key: "deadline" },
        { label: t("progress"), render: function (r) {
          if (r.progress == null) return el("span", { class: "muted", text: "–" });
          var p = Math.max(0, Math.min(1, r.progress));
          return el("div", { class: "bar", title: fmt(100 * r.progress, 0) + "%" }, [el("span", { style: "width:" + (100 * p) + "%" })]); } },
        { label: t("status"), render: function (r) { var k = (r.status || "").replace(/ /g, "_"); return r.status ? badge(k, T[k] || r.status) : el("span", { class: "muted", text: "–" }); } }
      ], rows));
      tgEl.appendChild(el("p", { class: "muted small", text: (d.method || "").split(";")[0] }));
    }).catch(failed(tgEl));
    /* audit */
    var auEl = document.getElementById("audit");
    var verdictClass = { "build on strength": "good", "feasible diversification": "warn", "long jump": "bad" };
    api("/api/audit/" + code).then(function (d) {
      var rows = d.rows || [];
      if (!rows.length) { notice(auEl, t("no_data")); return; }
      clear(auEl).appendChild(table([
        { label: t("priorities"), render: function (r) { return r.priority; } },
        { label: t("tier"), render: function (r) { return tierBadge(r.tier); } },
        { label: "LQ", key: "lq", num: true },
        { label: t("verdict"), render: function (r) { return badge(verdictClass[r.verdict] || "", r.verdict); } },
        { label: t("reason"), render: function (r) { return el("span", { class: "sentence", text: (r.sectors || "") + (r.alternatives ? " → " + r.alternatives : "") }); } }], rows));
      auEl.appendChild(el("p", { class: "muted small", text: (d.method || "").split(";")[0] }));
    }).catch(failed(auEl));
  }

  /* ---------- industry page ---------- */
  function pageIndustry() {
    var code = body.dataset.industry, scheme = body.dataset.scheme;
    var strongEl = document.getElementById("strong");
    api("/api/analyze/specialization?industry=" + encodeURIComponent(code) + "&scheme=" + encodeURIComponent(scheme) + "&top=15").then(function (d) {
      var rows = d.rows.slice().reverse();
      if (!rows.length) { notice(strongEl, t("no_data")); return; }
      var c = chart(strongEl);
      c.setOption({ grid: { left: 90, right: 30, top: 10, bottom: 30 }, tooltip: {}, xAxis: { type: "value", name: "LQ" },
        yAxis: { type: "category", data: rows.map(function (r) { return r.region_name || r.region; }) },
        series: [{ type: "bar", data: rows.map(function (r) { return r.lq; }), itemStyle: { color: "#2e7d6b" } }] });
    }).catch(failed(strongEl));
    var tgt = document.getElementById("targeting");
    api("/api/industries/" + encodeURIComponent(code) + "/priorities?scheme=" + encodeURIComponent(scheme)).then(function (d) {
      if (!d.priorities.length) { notice(tgt, t("no_data")); return; }
      clear(tgt).appendChild(table([
        { label: t("region"), render: function (r) { return r.region_code ? el("a", { href: withLang("/region/" + r.region_code), text: r.region || r.region_code }) : (r.region || "–"); } },
        { label: t("industry"), key: "industry" }, { label: t("tier"), render: function (r) { return tierBadge(r.tier); } }], d.priorities));
    }).catch(failed(tgt));
    var ov = document.getElementById("overlap");
    api("/api/overlap").then(function (d) {
      var rows = d.rows || [];
      if (!rows.length) { notice(ov, t("no_data")); return; }
      clear(ov).appendChild(table([
        { label: t("industry"), render: function (r) { return LANG === "zh" ? (r.name_zh || r.industry) : (r.name_en || r.industry); } },
        { label: t("tier"), render: function (r) { return tierBadge(r.tier); } },
        { label: t("who_targets"), key: "regions_targeting", num: true },
        { label: "RCA ≥ 1", key: "regions_specialised", num: true },
        { label: "crowding", key: "crowding", num: true }], rows));
      ov.appendChild(el("p", { class: "muted small", text: d.method || "" }));
    }).catch(failed(ov));
  }

  /* ---------- documents ---------- */
  function pageDocuments() {
    var box = document.getElementById("doc-list");
    api("/api/documents?limit=200").then(function (d) {
      if (!d.items.length) { notice(box, t("no_data")); return; }
      clear(box).appendChild(table([
        { label: t("document"), render: function (r) { return el("a", { href: withLang("/document/" + encodeURIComponent(r.id)), text: r.title || r.name }); } },
        { label: t("language"), key: "language" }, { label: t("date"), key: "date" },
        { label: t("priorities"), key: "n_priorities", num: true }, { label: t("targets"), key: "n_targets", num: true }], d.items));
    }).catch(failed(box));
  }
  function pageDocument() {
    var id = body.dataset.document;
    var textEl = document.getElementById("doc-text"), factsEl = document.getElementById("doc-facts");
    api("/api/documents/" + encodeURIComponent(id)).then(function (d) {
      document.getElementById("doc-title").textContent = d.title || d.name;
      document.getElementById("doc-meta").textContent = [d.name, d.language, d.date, d.source].filter(Boolean).join(" · ");
      highlight(textEl, d.text, d.facts); factList(factsEl, d.facts);
    }).catch(failed(textEl));
  }
  function pageExtract() {
    var form = document.getElementById("extract-form"), fileIn = document.getElementById("extract-file");
    var textEl = document.getElementById("doc-text"), factsEl = document.getElementById("doc-facts");
    var msg = form.querySelector(".form-msg");
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var fd = new FormData();
      if (fileIn.files.length) fd.append("file", fileIn.files[0]);
      else fd.append("text", document.getElementById("extract-text").value);
      var save = document.getElementById("extract-save");
      if (save && save.checked) fd.append("save", "true");
      msg.className = "form-msg"; msg.textContent = t("loading");
      api("/api/extract", { method: "POST", body: fd }).then(function (d) {
        msg.textContent = d.saved_id ? t("saved") + ": " + d.saved_id : "";
        highlight(textEl, d.text, d.facts); factList(factsEl, d.facts);
      }).catch(function (err) { msg.className = "form-msg err"; msg.textContent = t("error") + ": " + err.message; });
    });
  }

  /* ---------- compare ---------- */
  function pageCompare() {
    var aSel = document.getElementById("cmp-a"), bSel = document.getElementById("cmp-b"), mSel = document.getElementById("cmp-metric");
    var a = body.dataset.a, b = body.dataset.b, chartEl = document.getElementById("cmp-chart");
    Promise.all([api("/api/regions?level=province&limit=100"), api("/api/map/indicators")]).then(function (res) {
      var regs = res[0].items, inds = res[1].indicators;
      if (!a && regs.length) a = regs[0].code;
      if (!b && regs.length > 1) b = regs[1].code;
      regs.forEach(function (r) {
        aSel.appendChild(el("option", { value: r.code, text: nameOf(r) }));
        bSel.appendChild(el("option", { value: r.code, text: nameOf(r) }));
      });
      aSel.value = a; bSel.value = b;
      inds.forEach(function (ind, i) { mSel.appendChild(el("option", { value: i, text: LANG === "zh" ? ind.label_zh : ind.label_en })); });
      var mi = +(new URLSearchParams(location.search).get("metric") || 0); mSel.value = mi;
      var ind = inds[mi]; if (!ind) { notice(chartEl, t("no_data")); return; }
      var q = function (code) { return api("/api/regions/" + code + "/series?" + indQuery(ind)); };
      var nA = nameOf(regs.filter(function (r) { return r.code === a; })[0]), nB = nameOf(regs.filter(function (r) { return r.code === b; })[0]);
      document.getElementById("cmp-a-name").textContent = nA; document.getElementById("cmp-b-name").textContent = nB;
      Promise.all([q(a), q(b)]).then(function (s) {
        var years = Array.from(new Set(s[0].points.concat(s[1].points).map(function (p) { return p.year; }))).sort();
        var all = s[0].points.concat(s[1].points).map(function (p) { return p.value; });
        var sc = scaleFor(s[0].unit, Math.max.apply(null, all.concat([0])));
        function ser(d) { var m = {}; d.points.forEach(function (p) { m[p.year] = p.value / sc.div; }); return years.map(function (y) { return m[y] == null ? null : m[y]; }); }
        chart(chartEl).setOption({ legend: { top: 0, right: 10 }, tooltip: { trigger: "axis", valueFormatter: function (v) { return fmt(v) + " " + sc.label; } }, grid: { left: 60, right: 20, top: 40, bottom: 30 },
          xAxis: { type: "category", data: years }, yAxis: { type: "value", name: sc.label },
          series: [{ name: nA, type: "bar", data: ser(s[0]), itemStyle: { color: "#1f5fa8" } }, { name: nB, type: "bar", data: ser(s[1]), itemStyle: { color: "#e08a2e" } }] });
      }).catch(failed(chartEl));
      [[a, "cmp-a-roadmap"], [b, "cmp-b-roadmap"]].forEach(function (p) {
        var box = document.getElementById(p[1]);
        api("/api/regions/" + p[0] + "/roadmap").then(function (rm) { roadmapView(box, rm); }).catch(failed(box));
      });
    }).catch(failed(chartEl));
  }

  var pages = { home: pageHome, region: pageRegion, industry: pageIndustry, documents: pageDocuments, document: pageDocument, extract: pageExtract, compare: pageCompare };
  var fn = pages[body.dataset.page];
  if (fn) fn();
  window.indupath = { highlight: highlight };
})();
