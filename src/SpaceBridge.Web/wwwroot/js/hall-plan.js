// The hall plan's booths take pointer users to their exhibitor in the directory below; keyboard and screen-reader users
// have the same links in the table beside the plan.
(function () {
    "use strict";
    document.querySelectorAll("svg.hall-plan .booth").forEach(function (booth) {
        var exhibitor = booth.getAttribute("data-exhibitor");
        if (!exhibitor) {
            return;
        }
        booth.addEventListener("click", function () {
            var target = document.getElementById("exhibitor-" + exhibitor);
            if (target) {
                window.location.hash = "exhibitor-" + exhibitor;
                target.focus && target.setAttribute("tabindex", "-1");
                target.focus();
            }
        });
    });
})();
