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
                    phase.textContent = run.phase;
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
