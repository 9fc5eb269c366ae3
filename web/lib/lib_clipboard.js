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

  // The start of `text` holding at most `limit` code points, never half of a
  // surrogate pair (an emoji stays whole or is left out).
  $mendFirstCharacters: function (text, limit) {
    if (text.length <= limit) return text;
    var i = 0;
    for (var n = 0; n < limit && i < text.length; n++) {
      var c = text.charCodeAt(i);
      i += c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length ? 2 : 1;
    }
    return text.slice(0, i);
  },

  mend_page_install_clipboard__deps: ['mend_paste', 'mend_text', '$mendKeyboard', '$mendFirstCharacters',
                                      'malloc', 'free'],
  mend_page_install_clipboard: function () {
    // Paste: the browser hands the text over in its paste event, which follows
    // Ctrl+V's keydown; the app reads it when it handles that key.
    window.addEventListener('paste', function (e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (!text) return;
      // A field keeps at most 100,000 characters (kMaxFieldCharacters in
      // src/ui/text_fields.cpp), and typed one by one megabytes would take
      // the app minutes: only one character more than that comes in, so the
      // field still sees the paste was too long and says so.
      text = mendFirstCharacters(text, 100001);
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
