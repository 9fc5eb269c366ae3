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
    // The keyboard each mend::ui::TextKind asks for (plain, name, contact,
    // number, PIN): its layout (inputmode) and capitals. A contact is a phone
    // or an e-mail address, so it gets the e-mail layout, which has both @
    // and digits; type stays "text" (an e-mail input has no selection API,
    // which the sentinel needs).
    kinds: [
      { inputmode: null, autocapitalize: 'sentences', autocorrect: 'on', spellcheck: true },
      { inputmode: null, autocapitalize: 'words', autocorrect: 'off', spellcheck: false },
      { inputmode: 'email', autocapitalize: 'none', autocorrect: 'off', spellcheck: false },
      { inputmode: 'decimal', autocapitalize: 'none', autocorrect: 'off', spellcheck: false },
      { inputmode: 'numeric', autocapitalize: 'none', autocorrect: 'off', spellcheck: false },
      { inputmode: null, autocapitalize: 'none', autocorrect: 'off', spellcheck: false },
    ],
    kind: 0,
    setKind: function (kind) {
      var k = mendKeyboard.kinds[kind] || mendKeyboard.kinds[0], input = mendKeyboard.input;
      if (k.inputmode) input.setAttribute('inputmode', k.inputmode);
      else input.removeAttribute('inputmode');
      input.setAttribute('autocapitalize', k.autocapitalize);
      input.setAttribute('autocorrect', k.autocorrect);
      input.spellcheck = k.spellcheck;
      mendKeyboard.kind = kind;
    },
    create: function () {
      var input = document.createElement('input');
      input.type = 'text';
      input.id = 'mend-keyboard';
      // Nothing typed is offered back later: at a kiosk that would show one
      // customer's details to the next.
      input.setAttribute('autocomplete', 'off');
      input.setAttribute('aria-hidden', 'true');
      input.className = 'mend-keyboard';
      document.body.appendChild(input);
      mendKeyboard.input = input;
      mendKeyboard.setKind(0);
      mendKeyboard.reset();
      mendKeyboard.followVisibleArea();
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
    // `kind` (a touch on a field, lib_input.js) picks the keyboard; a keyboard
    // already up for another kind is put down and raised again, the only way
    // a tablet changes its layout.
    open: function (kind) {
      var input = mendKeyboard.input, focused = document.activeElement === input;
      if (kind !== undefined && kind !== mendKeyboard.kind) {
        if (focused) input.blur();
        mendKeyboard.setKind(kind);
        focused = false;
      }
      if (!focused) {
        input.focus({ preventScroll: true });
        mendKeyboard.reset();
      }
    },
    // An on-screen keyboard takes the bottom of the screen: the visual
    // viewport shrinks (and on iOS may move). The canvas then covers only
    // what is visible, so the app lays out in it and scrolls the field being
    // typed into above the keyboard (ui/text_fields.cpp).
    followVisibleArea: function () {
      var vv = window.visualViewport;
      if (!vv) return;
      var follow = function () {
        var canvas = Module['canvas'];
        if (!canvas) return;
        var covered = window.innerHeight - vv.height > 1 || vv.offsetTop > 1;
        canvas.style.height = covered ? vv.height + 'px' : '';
        canvas.style.top = covered ? vv.offsetTop + 'px' : '';
      };
      vv.addEventListener('resize', follow);
      vv.addEventListener('scroll', follow);
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
