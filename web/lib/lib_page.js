// The page around the canvas (web/page/boot.js owns the elements): the fatal
// screen, readiness, and what kind of pointer the device has.
mergeInto(LibraryManager.library, {
  mend_page_fatal: function (message) {
    var text = UTF8ToString(message);
    if (typeof window.mendShowFatal === 'function') window.mendShowFatal(text);
    else console.error(text);
  },

  mend_page_ready: function () {
    if (typeof window.mendReady === 'function') window.mendReady();
  },

  mend_page_activate_update: function () {
    if (typeof window.mendActivateUpdate === 'function') window.mendActivateUpdate();
  },

  // Kiosk mode belongs to this tab (sessionStorage: it survives a reload, and
  // a desk opened in another tab is not a kiosk). While it is on, the
  // browser's Back stays on the page: every step back is answered by a step
  // forward to where it was.
  mend_page_kiosk: function (on) {
    try {
      if (on) window.sessionStorage.setItem('mend-kiosk', '1');
      else window.sessionStorage.removeItem('mend-kiosk');
    } catch (e) { /* storage refused: a reload then shows the sign-in, which needs a PIN */ }
    if (on && !window.mendKioskTrap) {
      window.mendKioskTrap = function () { window.history.pushState({ mendKiosk: true }, ''); };
      window.history.pushState({ mendKiosk: true }, '');
      window.addEventListener('popstate', window.mendKioskTrap);
    } else if (!on && window.mendKioskTrap) {
      window.removeEventListener('popstate', window.mendKioskTrap);
      window.mendKioskTrap = null;
    }
  },
  mend_page_kiosk_remembered: function () {
    try { return window.sessionStorage.getItem('mend-kiosk') === '1' ? 1 : 0; } catch (e) { return 0; }
  },

  // This device's text size (Help > Text size): localStorage, so every tab
  // of this browser and every start after a reload draws at it. Not in the
  // book: a desk and a tablet sharing one book each keep their own.
  mend_page_text_size: function () {
    try {
      var kept = parseFloat(window.localStorage.getItem('mend.uiScale'));
      return kept > 0 ? kept : 1;
    } catch (e) { return 1; }
  },
  mend_page_keep_text_size: function (scale) {
    try { window.localStorage.setItem('mend.uiScale', String(Math.round(scale * 100) / 100)); }
    catch (e) { /* storage refused: the size holds until the page is reloaded */ }
  },

  // This device's screen language (Help > Language), kept like the text
  // size. Never chosen: the browser's own language when Mend has it
  // (ms, ms-MY -> Malay), else English. Returned as a UTF-8 C string the
  // caller frees.
  mend_page_language__deps: ['malloc'],
  mend_page_language: function () {
    var code = 'en';
    try {
      var kept = window.localStorage.getItem('mend.language');
      if (kept) code = kept;
      else if (/^ms\b/i.test(navigator.language || '')) code = 'ms';
    } catch (e) { /* storage refused: English */ }
    var size = lengthBytesUTF8(code) + 1;
    var ptr = _malloc(size);
    stringToUTF8(code, ptr, size);
    return ptr;
  },
  mend_page_keep_language: function (code) {
    var text = UTF8ToString(code);
    // Screen readers read the page's mirror in the language it says it is in.
    document.documentElement.lang = text;
    try { window.localStorage.setItem('mend.language', text); }
    catch (e) { /* storage refused: the language holds until the page is reloaded */ }
  },

  mend_page_coarse_pointer: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },
});
