// Files in and out of the browser: downloads of exports, the file picker and
// drag-and-drop for imports, and the browser's storage figures for the Data
// screen. Every element is made here, with listeners, never inline handlers
// (the page's Content-Security-Policy forbids those).
mergeInto(LibraryManager.library, {
  $mendFiles__deps: ['mend_files_import_started', 'mend_files_buffer', 'mend_files_import',
                     'mend_files_import_failed', 'malloc', 'free'],
  $mendFiles: {
    input: null,
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
      _mend_files_import_started(name);
      file.arrayBuffer().then(function (bytes) {
        var ptr = _mend_files_buffer(bytes.byteLength);
        if (!ptr && bytes.byteLength > 0) {
          _mend_files_import_failed(name);
        } else {
          // HEAPU8 read after the allocation: growing memory replaces it.
          HEAPU8.set(new Uint8Array(bytes), ptr);
          _mend_files_import(name);
        }
        _free(name);
      }, function () {
        _mend_files_import_failed(name);
        _free(name);
      });
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
