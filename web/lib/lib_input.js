// Pointer events (mouse, touch, pen) on the canvas. They are read here instead
// of through Emscripten's GLFW, which in 3.1.6 never moves the cursor for
// touches and can fire a tap twice. Keys come through GLFW while the canvas
// has the focus, and through lib_keyboard.js's hidden input while a text
// field is active; the wheel through Emscripten's html5 callbacks (main.cpp).
mergeInto(LibraryManager.library, {
  mend_page_install_input__deps: ['mend_pointer', 'mend_text_field_at', '$mendKeyboard'],
  mend_page_install_input: function () {
    var canvas = Module['canvas'];
    // Kinds match mend::web::PointerKind: 0 move, 1 down, 2 up, 3 leave, 4 cancel.
    function send(kind, e) {
      var r = canvas.getBoundingClientRect();
      _mend_pointer(kind, e.clientX - r.left, e.clientY - r.top, e.pointerType === 'touch' ? 1 : 0);
    }
    // A finger that wanders past the slop scrolls (platform/web/touch_scroll.hpp,
    // kTouchSlop: the same 10 CSS px): lifted, it raises no keyboard.
    var slop = 10, downAt = null, wandered = false;
    canvas.addEventListener('pointermove', function (e) {
      if (downAt && Math.hypot(e.clientX - downAt.x, e.clientY - downAt.y) > slop) wandered = true;
      send(0, e);
    });
    canvas.addEventListener('pointerdown', function (e) {
      if (e.button !== 0) return;
      downAt = { x: e.clientX, y: e.clientY };
      wandered = false;
      // Keep receiving the drag even when the pointer leaves the canvas.
      try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* already released */ }
      mendKeyboard.touch = e.pointerType !== 'mouse';
      // A click inside the active field (moving the cursor) or from one field
      // to the next keeps the text focus on the hidden input; the app hands
      // it back to the canvas when no field takes text any more.
      if (e.pointerType === 'mouse' && document.activeElement !== mendKeyboard.input) canvas.focus();
      send(1, e);
      e.preventDefault();
    });
    canvas.addEventListener('pointerup', function (e) {
      if (e.button !== 0) return;
      send(2, e);
      var dragged = wandered;
      downAt = null;
      // Inside the touch's own handler, or iOS will not open the keyboard.
      // After a drag the app let go of any field (it scrolled instead).
      if (e.pointerType !== 'mouse' && !dragged) {
        var r = canvas.getBoundingClientRect();
        var field = _mend_text_field_at(e.clientX - r.left, e.clientY - r.top);
        if (field) mendKeyboard.open(field - 1);
        else mendKeyboard.close();
      }
    });
    // Not a release: the app lets go without pressing what is under it.
    canvas.addEventListener('pointercancel', function (e) {
      downAt = null;
      send(4, e);
    });
    canvas.addEventListener('pointerleave', function (e) { send(3, e); });
    canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  },
});
