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

  mend_page_coarse_pointer: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },
});
