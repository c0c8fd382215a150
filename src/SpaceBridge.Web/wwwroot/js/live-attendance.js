// Keeps the attendance figures current: reloads the figures region of this page every few seconds.
// Without scripts the "Refresh now" link does the same by hand.
(function () {
    "use strict";
    var region = document.getElementById("attendance-live");
    if (!region || !window.fetch || !window.DOMParser) {
        return;
    }
    var seconds = parseInt(region.getAttribute("data-refresh-seconds"), 10) || 15;
    function refresh() {
        fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (!html) {
                    return;
                }
                var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("attendance-live");
                if (fresh) {
                    region.innerHTML = fresh.innerHTML;
                }
            })
            .catch(function () { /* keep the figures shown; try again next time */ })
            .then(function () { window.setTimeout(refresh, seconds * 1000); });
    }
    window.setTimeout(refresh, seconds * 1000);
})();
