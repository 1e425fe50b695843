// The corpus page's tables: rows come from the table's JSON data island and are put into the page one page at a
// time, so a corpus of 10,000 documents opens fast. Find, choose, sort (the headings are buttons), page, and open
// a cluster of near-identical copies. Every control is a native input, select or button: keyboard use comes free.
(function () {
  "use strict";
  var LINKS_SHOWN = 10;  // links in one cell, the rest counted (as corpus.LINKS_SHOWN in the HTML)
  var PRINT_ROWS = 2000;  // rows a table prints at most (all of a corpus of a few dozen documents)

  function isRange(v) { return Array.isArray(v) && v.length === 2 && typeof v[0] === "number"; }
  function plain(n) { return Number.isInteger(n) ? String(n) : String(parseFloat(n.toPrecision(4))); }
  function format(kind, n) { return kind === "share" ? Math.round(n * 100) + "%" : plain(n); }
  function words(v) {
    if (v === null || v === undefined) return "";
    if (Array.isArray(v)) return v.map(function (l) { return Array.isArray(l) ? l[0] : String(l); }).join(", ");
    return String(v);
  }
  // Shown text of a cell, as the page's HTML fallback writes it (used to filter by a column's value).
  function shown(kind, v) {
    if (typeof v === "boolean") return v ? "yes" : "no";
    if (isRange(v)) {
      var low = format(kind, v[0]), high = format(kind, v[1]);
      return low === high ? low : low + "–" + high;
    }
    if (typeof v === "number") return format(kind, v);
    return words(v);
  }
  // A document's name as a cell shows it: a long one as the page's "short-names" data says (graph.short_names),
  // its whole self in a tooltip.
  var names = document.querySelector("script.short-names");
  var SHORT = names ? JSON.parse(names.textContent) : {};
  function nameInto(el, name, short, titled) {
    var form = Object.prototype.hasOwnProperty.call(short, name) ? short[name] : name;
    el.textContent = form;
    if (form !== name) titled.setAttribute("title", name);
    return el;
  }
  function sortKey(v) {
    if (isRange(v)) return v[1];
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    return words(v).toLowerCase();
  }
  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function cell(col, v, row, short) {
    var td = document.createElement("td");
    var kind = col.kind;
    if (kind === "links") {
      (v || []).slice(0, LINKS_SHOWN).forEach(function (link, i) {
        if (i) td.appendChild(document.createTextNode(", "));
        var el = document.createElement(link[1] ? "a" : "span");
        if (link[1]) el.setAttribute("href", link[1]);
        td.appendChild(nameInto(el, String(link[0]), short, el));
      });
      if (v && v.length > LINKS_SHOWN) td.appendChild(document.createTextNode(" and " + (v.length - LINKS_SHOWN) +
        " more"));
      return td;
    }
    if (typeof v === "boolean") { td.textContent = v ? "yes" : "no"; return td; }
    if (kind === "id") {
      td.className = "id";
      if (row.h) {
        var link = document.createElement("a");
        link.setAttribute("href", row.h);
        td.appendChild(nameInto(link, words(v), short, td));
      } else {
        nameInto(td, words(v), short, td);
      }
      return td;
    }
    if (isRange(v) || typeof v === "number") { td.className = "n"; td.textContent = shown(kind, v); return td; }
    if (kind === "verdict" && v) {
      var tag = document.createElement("span");
      tag.className = "tag verdict-" + v;
      tag.textContent = v;
      td.appendChild(tag);
      return td;
    }
    // A document's own words (its title) in its language, as the page's HTML rows mark them: "" where not known.
    if (col.lang && row.l !== undefined) td.setAttribute("lang", row.l);
    td.textContent = words(v);
    return td;
  }

  function Table(root) {
    var data = JSON.parse(root.querySelector("script.table-data").textContent);
    var columns = data.columns;
    var table = root.querySelector("table");
    var body = table.tBodies[0];
    var heads = table.tHead.rows[0].cells;
    var find = root.querySelector("input.find");
    var chooses = Array.prototype.slice.call(root.querySelectorAll("select.choose"));
    var count = root.querySelector(".count");
    var pager = root.querySelector(".pager");
    var where = pager.querySelector(".where");
    var prev = pager.querySelector(".prev");
    var next = pager.querySelector(".next");
    var size = pager.querySelector("select.size");
    var noun = data.name === "pairs" ? "pairs" : "documents";
    var state = {sort: -1, ascending: true, find: "", choose: {}, page: 0, rows: +root.dataset.pageRows || 50,
                 open: {}};
    var total = 0;
    data.rows.forEach(function (r, i) {
      r.i = i;
      total += (r.g ? 0 : 1) + (r.m ? r.m.length : 0);  // a summing-up row stands for its members only
      (r.m || []).forEach(function (m, j) { m.i = j; });
    });

    function text(r) {
      if (r.t === undefined) r.t = r.c.map(words).join("\u0001").toLowerCase();
      return r.t;
    }
    function passes(r) {
      if (state.find && text(r).indexOf(state.find) < 0) return false;
      for (var c in state.choose) {
        if (shown(columns[c].kind, r.c[c]) !== state.choose[c]) return false;
      }
      return true;
    }
    function filtering() { return !!state.find || Object.keys(state.choose).length > 0; }
    // Rows (or {row, members} items) in the chosen order; ties keep the table's own order.
    function order(items) {
      if (state.sort < 0) return items;
      var col = state.sort, sign = state.ascending ? 1 : -1;
      var row = function (x) { return x.row || x; };
      return items.slice().sort(function (a, b) {
        var ka = sortKey(row(a).c[col]), kb = sortKey(row(b).c[col]);
        if ((ka === "") !== (kb === "")) return ka === "" ? 1 : -1;  // blanks last, either way round
        return sign * compare(ka, kb) || row(a).i - row(b).i;
      });
    }
    // The rows a reader can page through: a cluster is kept when it or one of its copies passes the filters, and
    // opened, it shows those of its copies that pass.
    function visible() {
      var out = [];
      var all = !filtering();
      data.rows.forEach(function (r) {
        if (!r.m) {
          if (all || passes(r)) out.push({row: r, members: []});
          return;
        }
        var members = all ? r.m : r.m.filter(passes);
        // A summing-up row ("g") stands only for its copies; a document's row is one of the rows itself.
        if (members.length || (!r.g && (all || passes(r)))) out.push({row: r, members: members});
      });
      return out;
    }

    function expander(r, n) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "expand";
      b.setAttribute("aria-expanded", state.open[r.i] ? "true" : "false");
      b.setAttribute("data-row", r.i);
      b.textContent = (state.open[r.i] ? "− " : "+ ") + n + (n === 1 ? " copy" : " copies");
      b.setAttribute("aria-label", (state.open[r.i] ? "Hide " : "Show ") + n + " near-identical " +
        (n === 1 ? "copy" : "copies") + " of " + words(r.c[0]));
      b.addEventListener("click", function () {
        state.open[r.i] = !state.open[r.i];
        render({focusRow: r.i});
      });
      return b;
    }
    function tr(r, member) {
      var row = document.createElement("tr");
      if (r.a) row.id = r.a;
      if (member) row.className = "member";
      columns.forEach(function (col, c) { row.appendChild(cell(col, r.c[c], r, SHORT)); });
      return row;
    }

    function render(options) {
      options = options || {};
      var rows = order(visible());
      var pages = Math.max(1, Math.ceil(rows.length / state.rows));
      state.page = Math.min(state.page, pages - 1);
      var first = state.page * state.rows;
      var slice = rows.slice(first, first + state.rows);
      var fragment = document.createDocumentFragment();
      slice.forEach(function (item) {
        var r = item.row;
        var row = tr(r, false);
        if (item.members.length) {
          var button = expander(r, item.members.length);
          button.setAttribute("aria-controls", table.id);
          row.cells[0].appendChild(button);
        }
        fragment.appendChild(row);
        if (state.open[r.i]) {
          order(item.members).forEach(function (m) { fragment.appendChild(tr(m, true)); });
        }
      });
      body.textContent = "";
      body.appendChild(fragment);
      var last = Math.min(first + state.rows, rows.length);
      count.textContent = rows.length ?
        "Showing " + (first + 1).toLocaleString("en") + "–" + last.toLocaleString("en") + " of " +
        rows.length.toLocaleString("en") + " rows" + (rows.length < data.rows.length ? " that match" : "") +
        " (" + total.toLocaleString("en") + " " + noun + " in all)." :
        "No rows match.";
      where.textContent = "Page " + (state.page + 1) + " of " + pages;
      prev.disabled = state.page === 0;
      next.disabled = state.page >= pages - 1;
      if (options.focusRow !== undefined) {
        var again = body.querySelector('button.expand[data-row="' + options.focusRow + '"]');
        if (again) again.focus();
      }
    }

    // Sorting: each heading becomes a button; a second press reverses. The button is named by the column's name
    // alone, as it names the column's header (a screen reader says it before every cell: "Sort by ..." was said
    // there); the header's aria-sort says the order, and the arrow drawn for it is hidden from a screen reader.
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      var arrow = document.createElement("span");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      // The heading's soft hyphens (where a long word may break) are for the eye: the button's name is the plain
      // label, what the column is called.
      button.setAttribute("aria-label", th.textContent.replace(/\u00ad/g, ""));
      arrow.className = "arrow";
      arrow.setAttribute("aria-hidden", "true");
      button.appendChild(arrow);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        state.ascending = !(state.sort === col && state.ascending);
        state.sort = col;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", state.ascending ? "ascending" : "descending");
        state.page = 0;
        render();
      });
    });
    // The choices of a column are the values it holds, as they are shown.
    chooses.forEach(function (select) {
      var col = +select.getAttribute("data-column");
      var seen = {};
      data.rows.forEach(function (r) {  // a summing-up row's values are its copies'
        (r.g ? r.m : [r].concat(r.m || [])).forEach(function (x) {
          var v = shown(columns[col].kind, x.c[col]);
          if (v) seen[v] = 1;
        });
      });
      Object.keys(seen).sort().forEach(function (v) {
        var option = document.createElement("option");
        option.value = v;
        option.textContent = v;
        select.appendChild(option);
      });
      select.addEventListener("change", function () {
        if (select.value) state.choose[col] = select.value; else delete state.choose[col];
        state.page = 0;
        render();
      });
    });
    find.addEventListener("input", function () {
      state.find = find.value.trim().toLowerCase();
      state.page = 0;
      render();
    });
    prev.addEventListener("click", function () { state.page -= 1; render(); });
    next.addEventListener("click", function () { state.page += 1; render(); });
    size.addEventListener("change", function () { state.rows = +size.value; state.page = 0; render(); });

    // A link to a row that is not on the page (a node of the graph, "#doc-12"): clear the filters, open its
    // cluster, turn to its page, and go there.
    this.reveal = function (anchor) {
      var found = null;
      data.rows.forEach(function (r) {
        if (r.a === anchor) found = {top: r};
        (r.m || []).forEach(function (m) { if (m.a === anchor) found = {top: r, member: m}; });
      });
      if (!found) return false;
      state.find = "";
      find.value = "";
      state.choose = {};
      chooses.forEach(function (s) { s.value = ""; });
      if (found.member) state.open[found.top.i] = true;
      var rows = order(visible());
      for (var k = 0; k < rows.length; k++) {
        if (rows[k].row === found.top) { state.page = Math.floor(k / state.rows); break; }
      }
      render();
      var el = document.getElementById(anchor);
      if (el) {
        Array.prototype.forEach.call(document.querySelectorAll("tr.target"), function (t) {
          t.classList.remove("target");
        });
        el.classList.add("target");
        el.scrollIntoView();
      }
      return true;
    };

    // Printing: every row that passes the filters (up to PRINT_ROWS), and a line that says what the paper holds;
    // the screen's page comes back after.
    var printNote = document.createElement("p");
    printNote.className = "print-note";
    root.insertBefore(printNote, root.querySelector(".scroll"));
    var onScreen = null;
    window.addEventListener("beforeprint", function () {
      onScreen = {page: state.page, rows: state.rows};
      var rows = visible().length;
      state.page = 0;
      state.rows = Math.max(1, Math.min(rows, PRINT_ROWS));
      render();
      printNote.textContent = count.textContent.replace(/^Showing/, "Printed:") +
        (rows > state.rows ? " The rest are in the corpus's CSV files." : "");
    });
    window.addEventListener("afterprint", function () {
      if (!onScreen) return;
      state.page = onScreen.page;
      state.rows = onScreen.rows;
      onScreen = null;
      render();
    });

    root.querySelector(".tools").hidden = false;
    pager.hidden = false;
    var fallback = root.querySelector(".fallback");
    if (fallback) fallback.hidden = true;
    render();
  }

  var tables = Array.prototype.map.call(document.querySelectorAll(".datatable"), function (root) {
    return new Table(root);
  });
  function go() {
    var anchor = decodeURIComponent(location.hash.slice(1));
    if (!anchor) return;
    for (var k = 0; k < tables.length; k++) {
      if (tables[k].reveal(anchor)) return;
    }
  }
  window.addEventListener("hashchange", go);
  go();
})();
