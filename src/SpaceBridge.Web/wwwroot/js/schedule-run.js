// Follows a schedule run: polls its JSON status and moves the progress bar; reloads the page when the run ends.
// Without scripts a meta refresh in the page head reloads it instead.
(function () {
    "use strict";
    var region = document.getElementById("run-progress");
    if (!region || region.getAttribute("data-finished") === "true" || !window.fetch) {
        return;
    }
    var url = region.getAttribute("data-status-url");
    var bar = document.getElementById("run-bar");
    var phase = document.getElementById("run-phase");
    // The phases in the reader's language; a phrase the page does not know is shown as the scheduler wrote it, in English.
    var phases = {};
    try { phases = JSON.parse(region.getAttribute("data-phases") || "{}"); } catch (e) { phases = {}; }
    function showPhase(text) {
        var known = Object.prototype.hasOwnProperty.call(phases, text) ? phases[text]
            : Object.keys(phases).filter(function (k) { return k.toLowerCase() === text.toLowerCase(); }).map(function (k) { return phases[k]; })[0];
        phase.textContent = known || text;
        if (known || document.documentElement.lang === "en") {
            phase.removeAttribute("lang");
        } else {
            phase.setAttribute("lang", "en");
        }
    }
    function poll() {
        fetch(url, { credentials: "same-origin", cache: "no-store", headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (run) {
                if (!run) {
                    return;
                }
                var percent = Math.round((run.progress || 0) * 100);
                bar.value = percent;
                bar.textContent = percent + "%";
                if (run.phase) {
                    showPhase(run.phase);
                }
                if (run.isFinished) {
                    window.location.reload();
                    return "done";
                }
            })
            .catch(function () { /* try again next time */ })
            .then(function (state) {
                if (state !== "done") {
                    window.setTimeout(poll, 500);
                }
            });
    }
    window.setTimeout(poll, 500);
})();
