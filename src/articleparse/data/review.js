/* articleparse review pages: record panel, span marking, table sorting, entity filter.
   Record data is read from JSON and shown with textContent only: nothing from a document becomes markup. */
(function () {
  "use strict";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function setupArticle(section) {
    var source = section.querySelector("script.review-data");
    if (!source) return null;
    var data = JSON.parse(source.textContent);
    var panel = section.querySelector(".panel");

    function clear() {
      section.querySelectorAll(".hl.marked").forEach(function (n) { n.classList.remove("marked"); });
      section.querySelectorAll("tr.selected").forEach(function (n) { n.classList.remove("selected"); });
    }

    function markSpan(markId, scroll) {
      var pieces = section.querySelectorAll('.hl[data-m~="' + markId + '"]');
      pieces.forEach(function (n) { n.classList.add("marked"); });
      if (scroll && pieces.length) pieces[0].scrollIntoView({ block: "center", inline: "nearest" });
      return pieces.length;
    }

    function showRecords(ids) {
      panel.textContent = "";
      ids.forEach(function (id) {
        var rec = data.records[id];
        if (!rec) return;
        var box = el("div", "record");
        box.dataset.record = id;
        var head = el("h3");
        head.appendChild(el("span", "kind k-" + rec.kind, rec.kind));
        head.appendChild(document.createTextNode(rec.title));
        box.appendChild(head);
        var list = el("dl");
        rec.fields.forEach(function (pair) {
          list.appendChild(el("dt", null, pair[0]));
          var dd = el("dd", null, pair[1]);
          dd.dataset.field = pair[0].toLowerCase().replace(/[^a-z]+/g, "-");
          list.appendChild(dd);
        });
        box.appendChild(list);
        var missing = rec.marks.filter(function (m) { return data.marks[m] && !data.marks[m].placed; });
        if (missing.length) box.appendChild(el("p", "note", "Its evidence span is not found in the shown text."));
        panel.appendChild(box);
      });
    }

    function selectRecord(id, scroll) {
      var rec = data.records[id];
      if (!rec) return;
      clear();
      rec.marks.forEach(function (m, i) { markSpan(m, scroll && i === 0); });
      section.querySelectorAll('tr[data-record="' + id + '"]').forEach(function (n) { n.classList.add("selected"); });
      showRecords([id]);
    }

    function selectMarks(markIds, first) {
      clear();
      markSpan(markIds[0], false);
      var ids = first ? [first] : [];
      markIds.forEach(function (m) {
        (data.marks[m] ? data.marks[m].records : []).forEach(function (r) {
          if (ids.indexOf(r) < 0) ids.push(r);
        });
      });
      showRecords(ids);
    }

    section.addEventListener("click", function (event) {
      var link = event.target.closest("a[data-mark]");
      if (link) {
        event.preventDefault();
        selectMarks([link.dataset.mark], link.dataset.record);
        markSpan(link.dataset.mark, true);
        return;
      }
      var piece = event.target.closest(".hl");
      if (piece) {
        selectMarks(piece.dataset.m.split(" "), null);
        return;
      }
      var row = event.target.closest("tr[data-record]");
      if (row) selectRecord(row.dataset.record, true);
    });
    section.addEventListener("keydown", function (event) {
      var row = event.target.closest && event.target.closest("tr[data-record]");
      if (row && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        selectRecord(row.dataset.record, true);
      }
    });
    return { prefix: section.dataset.prefix, data: data, selectRecord: selectRecord, selectMarks: selectMarks };
  }

  var articles = [];
  document.querySelectorAll("section.article").forEach(function (s) {
    var a = setupArticle(s);
    if (a) articles.push(a);
  });

  function followHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    articles.forEach(function (a) {
      if (a.data.records[id]) a.selectRecord(id, true);
      else if (a.data.marks[id]) a.selectMarks([id], null);
    });
  }
  if (articles.length) {
    window.addEventListener("hashchange", followHash);
    if (location.hash) followHash();
  }

  /* sortable tables: click a heading; numbers sort by data-value */
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      th.tabIndex = 0;
      function sort() {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var numeric = th.dataset.type === "num";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c1 = r1.cells[col], c2 = r2.cells[col];
          var v1 = c1.dataset.value !== undefined ? c1.dataset.value : c1.textContent.trim();
          var v2 = c2.dataset.value !== undefined ? c2.dataset.value : c2.textContent.trim();
          var d = numeric ? Number(v1) - Number(v2) : v1.localeCompare(v2, "de");
          return asc ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
    });
  });

  /* entity filter on the corpus page */
  var filter = document.querySelector(".entity-filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var q = filter.value.trim().toLowerCase();
      document.querySelectorAll("figure.chart").forEach(function (f) {
        f.classList.toggle("hidden", q !== "" && f.dataset.entity.toLowerCase().indexOf(q) < 0);
      });
    });
  }
})();
