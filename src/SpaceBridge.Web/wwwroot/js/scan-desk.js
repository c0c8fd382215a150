// Progressive enhancement of the check-in desk and session door: post the scan in the background, show the
// result without a reload and keep the box focused for the next badge. Without scripts the form posts as usual.
(function () {
    "use strict";
    var form = document.querySelector("form[data-scan-form]");
    if (!form || !window.fetch || !window.DOMParser) {
        return;
    }
    var box = form.querySelector("input[name=Token]");
    var busy = false;
    form.addEventListener("submit", function (event) {
        if (busy) {
            event.preventDefault();
            return;
        }
        event.preventDefault();
        busy = true;
        fetch(form.action || window.location.href, { method: "POST", body: new FormData(form), credentials: "same-origin" })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                var page = new DOMParser().parseFromString(html, "text/html");
                if (page.getElementById("error-summary")) {
                    // The form itself was refused (e.g. a desk name too long): show the whole page with its error summary.
                    form.submit();
                    return;
                }
                var swapped = 0;
                ["scan-result", "recent"].forEach(function (id) {
                    var fresh = page.getElementById(id);
                    var current = document.getElementById(id);
                    if (fresh && current) {
                        current.innerHTML = fresh.innerHTML;
                        swapped++;
                    }
                });
                if (swapped === 0) {
                    // Not the page we expected (e.g. a rate-limit notice): let the browser show it.
                    form.submit();
                    return;
                }
                box.value = "";
                box.focus();
            })
            .catch(function () { form.submit(); })
            .then(function () { busy = false; });
    });
})();
