// sukien: small progressive enhancements; every page works without JavaScript.
(function () {
  "use strict";
  // Article legend: the checkboxes show or hide one layer of highlights.
  var legend = document.getElementById("legend");
  if (legend) {
    legend.addEventListener("change", function (event) {
      var box = event.target;
      if (!box || !box.dataset || !box.dataset.layer) return;
      document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  }
  // Article text: a tap (or click) on a highlight shows its tooltip in a box, for screens
  // without hover. The text is set with textContent: never parsed as HTML.
  var text = document.getElementById("article-text");
  if (text) {
    var tip = document.createElement("div");
    tip.id = "tip";
    tip.setAttribute("role", "status");
    tip.hidden = true;
    document.body.appendChild(tip);
    document.addEventListener("click", function (event) {
      var mark = event.target.closest ? event.target.closest("span.m[title]") : null;
      if (mark && text.contains(mark)) {
        tip.textContent = mark.getAttribute("title");
        tip.hidden = false;
      } else if (!tip.contains(event.target)) {
        tip.hidden = true;
      }
    });
  }
})();
