// Follows the report PDF job: polls its progress and reloads the page when it ends.
// Without scripts a meta refresh in the page head reloads it instead.
(function () {
    "use strict";
    var region = document.getElementById("report-progress");
    if (!region || region.getAttribute("data-finished") === "true" || !window.fetch) {
        return;
    }
    var url = region.getAttribute("data-status-url");
    function poll() {
        fetch(url, { credentials: "same-origin", cache: "no-store", headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (state) {
                if (!state) {
                    return;
                }
                var bar = document.getElementById("report-bar");
                if (bar) {
                    bar.value = state.progress;
                    bar.textContent = state.progress + "%";
                }
                if (state.isFinished) {
                    window.location.reload();
                    return;
                }
                window.setTimeout(poll, 1500);
            })
            .catch(function () { window.setTimeout(poll, 5000); });
    }
    window.setTimeout(poll, 1000);
}());
