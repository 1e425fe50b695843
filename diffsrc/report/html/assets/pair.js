(function () {
  var bar = document.getElementById("filters");
  if (!bar) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  // An altered quote's row sits under the row of its sentences and carries that row's label: shown with it.
  var quoteRows = Array.prototype.slice.call(document.querySelectorAll("tr.quote-row"));
  var status = document.getElementById("filter-status");
  var buttons = Array.prototype.slice.call(bar.querySelectorAll("button[data-filter]"));
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function show(filter) {
    var shown = 0;
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-filter") === filter ? "true" : "false");
    });
    rows.forEach(function (r) {
      var keep = filter === "all" || r.getAttribute("data-label") === filter;
      r.hidden = !keep;
      if (keep) shown++;
    });
    quoteRows.forEach(function (r) {
      r.hidden = !(filter === "all" || r.getAttribute("data-label") === filter);
    });
    status.textContent = filter === "all" ? "Showing all " + plural(rows.length, "row") + "." :
      "Showing " + shown + " " + filter + " row" + (shown === 1 ? "" : "s") + " of " + rows.length + ".";
  }
  buttons.forEach(function (b) { b.addEventListener("click", function () { show(b.getAttribute("data-filter")); }); });
  // A link to a sentence (from a finding) must not land on a row the filter hides.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    var row = el && el.closest ? el.closest("tr.row, tr.quote-row") : null;
    if (row && row.hidden) { show("all"); el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);
  bar.hidden = false;

  // From change to change: the rows that are not verbatim or hold a finding (data-change), among those shown.
  var jump = document.getElementById("jump");
  var said = document.getElementById("change-status");
  var current = null;
  function changes() {
    return rows.filter(function (r) { return !r.hidden && r.hasAttribute("data-change"); });
  }
  function inView(el) {
    var box = el.getBoundingClientRect();
    return box.bottom > jump.getBoundingClientRect().bottom && box.top < window.innerHeight;
  }
  function go(step, focusRow) {
    var list = changes();
    if (!list.length) { said.textContent = "No change among the rows shown."; return; }
    var i = current ? list.indexOf(current) : -1;
    var next;
    if (i >= 0 && inView(current)) {
      next = i + step;
    } else {
      // From where the reader is: the first change from the top of the window down, or the last one above it.
      var top = jump.getBoundingClientRect().bottom;
      var below = list.findIndex(function (r) { return r.getBoundingClientRect().top >= top - 1; });
      if (below < 0) below = list.length;
      next = step > 0 ? below : below - 1;
    }
    if (next < 0 || next >= list.length) {
      said.textContent = (step > 0 ? "No change below" : "No change above") + " (" + plural(list.length, "change") +
        " shown).";
      return;
    }
    if (current) current.classList.remove("current");
    current = list[next];
    current.classList.add("current");
    current.setAttribute("tabindex", "-1");
    current.scrollIntoView({block: "center"});
    if (focusRow) current.focus({preventScroll: true});
    said.textContent = "Change " + (next + 1) + " of " + list.length + ": " + current.getAttribute("data-label") + ".";
  }
  document.getElementById("next-change").addEventListener("click", function () { go(1, false); });
  document.getElementById("prev-change").addEventListener("click", function () { go(-1, false); });
  document.addEventListener("keydown", function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    var t = e.target;
    // Never while typing: in a form field or any editable text.
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (e.key === "n") { go(1, true); e.preventDefault(); }
    else if (e.key === "p") { go(-1, true); e.preventDefault(); }
  });
  jump.hidden = false;
  // The alignment's column headings stay at the top of the window, under this bar, whatever its height.
  function headingsUnderBar() {
    document.documentElement.style.setProperty("--jump-height", jump.offsetHeight + "px");
  }
  headingsUnderBar();
  window.addEventListener("resize", headingsUnderBar);
})();
