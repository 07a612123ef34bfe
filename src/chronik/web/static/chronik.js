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
    // Keyboard: [ and ] step through the periods, - zooms out.
    document.addEventListener("keydown", function (ev) {
      if (ev.target.closest && ev.target.closest("input, textarea, select")) { return; }
      var rel = { "[": "a[rel=prev]", "]": "a[rel=next]" }[ev.key];
      var link = rel ? document.querySelector(".zoombar " + rel) : null;
      if (link) { window.location = link.href; }
    });
  }
})();
