// The hidden <input> that brings up a tablet's on-screen keyboard. A canvas
// never raises one; the page focuses this input instead (lib_input.js does so
// when a touch lands on a text field) and passes what is typed to the app.
mergeInto(LibraryManager.library, {
  mend_page_text_input__deps: ['$mendKeyboard'],
  mend_page_text_input: function (active) {
    if (!active) mendKeyboard.close();
  },

  // Text it receives goes to the app as characters; editing keys as key
  // events. Its events never reach GLFW's window listeners, which would type
  // them twice.
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

  // At script load, before main() creates the GLFW window and its listeners.
  $mendKeyboard__postset: 'mendKeyboard.create();',
});
