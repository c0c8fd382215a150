// The lead scanner: every scan gets its own id on this device and goes into an IndexedDB queue first, then the queue
// is sent to the server as a batch. The server stores each scan id once, so sending the queue again (after a lost
// answer, on reconnecting, from a reload) never makes a second lead. Without scripts the form posts as usual.
(function () {
    "use strict";
    var form = document.querySelector("form[data-lead-scanner]");
    if (!form || !window.indexedDB || !window.fetch || !window.Promise) {
        return;
    }
    var exhibitorId = form.getAttribute("data-exhibitor-id");
    var batchUrl = "/api/v1/exhibitors/" + exhibitorId + "/leads/batch";
    var text = document.getElementById("scanner-text").dataset;
    var status = document.getElementById("scan-status");
    var pending = document.getElementById("sync-state");
    var token = form.querySelector("[name=Token]");
    var syncing = false;
    // A sync asked for while one runs (the network came back during a failing try) runs once more after it.
    var again = false;

    function say(message, refused) {
        status.textContent = message;
        status.className = "scan-status" + (refused ? " refused" : "");
        status.hidden = false;
    }

    function format(template, value) {
        return template.replace("{0}", value);
    }

    function newId() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    }

    // IndexedDB: one store of queued scans, keyed by their scan id.
    var dbPromise = new Promise(function (resolve, reject) {
        var open = indexedDB.open("spacebridge-lead-scanner", 1);
        open.onupgradeneeded = function () {
            var store = open.result.createObjectStore("scans", { keyPath: "clientScanId" });
            store.createIndex("exhibitorId", "exhibitorId");
        };
        open.onsuccess = function () { resolve(open.result); };
        open.onerror = function () { reject(open.error); };
    });

    function store(mode, work) {
        return dbPromise.then(function (db) {
            return new Promise(function (resolve, reject) {
                var tx = db.transaction("scans", mode);
                var result = work(tx.objectStore("scans"));
                tx.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : undefined); };
                tx.onerror = function () { reject(tx.error); };
            });
        });
    }

    function queued() {
        return store("readonly", function (s) { return s.index("exhibitorId").getAll(exhibitorId); })
            .then(function (all) { return (all || []).sort(function (a, b) { return a.queuedAt - b.queuedAt; }); });
    }

    function showPending() {
        return queued().then(function (all) {
            pending.textContent = all.length === 0 ? text.allSynced : format(text.waiting, all.length);
            pending.setAttribute("data-pending", String(all.length));
            return all;
        });
    }

    function describe(result) {
        if (result.outcome === "recorded" || result.outcome === "existing") {
            var lead = result.lead;
            var who = lead.visitor ? lead.visitor.romanizedName + " (" + lead.visitor.organizationName + ")" : text.anonymous;
            return format(result.outcome === "recorded" ? text.recorded : text.existing, who);
        }
        return text["refused" + result.outcome.replace(/-(\w)/g, function (_, c) { return c.toUpperCase(); }).replace(/^\w/, function (c) { return c.toUpperCase(); })] || text.refused;
    }

    function sync() {
        if (syncing) {
            again = true;
            return Promise.resolve();
        }
        syncing = true;
        again = false;
        return queued().then(function (all) {
            if (all.length === 0) {
                return;
            }
            var scans = all.slice(0, 200).map(function (s) {
                return { clientScanId: s.clientScanId, token: s.token, scannedAtUtc: s.scannedAtUtc, rating: s.rating, notes: s.notes };
            });
            return fetch(batchUrl, {
                method: "POST",
                credentials: "same-origin",
                headers: { "Content-Type": "application/json", "Accept": "application/json" },
                body: JSON.stringify({ scans: scans })
            }).then(function (response) {
                if (response.status === 401 || response.status === 403) {
                    say(text.signIn, true);
                    return;
                }
                if (!response.ok) {
                    // Kept in the queue; sent again later.
                    return;
                }
                return response.json().then(function (results) {
                    // Every answered scan leaves the queue: stored now, stored before, or refused for good.
                    return store("readwrite", function (s) {
                        results.forEach(function (r) { s.delete(r.clientScanId); });
                    }).then(function () {
                        if (results.length > 0) {
                            var last = results[results.length - 1];
                            var refused = last.outcome !== "recorded" && last.outcome !== "existing";
                            say(results.length === 1 ? describe(last) : format(text.synced, results.length) + " " + describe(last), refused);
                        }
                    });
                });
            }).catch(function () { /* Offline: the queue waits for the next try. */ });
        }).then(function () {
            syncing = false;
            return showPending();
        }, function () {
            syncing = false;
        }).then(function () {
            if (again) {
                return sync();
            }
        });
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var value = token.value.trim();
        if (!value) {
            say(text.empty, true);
            token.focus();
            return;
        }
        var ratingField = form.querySelector("[name=Rating]");
        var notesField = form.querySelector("[name=Notes]");
        var scan = {
            clientScanId: newId(),
            exhibitorId: exhibitorId,
            token: value,
            scannedAtUtc: new Date().toISOString(),
            rating: ratingField && ratingField.value ? parseInt(ratingField.value, 10) : null,
            notes: notesField && notesField.value ? notesField.value : null,
            queuedAt: Date.now()
        };
        store("readwrite", function (s) { s.put(scan); }).then(function () {
            token.value = "";
            if (notesField) { notesField.value = ""; }
            if (ratingField) { ratingField.value = ""; }
            token.focus();
            say(navigator.onLine === false ? text.savedOffline : text.saved, false);
            return showPending();
        }).then(sync);
    });

    window.addEventListener("online", sync);
    setInterval(sync, 30000);
    showPending().then(sync);

    // The page's shell is kept by the service worker, so it opens without a network.
    if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register("/exhibitors/lead-scanner-sw.js", { scope: "/exhibitors/" }).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (registration) {
            var urls = [window.location.pathname];
            document.querySelectorAll("script[src], link[rel=stylesheet], link[rel=manifest]").forEach(function (el) {
                urls.push(el.getAttribute("src") || el.getAttribute("href"));
            });
            if (registration.active) {
                registration.active.postMessage({ type: "cache-shell", urls: urls });
            }
        }).catch(function () { /* Scanning works without it, online. */ });
    }

    // Camera scanning with jsQR: the decoded text goes into the badge box and is recorded like a typed scan.
    var cameraButton = document.getElementById("camera-start");
    var camera = document.getElementById("camera");
    if (cameraButton && camera && window.jsQR && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
        var video = camera.querySelector("video");
        var stopButton = document.getElementById("camera-stop");
        var canvas = document.createElement("canvas");
        var context = canvas.getContext("2d", { willReadFrequently: true });
        var stream = null;
        cameraButton.hidden = false;
        var stop = function () {
            if (stream) {
                stream.getTracks().forEach(function (t) { t.stop(); });
                stream = null;
            }
            camera.hidden = true;
            cameraButton.focus();
        };
        var tick = function () {
            if (!stream) {
                return;
            }
            if (video.readyState === video.HAVE_ENOUGH_DATA) {
                canvas.width = video.videoWidth;
                canvas.height = video.videoHeight;
                context.drawImage(video, 0, 0, canvas.width, canvas.height);
                var image = context.getImageData(0, 0, canvas.width, canvas.height);
                var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
                if (code && code.data) {
                    stop();
                    token.value = code.data;
                    form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", { cancelable: true }));
                    return;
                }
            }
            requestAnimationFrame(tick);
        };
        cameraButton.addEventListener("click", function () {
            navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (s) {
                stream = s;
                video.srcObject = s;
                video.setAttribute("playsinline", "");
                camera.hidden = false;
                say(text.cameraOn, false);
                return video.play();
            }).then(function () {
                stopButton.focus();
                requestAnimationFrame(tick);
            }).catch(function () {
                say(text.cameraRefused, true);
            });
        });
        stopButton.addEventListener("click", stop);
    }
})();
