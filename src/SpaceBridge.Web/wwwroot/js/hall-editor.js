// The booth editor's preview follows the form while typing: the draft booth is redrawn from the code, x, y, width and
// height fields. The server draws the same preview when the form is sent, so nothing depends on this script.
(function () {
    "use strict";
    var form = document.querySelector("form[data-booth-form]");
    var draft = document.querySelector("#hall-preview .booth.draft");
    if (!form || !draft) {
        return;
    }
    var rect = draft.querySelector("rect");
    var text = draft.querySelector("text");
    function value(name) {
        var input = form.querySelector("[name='Booth." + name + "']");
        var n = input ? parseInt(input.value, 10) : NaN;
        return isNaN(n) ? 0 : n;
    }
    function redraw() {
        var x = value("X"), y = value("Y"), w = Math.max(value("Width"), 0), h = Math.max(value("Height"), 0);
        rect.setAttribute("x", x);
        rect.setAttribute("y", y);
        rect.setAttribute("width", w);
        rect.setAttribute("height", h);
        text.setAttribute("x", x + w / 2);
        text.setAttribute("y", y + h / 2);
        var code = form.querySelector("[name='Booth.Code']");
        text.textContent = code ? code.value : "";
    }
    form.addEventListener("input", redraw);
})();
