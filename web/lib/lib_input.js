// Page-side functions for the app (linked with --js-library). Pointer events
// are read here instead of through Emscripten's GLFW, which in 3.1.6 never
// moves the cursor for touches and can fire a tap twice.
mergeInto(LibraryManager.library, {
  mend_page_fatal: function (message) {
    var text = UTF8ToString(message);
    if (typeof window.mendShowFatal === 'function') window.mendShowFatal(text);
    else console.error(text);
  },

  mend_page_copy: function (text) {
    var value = UTF8ToString(text);
    // Needs a secure context (https or localhost) and a recent user gesture;
    // the copy still works inside the app when the browser refuses.
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(value).catch(function () {});
  },

  mend_page_coarse_pointer: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },

  mend_page_ready: function () {
    if (typeof window.mendReady === 'function') window.mendReady();
  },

  mend_page_text_input__deps: ['$mendKeyboard'],
  mend_page_text_input: function (active) {
    if (!active) mendKeyboard.close();
  },

  // The hidden <input> that brings up a tablet's on-screen keyboard. Text it
  // receives goes to the app as characters; editing keys as key events. Its
  // events never reach GLFW's window listeners, which would type them twice.
  $mendKeyboard__deps: ['mend_key', 'mend_text'],
  $mendKeyboard: {
    input: null,
    // GLFW key codes of the keys ImGui edits text with.
    keys: { Backspace: 259, Enter: 257, Tab: 258, Escape: 256, Delete: 261, ArrowRight: 262,
            ArrowLeft: 263, ArrowDown: 264, ArrowUp: 265, Home: 268, End: 269 },
    // A sentinel character keeps Backspace working on Android, which sends
    // no key for it when the input is empty, only a deletion of text.
    sentinel: '\u00a0',
    create: function () {
      var input = document.createElement('input');
      input.type = 'text';
      input.id = 'mend-keyboard';
      input.setAttribute('autocomplete', 'off');
      input.setAttribute('autocapitalize', 'sentences');
      input.setAttribute('aria-hidden', 'true');
      input.className = 'mend-keyboard';
      document.body.appendChild(input);
      mendKeyboard.input = input;
      mendKeyboard.reset();
      var mods = function (e) {
        return (e.shiftKey ? 1 : 0) | (e.ctrlKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
      };
      var sendText = function (text) {
        for (var ch of text) _mend_text(ch.codePointAt(0));
      };
      // GLFW listens for keys on window in the capture phase, before the
      // input's own listeners; these capture listeners are registered earlier
      // (at script load, see __postset) and stop it for our input's keys.
      var onKey = function (e) {
        if (e.target !== input) return;
        e.stopImmediatePropagation();
        if (e.type === 'keypress') return;  // text arrives as an input event
        var key = mendKeyboard.keys[e.key];
        if (key === undefined || e.isComposing) return;
        _mend_key(key, e.type === 'keydown' ? 1 : 0, mods(e));
        if (e.type === 'keydown') e.preventDefault();
      };
      window.addEventListener('keydown', onKey, true);
      window.addEventListener('keyup', onKey, true);
      window.addEventListener('keypress', onKey, true);
      input.addEventListener('input', function (e) {
        if (e.isComposing) return;  // wait for compositionend
        if (e.inputType === 'deleteContentBackward') {
          _mend_key(259, 1, 0);
          _mend_key(259, 0, 0);
        } else if (e.data) {
          sendText(e.data);
        } else if (e.inputType === 'insertLineBreak') {
          _mend_key(257, 1, 0);
          _mend_key(257, 0, 0);
        }
        mendKeyboard.reset();
      });
      input.addEventListener('compositionend', function (e) {
        if (e.data) sendText(e.data);
        mendKeyboard.reset();
      });
    },
    reset: function () {
      var input = mendKeyboard.input;
      input.value = mendKeyboard.sentinel;
      input.setSelectionRange(1, 1);
    },
    open: function () {
      if (document.activeElement !== mendKeyboard.input) {
        mendKeyboard.input.focus({ preventScroll: true });
        mendKeyboard.reset();
      }
    },
    close: function () {
      if (document.activeElement === mendKeyboard.input) mendKeyboard.input.blur();
    },
  },

  $mendKeyboard__postset: 'mendKeyboard.create();',

  mend_page_install_input__deps: ['mend_pointer', 'mend_context_lost', 'mend_context_restored',
                                   'mend_text_field_at', 'mend_paste', '$mendKeyboard', 'malloc', 'free'],
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
      if (e.pointerType === 'mouse') canvas.focus();
      send(1, e);
      e.preventDefault();
    });
    canvas.addEventListener('pointerup', function (e) {
      if (e.button !== 0) return;
      send(2, e);
      // Inside the touch's own handler, or iOS will not open the keyboard.
      if (e.pointerType !== 'mouse') {
        var r = canvas.getBoundingClientRect();
        if (_mend_text_field_at(e.clientX - r.left, e.clientY - r.top)) mendKeyboard.open();
        else mendKeyboard.close();
      }
    });
    canvas.addEventListener('pointercancel', function (e) { send(2, e); });
    canvas.addEventListener('pointerleave', function (e) { send(3, e); });
    canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

    // Paste: the browser hands the text over in its paste event, which follows
    // Ctrl+V's keydown; the app reads it when it handles that key.
    window.addEventListener('paste', function (e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (!text) return;
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      _mend_paste(ptr);
      _free(ptr);
      if (e.target === mendKeyboard.input) {
        // On the hidden input there is no Ctrl+V key for the app: type it.
        for (var ch of text) _mend_text(ch.codePointAt(0));
      }
      e.preventDefault();
    });

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
