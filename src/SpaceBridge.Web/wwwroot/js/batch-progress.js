// Follows an e-mail batch: polls its figures and writes them in place (never moving the focus); only the status line,
// a polite live region, is announced. The pause button stops and resumes the polling. Without scripts a meta refresh
// in the page head reloads the page instead.
(function () {
    "use strict";
    var region = document.getElementById("batch-progress");
    if (!region || region.getAttribute("data-finished") === "true" || !window.fetch) {
        return;
    }
    var url = region.getAttribute("data-status-url");
    var status = document.getElementById("batch-state");
    var bar = document.getElementById("batch-bar");
    var pause = document.getElementById("batch-pause");
    var paused = false;
    var timer = null;
    var running = status ? status.getAttribute("data-running") : "";

    function figure(name, value) {
        var cell = region.querySelector("[data-figure='" + name + "']");
        if (cell && cell.textContent !== String(value)) {
            cell.textContent = String(value);
        }
    }

    function show(state) {
        figure("sent", state.sent);
        figure("pending", state.pending);
        figure("failed", state.failed);
        figure("total", state.total);
        if (bar) {
            bar.max = Math.max(1, state.total);
            bar.value = state.sent + state.failed;
            bar.textContent = (state.sent + state.failed) + " / " + state.total;
        }
        if (status) {
            var text = state.isFinished
                ? status.getAttribute("data-done")
                : running.replace("{0}", String(state.sent)).replace("{1}", String(state.total));
            if (status.textContent !== text) {
                status.textContent = text;
            }
        }
    }

    function poll() {
        timer = null;
        fetch(url, { credentials: "same-origin", cache: "no-store", headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (state) {
                if (!state) {
                    return;
                }
                show(state);
                if (state.isFinished) {
                    if (pause) {
                        pause.hidden = true;
                    }
                    return;
                }
                if (!paused) {
                    timer = window.setTimeout(poll, 1500);
                }
            })
            .catch(function () {
                if (!paused) {
                    timer = window.setTimeout(poll, 5000);
                }
            });
    }

    if (pause) {
        var pauseText = pause.textContent;
        pause.hidden = false;
        pause.addEventListener("click", function () {
            paused = !paused;
            pause.textContent = paused ? pause.getAttribute("data-resume") : pauseText;
            pause.setAttribute("aria-pressed", paused ? "true" : "false");
            if (paused && timer !== null) {
                window.clearTimeout(timer);
                timer = null;
            } else if (!paused && timer === null) {
                poll();
            }
        });
    }
    timer = window.setTimeout(poll, 1000);
}());
