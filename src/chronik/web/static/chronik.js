// chronik: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Timeline filters: apply a changed select at once.
  var form = document.getElementById("filters");
  if (form) {
    form.querySelectorAll("select").forEach(function (sel) {
      sel.addEventListener("change", function () { form.requestSubmit(); });
    });
    // Leave empty fields out of the URL, so links stay short and shareable.
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) {
        if (el.name && !el.value) { el.disabled = true; }
      });
    });
  }
  // Timeline chart: a tooltip that follows the pointer (the SVG <title> stays for no-JS).
  var chart = document.getElementById("chart");
  if (chart) {
    var tip = document.createElement("div");
    tip.id = "tl-tip";
    tip.hidden = true;
    document.body.appendChild(tip);
    chart.addEventListener("mousemove", function (ev) {
      var g = ev.target.closest ? ev.target.closest("g") : null;
      var t = g ? g.querySelector("title") : null;
      if (!t) { tip.hidden = true; return; }
      tip.textContent = t.textContent;  // text, never HTML
      tip.hidden = false;
      tip.style.left = (ev.pageX + 14) + "px";
      tip.style.top = (ev.pageY + 14) + "px";
    });
    chart.addEventListener("mouseleave", function () { tip.hidden = true; });
    // Double-click on the chart: zoom in one level around that date (year → month → day).
    var svg = chart.querySelector("svg.tl");
    var next = { all: "year", year: "month", month: "day", day: "day" };
    if (svg && svg.dataset.lo) {
      svg.addEventListener("dblclick", function (ev) {
        var box = svg.getBoundingClientRect();
        var vb = svg.viewBox.baseVal;
        var x = (ev.clientX - box.left) * vb.width / box.width;
        var left = +svg.dataset.left, right = +svg.dataset.right;
        if (x < left || x > right) { return; }
        var lo = new Date(svg.dataset.lo + "T00:00:00Z");
        var day = new Date(lo.getTime() + Math.floor((x - left) / (right - left) * +svg.dataset.days) * 86400000);
        var iso = day.toISOString().slice(0, 10);
        var zoom = next[svg.dataset.zoom] || "year";
        var url = new URL(window.location.href);
        url.searchParams.set("zoom", zoom);
        url.searchParams.set("at", zoom === "year" ? iso.slice(0, 4) : zoom === "month" ? iso.slice(0, 7) : iso);
        url.searchParams.delete("page");
        window.location = url.toString();
      });
    }
    // Keyboard: [ and ] step through the periods, - zooms out.
    document.addEventListener("keydown", function (ev) {
      if (ev.target.closest && ev.target.closest("input, textarea, select")) { return; }
      var rel = { "[": "a[rel=prev]", "]": "a[rel=next]" }[ev.key];
      var link = rel ? document.querySelector(".zoombar " + rel) : null;
      if (link) { window.location = link.href; }
    });
  }
})();
