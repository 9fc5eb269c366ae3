// Files in and out of the browser: downloads of exports, the file picker and
// drag-and-drop for imports, and the browser's storage figures for the Data
// screen. Every element is made here, with listeners, never inline handlers
// (the page's Content-Security-Policy forbids those).
mergeInto(LibraryManager.library, {
  $mendFiles__deps: ['mend_files_import_started', 'mend_files_buffer', 'mend_files_import',
                     'mend_files_import_failed', 'mend_files_import_encrypted',
                     'mend_files_import_refused', '$mendLock', 'malloc', 'free'],
  $mendFiles: {
    input: null,
    held: null,  // an encrypted file waiting for its passcode: {name, bytes}
    // "mend-book-2026-11-22.json": today's date where the person is.
    fileName: function (prefix, extension) {
      var d = new Date();
      var two = function (n) { return (n < 10 ? '0' : '') + n; };
      return prefix + d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) +
             extension;
    },
    // Offers the blob as a download named `name`.
    offer: function (blob, name) {
      var url = URL.createObjectURL(blob);
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.hidden = true;
      document.body.appendChild(a);
      a.click();
      a.remove();
      // The download has started from the URL by the next task; then let it go.
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    },
    cString: function (text) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      return ptr;
    },
    // Reads a picked or dropped file into wasm memory once: the app gets a
    // buffer of the file's size, the bytes are copied into it, and the app
    // takes it over (no second copy).
    read: function (file) {
      var name = mendFiles.cString(file.name);
      mendFiles.held = null;
      _mend_files_import_started(name);
      file.arrayBuffer().then(function (bytes) {
        // An encrypted book stays here until its passcode opens it.
        if (mendFiles.encryptedEnvelope(new Uint8Array(bytes))) {
          mendFiles.held = { name: file.name, bytes: new Uint8Array(bytes) };
          _mend_files_import_encrypted(name, 0);
          _free(name);
          return;
        }
        mendFiles.hand(name, new Uint8Array(bytes));
        _free(name);
      }, function () {
        _mend_files_import_failed(name);
        _free(name);
      });
    },
    // The bytes of a file to import into the app's buffer (name: a C string).
    hand: function (name, bytes) {
      var ptr = _mend_files_buffer(bytes.byteLength);
      if (!ptr && bytes.byteLength > 0) {
        _mend_files_import_failed(name);
      } else {
        // HEAPU8 read after the allocation: growing memory replaces it.
        HEAPU8.set(bytes, ptr);
        _mend_files_import(name);
      }
    },

    // ---- encrypted book files (the format: web/mend-book.schema.json) ----------
    // The lock's scheme (lib_lock.js): PBKDF2-SHA-256, 600,000 iterations, a
    // random 16-byte salt; AES-256-GCM with a fresh 12-byte IV; the book's
    // JSON inside, base64 in a small JSON envelope that says what it is.
    maxIterations: 10000000,  // a reader's guard; writers use mendLock.iterations
    // The parsed envelope when these bytes are one, else null. Cheap for a
    // plain book: only a file that names the format early is parsed.
    encryptedEnvelope: function (bytes) {
      var head = new TextDecoder().decode(bytes.subarray(0, 512));
      if (head.indexOf('"encrypted-book"') < 0) return null;
      try {
        var envelope = JSON.parse(new TextDecoder().decode(bytes));
        return envelope && envelope.mend === 'encrypted-book' ? envelope : null;
      } catch (e) {
        return null;
      }
    },
    base64Parts: function (bytes) {
      var parts = [];
      var step = 3 * 16384;  // a multiple of 3: the parts join into one base64 text
      for (var i = 0; i < bytes.length; i += step) {
        var sub = bytes.subarray(i, Math.min(i + step, bytes.length)), s = '';
        for (var j = 0; j < sub.length; j += 8192) s += String.fromCharCode.apply(null, sub.subarray(j, j + 8192));
        parts.push(btoa(s));
      }
      return parts;
    },
    fromBase64: function (text, where) {
      if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
        throw new Error(where + ': not base64');
      var out = new Uint8Array(text.length / 4 * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0));
      var step = 4 * 16384, at = 0;
      for (var i = 0; i < text.length; i += step) {
        var s = atob(text.slice(i, i + step));
        for (var j = 0; j < s.length; ++j) out[at++] = s.charCodeAt(j);
      }
      return out;
    },
    encrypt: function (bytes, passcode) {
      var salt = crypto.getRandomValues(new Uint8Array(16));
      var iv = crypto.getRandomValues(new Uint8Array(12));
      return mendLock.keyFromPasscode(passcode, salt, mendLock.iterations).then(function (key) {
        return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, key, bytes);
      }).then(function (sealed) {
        var head = '{"mend":"encrypted-book","version":1,' +
                   '"kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":' + mendLock.iterations +
                   ',"salt":"' + mendFiles.base64Parts(salt).join('') + '"},' +
                   '"cipher":{"name":"AES-GCM","length":256,"iv":"' + mendFiles.base64Parts(iv).join('') + '"},' +
                   '"ciphertext":"';
        return new Blob([head].concat(mendFiles.base64Parts(new Uint8Array(sealed)), ['"}\n']),
                        { type: 'application/json' });
      });
    },
    // The envelope's fields, checked: each problem names its field.
    envelopeParts: function (e) {
      var need = function (ok, where, why) { if (!ok) throw new Error(where + ': ' + why); };
      need(e.version === 1, 'version', 'this Mend reads version 1 of encrypted books');
      need(e.kdf && e.kdf.name === 'PBKDF2' && e.kdf.hash === 'SHA-256', 'kdf', 'must be PBKDF2 with SHA-256');
      var n = e.kdf.iterations;
      need(Number.isInteger(n) && n >= mendLock.iterations && n <= mendFiles.maxIterations, 'kdf.iterations',
           'must be a whole number from ' + mendLock.iterations + ' to ' + mendFiles.maxIterations);
      var salt = mendFiles.fromBase64(e.kdf.salt, 'kdf.salt');
      need(salt.length === 16, 'kdf.salt', 'must be 16 bytes');
      need(e.cipher && e.cipher.name === 'AES-GCM' && e.cipher.length === 256, 'cipher', 'must be AES-GCM with 256-bit keys');
      var iv = mendFiles.fromBase64(e.cipher.iv, 'cipher.iv');
      need(iv.length === 12, 'cipher.iv', 'must be 12 bytes');
      var data = mendFiles.fromBase64(e.ciphertext, 'ciphertext');
      need(data.length >= 16, 'ciphertext', 'too short to hold anything');
      return { salt: salt, iv: iv, iterations: n, data: data };
    },
  },

  mend_files_download__deps: ['$mendFiles'],
  mend_files_download: function (kind, data, size) {
    // Copied out of the heap first: the Blob must not see later writes.
    var bytes = HEAPU8.slice(data, data + size);
    var csv = kind === 1;
    var blob = new Blob([bytes], {type: csv ? 'text/csv;charset=utf-8' : 'application/json'});
    mendFiles.offer(blob, csv ? mendFiles.fileName('mend-cases-', '.csv')
                              : mendFiles.fileName('mend-book-', '.json'));
  },

  // The dashboard as a PNG: the pixels go through a 2D canvas, whose toBlob
  // is the browser's own PNG encoder (no encoder of our own to ship).
  mend_files_download_png__deps: ['$mendFiles'],
  mend_files_download_png: function (pixels, width, height) {
    var canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    var image = new ImageData(new Uint8ClampedArray(HEAPU8.slice(pixels, pixels + width * height * 4).buffer),
                              width, height);
    canvas.getContext('2d').putImageData(image, 0, 0);
    canvas.toBlob(function (blob) {
      if (blob) mendFiles.offer(blob, mendFiles.fileName('mend-dashboard-', '.png'));
    }, 'image/png');
  },

  // The whole book, encrypted with `passcode` (Data > Export book).
  mend_files_download_encrypted__deps: ['$mendFiles'],
  mend_files_download_encrypted: function (data, size, passcode) {
    var bytes = HEAPU8.slice(data, data + size);
    mendFiles.encrypt(bytes, UTF8ToString(passcode)).then(function (blob) {
      mendFiles.offer(blob, mendFiles.fileName('mend-book-encrypted-', '.json'));
    }, function (e) {
      console.error('Mend: the encrypted export failed', e);
    });
  },

  // The passcode for the encrypted file held: its book goes on to the
  // import review, or the review asks again (wrong) or shows why not.
  mend_files_decrypt__deps: ['$mendFiles'],
  mend_files_decrypt: function (passcode) {
    var held = mendFiles.held;
    if (!held) return;
    var pass = UTF8ToString(passcode);
    var name = mendFiles.cString(held.name);
    var parts;
    try {
      parts = mendFiles.envelopeParts(mendFiles.encryptedEnvelope(held.bytes));
    } catch (e) {
      mendFiles.held = null;
      var why = mendFiles.cString('this encrypted book is damaged: ' + e.message);
      _mend_files_import_refused(name, why);
      _free(why);
      _free(name);
      return;
    }
    mendLock.keyFromPasscode(pass, parts.salt, parts.iterations).then(function (key) {
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: parts.iv }, key, parts.data);
    }).then(function (plain) {
      if (mendFiles.held !== held) return;  // cancelled, or another file meanwhile
      mendFiles.held = null;
      mendFiles.hand(name, new Uint8Array(plain));
    }, function () {
      if (mendFiles.held === held) _mend_files_import_encrypted(name, 1);
    }).then(function () { _free(name); });
  },
  mend_files_forget__deps: ['$mendFiles'],
  mend_files_forget: function () {
    mendFiles.held = null;
  },

  mend_files_pick__deps: ['$mendFiles'],
  mend_files_pick: function () {
    if (!mendFiles.input) {
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.id = 'mend-import-file';
      input.hidden = true;
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        input.value = '';  // the same file may be picked again
        if (file) mendFiles.read(file);
      });
      document.body.appendChild(input);
      mendFiles.input = input;
    }
    mendFiles.input.click();
  },

  mend_files_install_drop__deps: ['$mendFiles'],
  mend_files_install_drop: function () {
    var carriesFiles = function (e) {
      return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0;
    };
    // Without preventDefault on dragover the browser would open the file itself.
    window.addEventListener('dragover', function (e) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', function (e) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      var file = e.dataTransfer.files[0];
      if (file) mendFiles.read(file);
    });
  },

  mend_files_query_storage__deps: ['mend_files_storage'],
  mend_files_query_storage: function () {
    var storage = navigator.storage;
    if (!storage || !storage.estimate) {
      _mend_files_storage(0, -1, -1);
      return;
    }
    var persisted = storage.persisted ? storage.persisted() : Promise.resolve(false);
    Promise.all([persisted, storage.estimate()]).then(function (r) {
      _mend_files_storage(r[0] ? 1 : 0, r[1].usage || 0, r[1].quota || 0);
    }, function () {
      _mend_files_storage(0, -1, -1);
    });
  },
});
