// recoupe: small enhancements; every page reads the same without them.
(function () {
  "use strict";

  // Article: the legend becomes switches for each kind of mark.
  function markSwitches() {
    var legend = document.getElementById("legend");
    var body = document.getElementById("article-body");
    if (!legend || !body) return;
    var kinds = [["quote", "Citations"], ["entity", "Entités"], ["date", "Dates"]];
    var box = document.createElement("span");
    box.className = "legend-switches";
    kinds.forEach(function (k) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "checkbox";
      input.checked = true;
      input.addEventListener("change", function () {
        [body, document.querySelector(".article-title"), document.querySelector(".article-view .lead")].forEach(function (el) {
          if (el) el.classList.toggle("marks-off-" + k[0], !input.checked);
        });
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(k[1]));
      box.appendChild(label);
    });
    var title = legend.querySelector(".legend-title");
    if (title) title.textContent = "Repères (cliquez pour masquer) :";
    legend.appendChild(box);
  }

  // Coverage matrix: the row and the column of the cell under the pointer.
  function coverageFocus() {
    var tables = document.querySelectorAll("table.coverage");
    Array.prototype.forEach.call(tables, function (table) {
      var heads = table.querySelectorAll("thead th");
      function clear() {
        Array.prototype.forEach.call(table.querySelectorAll(".active"), function (el) { el.classList.remove("active"); });
      }
      table.addEventListener("mouseover", function (ev) {
        var cell = ev.target.closest ? ev.target.closest("td") : null;
        clear();
        if (!cell) return;
        var row = cell.parentNode;
        var idx = Array.prototype.indexOf.call(row.children, cell);
        if (heads[idx]) heads[idx].classList.add("active");
        if (row.firstElementChild) row.firstElementChild.classList.add("active");
      });
      table.addEventListener("mouseleave", clear);
    });
  }

  // "/" puts the cursor in the search box.
  function searchShortcut() {
    document.addEventListener("keydown", function (ev) {
      if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var t = ev.target;
      if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
      var box = document.getElementById("q") || document.getElementById("site-q");
      if (box) {
        ev.preventDefault();
        box.focus();
        box.select();
      }
    });
  }

  function start() {
    markSwitches();
    coverageFocus();
    searchShortcut();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
