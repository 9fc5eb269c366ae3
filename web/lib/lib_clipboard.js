// The system clipboard. ImGui's own clipboard lives in the app (GLFW's never
// leaves the page); copies go out through navigator.clipboard, pastes come in
// through the page's paste event.
mergeInto(LibraryManager.library, {
  mend_page_copy: function (text) {
    var value = UTF8ToString(text);
    // Needs a secure context (https or localhost) and a recent user gesture;
    // the copy still works inside the app when the browser refuses.
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(value).catch(function () {});
  },

  mend_page_install_clipboard__deps: ['mend_paste', 'mend_text', '$mendKeyboard', 'malloc', 'free'],
  mend_page_install_clipboard: function () {
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
  },
});
