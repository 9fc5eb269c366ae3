// WebGL context loss (a GPU reset, a background tab on a busy tablet): the app
// drops its GL objects and waits; on restore it builds them again and draws on.
mergeInto(LibraryManager.library, {
  mend_page_watch_context__deps: ['mend_context_lost', 'mend_context_restored'],
  mend_page_watch_context: function () {
    var canvas = Module['canvas'];
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
