// The diagnose page: the verdict follows the claim as it is typed (a short pause after the last
// key), from GET /diagnose/preview, which diagnoses without keeping anything. The fragment is the
// server's own escaped HTML. Without JavaScript the form still posts as before.
(function () {
  "use strict";
  var form = document.getElementById("diagnose-form");
  var out = document.getElementById("preview");
  if (!form || !out || !window.fetch) { return; }
  var timer = null;
  var asked = 0;
  function update() {
    var data = new FormData(form);
    var params = new URLSearchParams();
    ["pack", "claim", "said_on", "speaker"].forEach(function (k) { params.set(k, data.get(k) || ""); });
    if (!String(data.get("claim") || "").trim()) { out.textContent = ""; return; }
    var mine = ++asked;
    fetch("/diagnose/preview?" + params.toString(), { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) { if (mine === asked) { out.innerHTML = html; } })
      .catch(function () { /* the form still works */ });
  }
  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
})();
