(function () {
  var bar = document.getElementById("filters");
  if (!bar) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  var status = document.getElementById("filter-status");
  var buttons = Array.prototype.slice.call(bar.querySelectorAll("button[data-filter]"));
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
    status.textContent = filter === "all" ? "Showing all " + rows.length + " rows." :
      "Showing " + shown + " " + filter + " row" + (shown === 1 ? "" : "s") + " of " + rows.length + ".";
  }
  buttons.forEach(function (b) { b.addEventListener("click", function () { show(b.getAttribute("data-filter")); }); });
  // A link to a sentence (from a finding) must not land on a row the filter hides.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    var row = el && el.closest ? el.closest("tr.row") : null;
    if (row && row.hidden) { show("all"); el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);
  bar.hidden = false;
})();
