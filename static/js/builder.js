/*
 * The workout builder without page loads: when a row changes, fetch the same
 * GET URL the form would load, and swap in the page's #build-result. The form
 * and the server do all the work; without this file the button does the same.
 * Same origin only, no inline code (the CSP allows neither more nor less).
 */
(function () {
  "use strict";

  var form = document.querySelector("form.build-form");
  var result = document.getElementById("build-result");
  var status = document.getElementById("build-status");
  if (!form || !result || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var rows = form.querySelector(".build-rows");
  var maxRows = parseInt(form.getAttribute("data-max-rows"), 10) || 12;
  var timer = null;
  var latest = 0;

  function renumber(row, number) {
    row.querySelector("legend").textContent = "Exercise " + number;
    row.querySelectorAll("[id], [name], [for]").forEach(function (element) {
      ["id", "name", "for"].forEach(function (attribute) {
        var value = element.getAttribute(attribute);
        if (value) {
          element.setAttribute(attribute, value.replace(/[0-9]+$/, String(number)));
        }
      });
    });
  }

  // Keep one empty row at the end, up to the limit, so a reader can always add an exercise.
  function keepAnEmptyRow() {
    var all = rows.querySelectorAll(".build-row");
    var last = all[all.length - 1];
    if (!last || all.length >= maxRows || last.querySelector("select").value === "") {
      return;
    }
    var row = last.cloneNode(true);
    renumber(row, all.length + 1);
    row.querySelector("select").value = "";
    rows.appendChild(row);
  }

  function update() {
    var query = new URLSearchParams(new FormData(form)).toString();
    var url = form.getAttribute("action") + (query ? "?" + query : "");
    var request = ++latest;
    status.textContent = "Updating…";
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.text().then(function (html) {
          return { url: response.url, html: html };
        });
      })
      .then(function (answer) {
        if (request !== latest) {
          return; // a newer change is on its way
        }
        var page = new DOMParser().parseFromString(answer.html, "text/html");
        var fresh = page.getElementById("build-result");
        if (!fresh) {
          throw new Error("no result in the answer");
        }
        result.replaceChildren.apply(result, Array.prototype.slice.call(fresh.childNodes));
        document.title = page.title;
        window.history.replaceState(null, "", answer.url);
        var error = result.querySelector(".build-error p");
        var gaps = result.querySelectorAll(".finding-gap").length;
        status.textContent = error
          ? error.textContent
          : "Updated: " + gaps + (gaps === 1 ? " gap." : " gaps.");
      })
      .catch(function () {
        if (request === latest) {
          status.textContent = "Could not update the result; use the “Show what it trains” button.";
        }
      });
  }

  function later(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, delay);
  }

  form.addEventListener("change", function () {
    keepAnEmptyRow();
    later(50);
  });
  form.addEventListener("input", function (event) {
    if (event.target.tagName === "INPUT") {
      later(500);
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    update();
  });
})();
