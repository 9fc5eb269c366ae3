// Page-side functions for the app (linked with --js-library). Pointer events
// are read here instead of through Emscripten's GLFW, which in 3.1.6 never
// moves the cursor for touches and can fire a tap twice.
mergeInto(LibraryManager.library, {
  mend_page_fatal: function (message) {
    var text = UTF8ToString(message);
    if (typeof window.mendShowFatal === 'function') window.mendShowFatal(text);
    else console.error(text);
  },

  mend_page_ready: function () {
    if (typeof window.mendReady === 'function') window.mendReady();
  },

  mend_page_install_input__deps: ['mend_pointer', 'mend_context_lost', 'mend_context_restored'],
  mend_page_install_input: function () {
    var canvas = Module['canvas'];
    // Kinds match mend::web::PointerKind: 0 move, 1 down, 2 up, 3 leave.
    function send(kind, e) {
      var r = canvas.getBoundingClientRect();
      _mend_pointer(kind, e.clientX - r.left, e.clientY - r.top, e.pointerType === 'touch' ? 1 : 0);
    }
    canvas.addEventListener('pointermove', function (e) { send(0, e); });
    canvas.addEventListener('pointerdown', function (e) {
      if (e.button !== 0) return;
      // Keep receiving the drag even when the pointer leaves the canvas.
      try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* already released */ }
      canvas.focus();
      send(1, e);
      e.preventDefault();
    });
    canvas.addEventListener('pointerup', function (e) { if (e.button === 0) send(2, e); });
    canvas.addEventListener('pointercancel', function (e) { send(2, e); });
    canvas.addEventListener('pointerleave', function (e) { send(3, e); });
    canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

    canvas.addEventListener('webglcontextlost', function (e) {
      e.preventDefault();  // asks the browser to restore the context later
      _mend_context_lost();
      if (typeof window.mendShowStatus === 'function')
        window.mendShowStatus('The display was reset by the browser. Restoring…');
    });
    canvas.addEventListener('webglcontextrestored', function () {
      _mend_context_restored();
      if (typeof window.mendReady === 'function') window.mendReady();
    });
  },
});
