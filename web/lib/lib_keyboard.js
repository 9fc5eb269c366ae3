// The hidden <input> that takes the app's text. A canvas is not editable, so
// text that arrives without a key press (an input method, the macOS accent
// menu, dictation, an emoji picker) and a tablet's on-screen keyboard never
// reach it. While an ImGui field takes text, this input has the focus
// instead: on a tablet lib_input.js focuses it when a touch lands on a text
// field (iOS raises its keyboard only inside the touch's own handler); on a
// desktop mend_page_text_input does as soon as a field is active. Every
// character then arrives once, as an input event, on both.
mergeInto(LibraryManager.library, {
  mend_page_text_input__deps: ['$mendKeyboard'],
  mend_page_text_input: function (active) {
    if (!active) mendKeyboard.close();
    else if (!mendKeyboard.touch) mendKeyboard.open();
  },

  // Where ImGui's text cursor is, in CSS pixels on the canvas: on a desktop
  // the hidden input moves there, so an input method's candidate window opens
  // next to the text being written instead of in a corner of the page. (A
  // tablet's input stays put: moving a focused field can scroll the page.)
  mend_page_text_position__deps: ['$mendKeyboard'],
  mend_page_text_position: function (x, y) {
    var input = mendKeyboard.input, canvas = Module['canvas'];
    if (!input || !canvas || mendKeyboard.touch) return;
    var r = canvas.getBoundingClientRect();
    input.style.left = Math.round(r.left + x) + 'px';
    input.style.top = Math.round(r.top + y) + 'px';
    input.style.bottom = 'auto';
  },

  // Text it receives goes to the app as characters; editing keys and the
  // text shortcuts as key events. Its events never reach GLFW's window
  // listeners, which would type them twice.
  $mendKeyboard__deps: ['mend_key', 'mend_text'],
  $mendKeyboard: {
    input: null,
    touch: false,  // the last pointer was a finger or a pen (lib_input.js)
    // GLFW key codes of the keys ImGui edits text with, and of the modifiers:
    // ImGui ignores typed characters while it thinks Ctrl is down, so it must
    // see Ctrl let go, not only the keys pressed with it.
    keys: { Backspace: 259, Enter: 257, Tab: 258, Escape: 256, Delete: 261, ArrowRight: 262,
            ArrowLeft: 263, ArrowDown: 264, ArrowUp: 265, Home: 268, End: 269, PageUp: 266,
            PageDown: 267, Insert: 260, Shift: 340, Control: 341, Alt: 342, Meta: 343 },
    // ImGui's text shortcuts with Ctrl (or Cmd): select all, copy, cut, undo,
    // redo. Ctrl+V is not one of them here: the browser's paste event types
    // the text (lib_clipboard.js), so sending the key too would paste twice.
    shortcuts: { A: 65, C: 67, X: 88, Y: 89, Z: 90 },
    // The letter of a Ctrl/Cmd shortcut, or ''. The letter as typed when it is
    // one (Dvorak's Ctrl+C), else the key's place (a Cyrillic layout's
    // Ctrl+A); AltGr (Ctrl+Alt) types characters instead.
    shortcutLetter: function (e) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return '';
      return /^[a-z]$/i.test(e.key) ? e.key.toUpperCase()
           : /^Key[A-Z]$/.test(e.code || '') ? e.code.charAt(3) : '';
    },
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
        if (e.isComposing) return;  // the input method's own keys
        var letter = mendKeyboard.shortcutLetter(e);
        if (letter === 'V' && e.type === 'keydown') {
          // The paste event that follows types the clipboard's text: ImGui
          // must take it as typing, so Ctrl (or Cmd) is let go in its view
          // first (the real release follows as a key like any other).
          _mend_key(e.ctrlKey ? 341 : 343, 0, mods(e) & ~10);
          return;  // the browser's default action is the paste
        }
        var key = mendKeyboard.keys[e.key];
        if (key === undefined) key = mendKeyboard.shortcuts[letter];
        // A letter's release goes too, whatever is held then: a shortcut's
        // letter left down would make the next press no press at all.
        if (key === undefined && e.type === 'keyup' && /^Key[A-Z]$/.test(e.code || ''))
          key = e.code.charCodeAt(3);
        if (key === undefined) return;
        _mend_key(key, e.type === 'keydown' ? 1 : 0, mods(e));
        // The modifiers keep their own meaning (an accent's Option, AltGr).
        if (e.type === 'keydown' && key < 340) e.preventDefault();
      };
      window.addEventListener('keydown', onKey, true);
      window.addEventListener('keyup', onKey, true);
      window.addEventListener('keypress', onKey, true);
      var composed = null;  // what the last compositionend sent
      input.addEventListener('input', function (e) {
        if (e.isComposing) return;  // wait for compositionend
        // Safari commits a composition with an input event after
        // compositionend: its text went to the app already.
        var again = composed !== null && e.data === composed &&
                    /Composition/.test(e.inputType || '');
        composed = null;
        if (again) {
          mendKeyboard.reset();
          return;
        }
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
        composed = e.data || null;
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
      if (document.activeElement !== mendKeyboard.input) return;
      mendKeyboard.input.blur();
      // A desktop's keys go on to the canvas (shortcuts, Tab between controls).
      if (!mendKeyboard.touch && Module['canvas']) Module['canvas'].focus({ preventScroll: true });
    },
  },

  // At script load, before main() creates the GLFW window and its listeners.
  $mendKeyboard__postset: 'mendKeyboard.create();',
});
