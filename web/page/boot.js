// Starts Mend: checks WebGL2, shows loading status and errors, loads the
// WebAssembly app, and publishes window.mend for tests and diagnostics.
'use strict';
(function () {
  var canvas = document.getElementById('canvas');
  var status = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var fatal = document.getElementById('fatal');
  var fatalText = document.getElementById('fatal-text');
  var fatalDetail = document.getElementById('fatal-detail');
  var stopped = false;

  function showStatus(text) {
    statusText.textContent = text;
    status.hidden = false;
  }
  function showFatal(text, detail) {
    stopped = true;
    fatalText.textContent = text;
    fatalDetail.textContent = detail ? 'Details: ' + detail : '';
    fatal.hidden = false;
    status.hidden = true;
    canvas.hidden = true;
  }
  window.mendShowStatus = showStatus;
  window.mendShowFatal = showFatal;
  var running = false;  // the wasm exports exist before they can be called
  window.mendReady = function () {
    running = true;
    if (!stopped) status.hidden = true;
    keepForOffline();
  };

  // Once Mend runs, its service worker (sw.js, written by the build) stores
  // this build's files so the next visit starts with no network. Registered
  // only now so the first start never waits for it. Browsers without service
  // workers (or pages not served from a secure origin) simply go without.
  // The app hears whether it is kept for offline use, whether the network is
  // there and whether a newer build waits (mend_page_status), and lets that
  // build in once its changes are saved (window.mendActivateUpdate).
  var offline = { ready: false, waiting: false };
  function tellApp() {
    var fn = running && window.Module && window.Module._mend_page_status;
    if (fn) fn(offline.ready ? 1 : 0, navigator.onLine ? 1 : 0, offline.waiting ? 1 : 0);
  }
  window.addEventListener('online', tellApp);
  window.addEventListener('offline', tellApp);

  function keepForOffline() {
    tellApp();
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      function changed() {
        offline.ready = !!registration.active;
        // A build waiting while this page runs another one is an update; on
        // a first visit nothing controls the page and nothing waits.
        offline.waiting = !!(registration.waiting && navigator.serviceWorker.controller);
        tellApp();
      }
      function follow(worker) {
        if (worker) worker.addEventListener('statechange', changed);
      }
      registration.addEventListener('updatefound', function () { follow(registration.installing); });
      [registration.installing, registration.waiting, registration.active].forEach(follow);
      changed();
      // A tab left open for days (a kiosk) looks for a new build every hour.
      setInterval(function () { registration.update().catch(function () {}); }, 3600 * 1000);
      window.mendActivateUpdate = function () {
        if (!registration.waiting) return;
        navigator.serviceWorker.addEventListener('controllerchange', function () {
          window.location.reload();
        });
        registration.waiting.postMessage('activate');
      };
    }).catch(function (err) {
      console.warn('Mend will not work offline here: ' + err);
    });
  }

  var probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    showFatal('This browser cannot draw Mend: WebGL2 is unavailable or turned off. ' +
              'Try an up-to-date Chrome, Edge, Firefox or Safari, and check that hardware ' +
              'acceleration is allowed.');
    return;
  }

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) {
      if (!stopped && text) showStatus(text.replace(/\(\d+\/\d+\)/, '').trim() || 'Loading Mend…');
    },
    onAbort: function (what) {
      var detail = String(what).replace(/ Build with -s ASSERTIONS=1.*$/, '');
      var reason = /wasm/i.test(detail)
        ? 'its program file (mend.wasm) could not be downloaded'
        : 'it stopped unexpectedly';
      showFatal('Mend could not start: ' + reason + '. If this device is offline, connect it ' +
                'once so Mend can be stored on it.', detail);
    },
  };

  // The test and diagnostics bridge: read-only views of the running app.
  function call(name) {
    var fn = running && window.Module && window.Module['_' + name];
    return fn ? fn() : 0;
  }
  function json(name, empty) {
    var ptr = call(name);
    return ptr ? JSON.parse(window.Module.UTF8ToString(ptr)) : empty;
  }
  window.mend = {
    widgets: function () { return json('mend_widgets_json', []); },
    frames: function () { return call('mend_frames'); },
    inputPending: function () { return call('mend_input_pending'); },
    state: function () { return json('mend_state_json', {}); },
    // {size, used}: the wasm memory and what malloc holds of it, in bytes.
    heap: function () { return { size: call('mend_heap_size'), used: call('mend_heap_used') }; },
    // The coach's JSON on a text, the same as `mend coach --lang LANG [--explain]`.
    coach: function (text, language, explain) {
      var M = window.Module;
      if (!running || !M || !M._mend_coach_json) return {};
      var size = M.lengthBytesUTF8(text) + 1;
      var at = M._malloc(size);
      M.stringToUTF8(text, at, size);
      var lang = language || 'auto';
      var langAt = M._malloc(M.lengthBytesUTF8(lang) + 1);
      M.stringToUTF8(lang, langAt, M.lengthBytesUTF8(lang) + 1);
      var ptr = M._mend_coach_json(at, langAt, explain ? 1 : 0);
      M._free(at);
      M._free(langAt);
      return JSON.parse(M.UTF8ToString(ptr));
    },
  };

  var script = document.createElement('script');
  script.src = 'mend.js';
  script.async = true;
  script.onerror = function () {
    showFatal('Mend could not be loaded (mend.js is missing or the connection failed).');
  };
  document.body.appendChild(script);
})();
