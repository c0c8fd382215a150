// Keeps the attendance figures current without taking the reader's place: every few seconds it fetches this page
// and writes the new figures into the text of the elements already shown, so a focused link stays focused and a
// screen reader hears only the total (the one polite live region). A button pauses and resumes the updates
// (WCAG 2.2.2). Without scripts nothing moves and the "Refresh now" link reloads by hand.
(function () {
    "use strict";
    var region = document.getElementById("attendance-live");
    var controls = document.getElementById("attendance-controls");
    var button = document.getElementById("attendance-pause");
    var state = document.getElementById("attendance-state");
    if (!region || !controls || !button || !state || !window.fetch || !window.DOMParser) {
        return;
    }
    var seconds = parseInt(region.getAttribute("data-refresh-seconds"), 10) || 15;
    var paused = false;
    var timer = null;

    controls.hidden = false;
    button.addEventListener("click", function () {
        paused = !paused;
        button.textContent = button.getAttribute(paused ? "data-resume" : "data-pause");
        state.textContent = state.getAttribute(paused ? "data-paused" : "data-live");
        if (paused) {
            window.clearTimeout(timer);
        } else {
            refresh();
        }
    });

    // Elements and text nodes in document order; two regions with the same element sequence differ only in their text.
    function shape(root) {
        var elements = [];
        var texts = [];
        var walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.nodeType === Node.TEXT_NODE) {
                texts.push(node);
            } else {
                elements.push(node.tagName + "#" + (node.getAttribute("href") || ""));
            }
        }
        return { key: elements.join("|"), texts: texts };
    }

    function update(fresh) {
        var now = shape(region);
        var next = shape(fresh);
        if (now.key === next.key && now.texts.length === next.texts.length) {
            for (var i = 0; i < now.texts.length; i++) {
                if (now.texts[i].nodeValue !== next.texts[i].nodeValue) {
                    now.texts[i].nodeValue = next.texts[i].nodeValue;
                }
            }
            return;
        }
        // Rows came or went: rebuild, then give focus back to the same link if it was inside.
        var focused = region.contains(document.activeElement) ? document.activeElement.getAttribute("href") : null;
        region.innerHTML = fresh.innerHTML;
        if (focused) {
            var again = region.querySelector("a[href='" + focused.replace(/'/g, "\\'") + "']");
            (again || region.querySelector("a") || document.getElementById("attendance-pause")).focus({ preventScroll: true });
        }
    }

    function schedule() {
        window.clearTimeout(timer);
        if (!paused) {
            timer = window.setTimeout(refresh, seconds * 1000);
        }
    }

    function refresh() {
        if (paused || document.hidden) {
            schedule();
            return;
        }
        fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                var fresh = html && new DOMParser().parseFromString(html, "text/html").getElementById("attendance-live");
                if (fresh && !paused) {
                    update(fresh);
                }
            })
            .catch(function () { /* keep the figures shown; try again next time */ })
            .then(schedule);
    }

    schedule();
})();
