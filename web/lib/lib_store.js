// The book in IndexedDB, for src/platform/web/idb_store.cpp. Direct IndexedDB
// calls (no IDBFS, no Asyncify, not emscripten_idb_*, which says "stored"
// before the transaction commits). One operation runs at a time, in the order
// C++ issued them; each reports back through _mend_idb_done with the store's
// context pointer. Entries cross in one packed buffer (see idb_store.cpp).
//
// Database "mend" (or ?db=NAME, or window.mendDbName set before loading), and
// object stores:
//   chunks  (version 2; key: a number the database gives): the bulk of the
//           book, each value a pack of up to 100 cases' events in Mend's
//           binary form (core/bytes/event_bytes.hpp), about 100 KB;
//   events  (key: event id; value: the encoded event, which names its case):
//           the journal of recent events, one small record per save, folded
//           into chunks by compact() when a load finds it long;
//   records (key: "kind/id"), meta (format version; room for more).
mergeInto(LibraryManager.library, {
  $mendStore__deps: ['mend_idb_slice', 'mend_idb_arrived', 'mend_idb_done', 'mend_idb_news',
                     'mend_idb_redact', 'mend_idb_redacted', 'malloc', 'free'],
  $mendStore: {
    ctx: 0,
    name: 'mend',
    version: 2,
    db: null,
    opening: null,
    opened: false,    // a connection was made once in this page
    replaced: null,   // set once a newer Mend took the database over: no more opens
    saidUnavailable: false,
    queue: [],
    staged: {},  // op -> entries given ahead of its write (mend_idb_stage)
    running: false,
    channel: null,
    sliceSize: 2000,  // journal events or records per load slice
    chunkSlice: 10,   // chunks per load slice (about 1,000 cases, 1 MB)
    chunkReaders: 3,  // load slices of chunks read at once
    timings: [],      // ms per write, issue to complete (diagnostics, the last 200)
    loads: [],        // per load: {started, chunksRead, read} in performance.now() ms

    // Upgrade steps: upgrades[v] takes the database from version v to v + 1,
    // so a later version appends a step and every older book walks up to it.
    upgrades: [
      function (db) {
        db.createObjectStore('events');
        db.createObjectStore('records');
        db.createObjectStore('meta').put(1, 'format');
      },
      // Version 2: chunks beside the journal. Version 1's events simply become
      // the journal; the next load compacts them.
      function (db, tx) {
        db.createObjectStore('chunks', { autoIncrement: true });
        tx.objectStore('meta').put(2, 'format');
      },
    ],

    news: function (code, name, message) {
      if (!mendStore.ctx) return;
      var n = mendStore.cString(name || ''), m = mendStore.cString(message || '');
      _mend_idb_news(mendStore.ctx, code, n, m);
      _free(n);
      _free(m);
    },
    cString: function (text) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      return ptr;
    },
    // Any exception or DOMException as {name, message}.
    failure: function (e) {
      if (e && e.mendFailure) return e;
      return { mendFailure: true, name: (e && e.name) || 'Error',
               message: (e && e.message) || String(e || 'unknown failure') };
    },
    done: function (op, failure) {
      if (!mendStore.ctx) return;
      if (!failure) {
        _mend_idb_done(mendStore.ctx, op, 1, 0, 0);
        return;
      }
      var n = mendStore.cString(failure.name), m = mendStore.cString(failure.message);
      _mend_idb_done(mendStore.ctx, op, 0, n, m);
      _free(n);
      _free(m);
    },

    // ---- the connection ---------------------------------------------------------
    open: function () {
      if (mendStore.db) return Promise.resolve(mendStore.db);
      if (mendStore.replaced) return Promise.reject(mendStore.replaced);
      if (!mendStore.opening) {
        // One tab at a time opens (and so upgrades) the database.
        var p = navigator.locks && navigator.locks.request
                  ? navigator.locks.request('mend-upgrade', mendStore.openNow)
                  : mendStore.openNow();
        mendStore.opening = p.then(function (db) {
          mendStore.opening = null;
          return db;
        }, function (e) {
          mendStore.opening = null;
          throw mendStore.failure(e);
        });
      }
      return mendStore.opening;
    },
    openNow: function () {
      return new Promise(function (resolve, reject) {
        var unavailable = function (e) {
          var f = { mendFailure: true, name: 'MendUnavailable',
                    message: (e && e.name ? e.name + ': ' : '') + ((e && e.message) || 'IndexedDB is missing') };
          if (!mendStore.saidUnavailable) {
            mendStore.saidUnavailable = true;
            mendStore.news(2, f.name, f.message);
          }
          reject(f);
        };
        var req;
        try {
          if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('IndexedDB is missing');
          req = indexedDB.open(mendStore.name, mendStore.version);
        } catch (e) {
          unavailable(e);
          return;
        }
        var created = false;
        req.onupgradeneeded = function (ev) {
          if (ev.oldVersion === 0) created = true;
          for (var v = ev.oldVersion; v < mendStore.version; ++v) mendStore.upgrades[v](req.result, req.transaction);
        };
        req.onblocked = function () {
          mendStore.news(4, 'blocked', 'another tab keeps an older version of the database open');
        };
        req.onsuccess = function () {
          var db = req.result;
          db.onversionchange = function (ev) { mendStore.lose(db, ev.newVersion); };
          db.onclose = function () { if (mendStore.db === db) mendStore.db = null; };
          mendStore.db = db;
          var first = !mendStore.opened;
          mendStore.opened = true;
          if (first) {
            mendStore.news(1, '', '');
            mendStore.persist();
          } else if (created) {
            // Deleted under this page and made anew: C++ sends the book again.
            mendStore.news(5, '', '');
          }
          resolve(db);
        };
        req.onerror = function (ev) {
          ev.preventDefault();
          var e = req.error;
          if (e && e.name === 'VersionError') {
            mendStore.replace();
            reject(mendStore.replaced);
          } else {
            unavailable(e);
          }
        };
      });
    },
    // versionchange: a newer Mend upgrades (reload to continue), or the
    // database is being deleted (newVersion null: reopen on the next use).
    lose: function (db, newVersion) {
      db.close();
      if (mendStore.db === db) mendStore.db = null;
      if (newVersion !== null && newVersion !== undefined) mendStore.replace();
    },
    replace: function () {
      if (mendStore.replaced) return;
      mendStore.replaced = { mendFailure: true, name: 'MendReplaced',
                             message: 'a newer version of Mend uses this database' };
      mendStore.news(3, mendStore.replaced.name, mendStore.replaced.message);
    },
    persist: function () {
      if (!navigator.storage || !navigator.storage.persist) return;
      navigator.storage.persist().then(function (granted) {
        mendStore.news(granted ? 6 : 7, '', '');
      }, function () { mendStore.news(7, '', ''); });
    },
    // A transaction on the open connection; a connection closed meanwhile
    // (InvalidStateError) is opened again, once.
    transaction: function (stores, mode, options) {
      return mendStore.open().then(function (db) {
        try {
          return db.transaction(stores, mode, options);
        } catch (e) {
          if (e.name !== 'InvalidStateError') throw e;
          if (mendStore.db === db) mendStore.db = null;
          return mendStore.open().then(function (again) { return again.transaction(stores, mode, options); });
        }
      });
    },

    // ---- one operation at a time ----------------------------------------------------
    enqueue: function (run) {
      mendStore.queue.push(run);
      mendStore.pump();
    },
    pump: function () {
      if (mendStore.running || !mendStore.queue.length) return;
      mendStore.running = true;
      var run = mendStore.queue.shift();
      var next = function () {
        mendStore.running = false;
        mendStore.pump();
      };
      Promise.resolve().then(run).then(next, next);
    },
    yieldNow: function () {
      return new Promise(function (resolve) { setTimeout(resolve, 0); });
    },

    // ---- packing (see idb_store.cpp) ------------------------------------------------
    encoder: null,
    unpack: function (ptr, size) {
      var entries = [];
      var end = ptr + size;
      var u32 = function (p) {
        return (HEAPU8[p] | (HEAPU8[p + 1] << 8) | (HEAPU8[p + 2] << 16)) + HEAPU8[p + 3] * 16777216;
      };
      while (ptr < end) {
        var kind = HEAPU8[ptr];
        var keyLength = u32(ptr + 1);
        var key = UTF8ArrayToString(HEAPU8, ptr + 5, keyLength);
        ptr += 5 + keyLength;
        var valueLength = u32(ptr);
        // slice: a copy with its own buffer (a view would store all of HEAPU8).
        var value = HEAPU8.slice(ptr + 4, ptr + 4 + valueLength);
        ptr += 4 + valueLength;
        entries.push({ kind: kind, key: key, value: value });
      }
      return entries;
    },
    // Into fresh malloc'ed memory that C++ then owns.
    pack: function (entries) {
      if (!mendStore.encoder) mendStore.encoder = new TextEncoder();
      var size = 0;
      var keys = entries.map(function (e) {
        var k = mendStore.encoder.encode(String(e.key));
        var v = e.value instanceof Uint8Array ? e.value
              : e.value instanceof ArrayBuffer ? new Uint8Array(e.value) : new Uint8Array(0);
        e.bytes = v;
        size += 9 + k.length + v.length;
        return k;
      });
      var ptr = _malloc(Math.max(size, 1));
      var heap = HEAPU8;  // after malloc: memory may have grown
      var p = ptr;
      var u32 = function (n) {
        heap[p] = n & 255; heap[p + 1] = (n >>> 8) & 255; heap[p + 2] = (n >>> 16) & 255; heap[p + 3] = (n >>> 24) & 255;
        p += 4;
      };
      entries.forEach(function (e, i) {
        heap[p++] = e.kind;
        u32(keys[i].length);
        heap.set(keys[i], p);
        p += keys[i].length;
        u32(e.bytes.length);
        heap.set(e.bytes, p);
        p += e.bytes.length;
      });
      return { ptr: ptr, size: size };
    },
    same: function (a, b) {
      if (!(a instanceof Uint8Array) || a.length !== b.length) return false;
      for (var i = 0; i < a.length; ++i) if (a[i] !== b[i]) return false;
      return true;
    },

    // ---- write: one strict readwrite transaction, confirmed on complete ---------------
    write: function (op, entries) {
      var started = performance.now();
      var stores = mendStore.storesOf(entries);
      if (!stores.length) {
        mendStore.done(op, null);
        return Promise.resolve();
      }
      stores.push('meta');  // the lock is checked inside the write (lib_lock.js)
      var redactions = null;
      return mendLock.gate().then(function () {
        return mendLock.sealEntries(entries);
      }).then(function () {
        // Encrypted values cannot be redacted inside the transaction (no
        // decryption there): read and redact them first, then replace each
        // inside it if it is still the value read.
        var redacting = entries.some(function (e) { return e.kind === 4; });
        if (!redacting || !mendLock.aes) return null;
        return mendStore.redactSealed(op).then(function (changes) { redactions = changes; });
      }).then(function () {
        return mendStore.transaction(stores, 'readwrite', { durability: 'strict' });
      }).then(function (tx) {
        return new Promise(function (resolve, reject) {
          var failure = null;
          var fail = function (e) {
            if (!failure) failure = mendStore.failure(e);
            try { tx.abort(); } catch (ignored) { /* already finishing */ }
          };
          tx.oncomplete = function () { resolve(); };
          tx.onabort = function () {
            reject(failure || mendStore.failure(tx.error || { name: 'AbortError', message: 'the write was abandoned' }));
          };
          // A request's AbortError only echoes the transaction's abort: the
          // cause (a full disk at commit, say) is tx.error, told in onabort.
          tx.onerror = function (ev) {
            var e = ev.target && ev.target.error;
            if (!failure && e && e.name !== 'AbortError') failure = mendStore.failure(e);
          };
          var events = stores.indexOf('events') >= 0 ? tx.objectStore('events') : null;
          var records = stores.indexOf('records') >= 0 ? tx.objectStore('records') : null;
          var chunks = stores.indexOf('chunks') >= 0 ? tx.objectStore('chunks') : null;
          // Events are immutable: the same id again must be the same bytes.
          var putEvent = function (e) {
            var get = events.get(e.key);
            get.onsuccess = function () {
              if (failure) return;
              if (get.result === undefined) {
                try { events.put(e.value, e.key); } catch (err) { fail(err); }
              } else if (!mendLock.sameEvent(get.result, e)) {
                fail({ name: 'ConstraintError',
                       message: 'event ' + e.key + ' is stored already with different content' });
              }
            };
          };
          // A chunk's key comes from the database; other tabs are told it.
          var addChunk = function (e) {
            var add = chunks.add(e.value);
            add.onsuccess = function () { e.key = add.result; };
          };
          var issue = function () {
            var redacting = false;
            for (var i = 0; i < entries.length && !failure; ++i) {
              try {
                if (entries[i].kind === 1) putEvent(entries[i]);
                else if (entries[i].kind === 2) addChunk(entries[i]);
                else if (entries[i].kind === 3) records.delete(entries[i].key);
                else if (entries[i].kind === 4) redacting = true;
                else records.put(entries[i].value, entries[i].key);
              } catch (err) {
                fail(err);
              }
            }
            // After the puts (requests run in order): the cursors see them too.
            if (redacting && !failure) {
              if (redactions) mendStore.replaceRedacted(tx, redactions, fail);
              else mendStore.redactStored(tx, op, fail);
            }
          };
          mendLock.checkInside(tx, issue, fail);
        });
      }).then(function () {
        mendStore.timings.push(performance.now() - started);
        if (mendStore.timings.length > 200) mendStore.timings.shift();
        mendStore.done(op, null);
        mendStore.announce(entries);
      }, function (e) {
        mendStore.done(op, mendStore.failure(e));
      });
    },
    storesOf: function (entries) {
      // By entry kind (3: a removal; 4: a case to anonymise, wherever its events are).
      var names = [['records'], ['events'], ['chunks'], ['records'], ['events', 'chunks']];
      var used = [];
      entries.forEach(function (e) {
        (names[e.kind] || ['records']).forEach(function (name) {
          if (used.indexOf(name) < 0) used.push(name);
        });
      });
      return used;
    },
    // Anonymisation (core/privacy/anonymise.hpp): every stored chunk and
    // journal event is offered to C++, which hands back the redacted value
    // when it holds one of the write's anonymised cases. Inside the write's
    // transaction, so the Anonymised events and the redaction land together
    // or not at all. The calls into wasm are synchronous: the transaction
    // stays active between the cursor's steps.
    redactStored: function (tx, op, fail) {
      var walk = function (storeName, kind, then) {
        var req = tx.objectStore(storeName).openCursor();
        req.onerror = function () { fail(req.error); };
        req.onsuccess = function () {
          var cursor = req.result;
          if (!cursor) { if (then) then(); return; }
          var v = cursor.value;
          var bytes = v instanceof Uint8Array ? v : new Uint8Array(v);
          var ptr = _malloc(Math.max(bytes.length, 1));
          HEAPU8.set(bytes, ptr);
          var n = mendStore.ctx ? _mend_idb_redact(mendStore.ctx, op, kind, ptr, bytes.length) : 0;
          _free(ptr);
          if (n > 0) {
            var at = _mend_idb_redacted(mendStore.ctx);
            try { cursor.update(HEAPU8.slice(at, at + n)); } catch (err) { fail(err); return; }
          }
          cursor.continue();
        };
      };
      walk('chunks', 2, function () { walk('events', 1, null); });
    },

    // The same for an encrypted book, in two steps: every stored value read
    // and decrypted, redacted by C++ and encrypted again, before the write;
    // then, inside it, each replaced if it is still the value read (else the
    // write fails and is tried again, as any failed write is).
    redactSealed: function (op) {
      var collect = function (storeName, kind) {
        return mendStore.transaction(storeName, 'readonly').then(function (tx) {
          var store = tx.objectStore(storeName);
          return Promise.all([mendStore.request(store.getAllKeys()), mendStore.request(store.getAll())]);
        }).then(function (got) {
          var work = got[0].map(function (key, i) {
            var old = got[1][i];
            return mendLock.unseal(old).then(function (bytes) {
              var ptr = _malloc(Math.max(bytes.length, 1));
              HEAPU8.set(bytes, ptr);
              var n = mendStore.ctx ? _mend_idb_redact(mendStore.ctx, op, kind, ptr, bytes.length) : 0;
              _free(ptr);
              if (n <= 0) return null;
              var at = _mend_idb_redacted(mendStore.ctx);
              return mendLock.seal(HEAPU8.slice(at, at + n), kind === 1).then(function (next) {
                return { store: storeName, key: key, old: old, next: next };
              });
            });
          });
          return Promise.all(work);
        });
      };
      return Promise.all([collect('chunks', 2), collect('events', 1)]).then(function (lists) {
        return lists[0].concat(lists[1]).filter(function (c) { return c; });
      });
    },
    replaceRedacted: function (tx, changes, fail) {
      changes.forEach(function (c) {
        var store = tx.objectStore(c.store);
        var get = store.get(c.key);
        get.onsuccess = function () {
          if (!mendLock.sameStored(get.result, c.old)) {
            fail({ name: 'MendChanged', message: 'the book changed in another tab while customers were being anonymised' });
            return;
          }
          try { store.put(c.next, c.key); } catch (err) { fail(err); }
        };
      });
    },

    // ---- compaction: the journal into chunks, by one tab at a time ------------------
    // entries: the new chunks (kind 2) and the journal keys they replace (kind 1).
    compact: function (entries) {
      var run = function (lock) {
        if (lock === null) return null;  // another tab is compacting
        return mendLock.gate().then(function () {
          return mendLock.sealEntries(entries.filter(function (e) { return e.kind === 2; }));
        }).then(function () {
          return mendStore.transaction(['events', 'chunks', 'meta'], 'readwrite', { durability: 'strict' });
        }).then(function (tx) {
          return new Promise(function (resolve) {
            tx.oncomplete = tx.onabort = function () { resolve(); };
            mendLock.checkInside(tx, function () { mendStore.compactInside(tx, entries); }, function () {
              try { tx.abort(); } catch (ignored) { /* finishing */ }
            });
          });
        });
      };
      var locked = navigator.locks && navigator.locks.request
                     ? navigator.locks.request('mend-compact', { ifAvailable: true }, run)
                     : run(true);
      return Promise.resolve(locked).catch(function () { /* the journal stays as it was */ });
    },
    // Inside compact()'s transaction, once the lock is known to be the same.
    compactInside: function (tx, entries) {
      var events = tx.objectStore('events'), chunks = tx.objectStore('chunks');
      var keys = entries.filter(function (e) { return e.kind === 1; });
      var waiting = keys.length, gone = false;
      // Every journal record must still be there: if another tab compacted
      // it meanwhile, this compaction is void.
      keys.forEach(function (e) {
        var count = events.count(e.key);
        count.onsuccess = function () {
          if (count.result === 0) gone = true;
          if (--waiting > 0) return;
          if (gone) {
            tx.abort();
            return;
          }
          entries.forEach(function (c) { if (c.kind === 2) chunks.add(c.value); });
          keys.forEach(function (k) { events.delete(k.key); });
        };
      });
    },

    // ---- load: records, then events, in slices with a pause between ---------------------
    load: function (op) {
      var times = { started: performance.now() };
      mendStore.loads.push(times);
      return mendLock.gate().then(function () {
        return mendStore.readAll(op, 'records');
      }).then(function () {
        return mendStore.readChunks(op);
      }).then(function () {
        times.chunksRead = performance.now();
        return mendStore.readAll(op, 'events');
      }).then(function () {
        times.read = performance.now();
        mendStore.done(op, null);
      },
              function (e) { mendStore.done(op, mendStore.failure(e)); });
    },
    // Chunks by key ranges, a few ranges in flight at once (the read is not
    // the slow part; waiting for each answer in turn would be).
    readChunks: function (op) {
      return mendStore.transaction('chunks', 'readonly').then(function (tx) {
        return mendStore.request(tx.objectStore('chunks').getAllKeys());
      }).then(function (keys) {
        var ranges = [];
        for (var i = 0; i < keys.length; i += mendStore.chunkSlice) {
          var last = keys[Math.min(i + mendStore.chunkSlice, keys.length) - 1];
          ranges.push(IDBKeyRange.bound(keys[i], last));
        }
        var next = 0;
        var reader = function () {
          if (next >= ranges.length) return null;
          var range = ranges[next++];
          return mendStore.transaction('chunks', 'readonly').then(function (tx) {
            var store = tx.objectStore('chunks');
            return Promise.all([mendStore.request(store.getAllKeys(range)),
                                mendStore.request(store.getAll(range))]);
          }).then(function (got) {
            return mendLock.unsealAll(got[1]).then(function (values) {
              mendStore.hand(op, got[0].map(function (k, j) {
                return { kind: 2, key: k, value: values[j] };
              }));
              return reader();
            });
          });
        };
        var readers = [];
        for (var r = 0; r < mendStore.chunkReaders; ++r) readers.push(reader());
        return Promise.all(readers);
      });
    },
    request: function (req) {
      return new Promise(function (resolve, reject) {
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = function () { reject(mendStore.failure(req.error)); };
      });
    },
    readAll: function (op, storeName) {
      var kind = storeName === 'events' ? 1 : 0;
      var after = null;
      var step = function () {
        return mendStore.transaction(storeName, 'readonly').then(function (tx) {
          return new Promise(function (resolve, reject) {
            var store = tx.objectStore(storeName);
            var range = after === null ? null : IDBKeyRange.lowerBound(after, true);
            var keys = store.getAllKeys(range, mendStore.sliceSize);
            var values = store.getAll(range, mendStore.sliceSize);
            tx.oncomplete = function () { resolve({ keys: keys.result, values: values.result }); };
            tx.onabort = function () { reject(mendStore.failure(tx.error)); };
          });
        }).then(function (got) {
          return mendLock.unsealAll(got.values).then(function (values) {
            if (got.keys.length) {
              mendStore.hand(op, got.keys.map(function (k, i) {
                return { kind: kind, key: k, value: values[i] };
              }));
              after = got.keys[got.keys.length - 1];
            }
            if (got.keys.length < mendStore.sliceSize) return null;
            return mendStore.yieldNow().then(step);
          });
        });
      };
      return step();
    },
    hand: function (op, entries) {
      if (!mendStore.ctx) return;
      var packed = mendStore.pack(entries);
      _mend_idb_slice(mendStore.ctx, op, packed.ptr, packed.size);
    },

    // ---- several tabs --------------------------------------------------------------
    announce: function (entries) {
      if (!mendStore.channel) return;
      var keys = function (kind) {
        return entries.filter(function (e) { return e.kind === kind; }).map(function (e) { return e.key; });
      };
      mendStore.channel.postMessage({ events: keys(1), records: keys(0), chunks: keys(2),
                                      removed: keys(3) });
    },
    // Another tab stored these: read them back (what is stored is what counts).
    fetchAnnounced: function (message) {
      if (message && message.lock) return mendLock.refresh();
      var events = (message && message.events) || [], records = (message && message.records) || [];
      var chunks = (message && message.chunks) || [];
      var removed = (message && message.removed) || [];
      var stores = [];
      if (events.length) stores.push('events');
      if (records.length || removed.length) stores.push('records');
      if (chunks.length) stores.push('chunks');
      if (!stores.length) return Promise.resolve();
      return mendStore.transaction(stores, 'readonly').then(function (tx) {
        return new Promise(function (resolve, reject) {
          var found = [];
          var read = function (storeName, kind, key) {
            var req = tx.objectStore(storeName).get(key);
            req.onsuccess = function () {
              if (req.result !== undefined) found.push({ kind: kind, key: key, value: req.result });
            };
          };
          events.forEach(function (k) { read('events', 1, k); });
          records.forEach(function (k) { read('records', 0, k); });
          // Removed, unless something put it back since: what is stored counts.
          removed.forEach(function (k) {
            var req = tx.objectStore('records').get(k);
            req.onsuccess = function () {
              if (req.result === undefined) found.push({ kind: 3, key: k, value: new Uint8Array(0) });
            };
          });
          chunks.forEach(function (k) { read('chunks', 2, k); });
          tx.oncomplete = function () { resolve(found); };
          tx.onabort = function () { reject(mendStore.failure(tx.error)); };
        });
      }).then(function (found) {
        if (!found || !found.length || !mendStore.ctx) return null;
        return mendLock.unsealAll(found.map(function (f) { return f.value; })).then(function (values) {
          found.forEach(function (f, i) { f.value = values[i]; });
          return found;
        });
      }).then(function (found) {
        if (!found || !found.length || !mendStore.ctx) return;
        var packed = mendStore.pack(found);
        _mend_idb_arrived(mendStore.ctx, packed.ptr, packed.size);
      }, function () { /* the next reload reads it */ });
    },
  },

  mend_idb_start__deps: ['$mendStore', '$mendLock'],
  mend_idb_start: function (ctx) {
    mendStore.ctx = ctx;
    if (!ctx) return;
    var fromPage = new URLSearchParams(window.location.search).get('db');
    mendStore.name = fromPage || window.mendDbName || 'mend';
    if (typeof BroadcastChannel === 'function' && !mendStore.channel) {
      mendStore.channel = new BroadcastChannel('mend-book:' + mendStore.name);
      mendStore.channel.onmessage = function (ev) {
        mendStore.enqueue(function () { return mendStore.fetchAnnounced(ev.data); });
      };
    }
    // Diagnostics: the database's name, recent write times, and the write
    // path itself (queued like the app's writes) for measuring what a save costs.
    window.mendStorage = {
      name: mendStore.name,
      timings: mendStore.timings,
      loads: mendStore.loads,
      write: function (entries) {
        return new Promise(function (resolve) {
          mendStore.enqueue(function () { return mendStore.write(-1, entries).then(resolve); });
        });
      },
    };
    mendStore.enqueue(function () { return mendStore.open().catch(function () {}); });
    mendLock.watch();
  },

  mend_idb_load__deps: ['$mendStore'],
  mend_idb_load: function (op) {
    mendStore.enqueue(function () { return mendStore.load(op); });
  },

  mend_idb_write__deps: ['$mendStore'],
  mend_idb_write: function (op, ptr, size) {
    var entries = mendStore.unpack(ptr, size);  // copied now: C++ frees the buffer on return
    var staged = mendStore.staged[op];
    if (staged) {
      delete mendStore.staged[op];
      entries = staged.concat(entries);
    }
    mendStore.enqueue(function () { return mendStore.write(op, entries); });
  },

  // Part of a large write's entries, ahead of the write (idb_store.cpp
  // encodes an import a slice a frame); kept until mend_idb_write.
  mend_idb_stage__deps: ['$mendStore'],
  mend_idb_stage: function (op, ptr, size) {
    var entries = mendStore.unpack(ptr, size);
    var staged = mendStore.staged[op] || (mendStore.staged[op] = []);
    for (var i = 0; i < entries.length; i++) staged.push(entries[i]);
  },

  // While changes are unsaved, closing or reloading the tab asks first.
  mend_idb_compact__deps: ['$mendStore'],
  mend_idb_compact: function (ptr, size) {
    var entries = mendStore.unpack(ptr, size);
    mendStore.enqueue(function () { return mendStore.compact(entries); });
  },

  mend_idb_guard_unload__deps: ['mend_unsaved_changes'],
  mend_idb_guard_unload: function () {
    window.addEventListener('beforeunload', function (e) {
      if (_mend_unsaved_changes() > 0) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
  },
});
