// The passcode lock: the book encrypted at rest in IndexedDB (lib_store.js
// calls in here around every read and write; idb_store.cpp hears the news).
//
// Keys. The passcode gives a key-encryption key: PBKDF2-SHA-256 with at least
// 600,000 iterations over a random 16-byte salt, an AES-GCM-256 CryptoKey that
// is never extractable and never stored. It opens the book's secret, 64 random
// bytes made when the passcode is set and kept in meta "lock" only encrypted
// under that key (AES-GCM, fresh IV). From the secret come two
// non-extractable keys held in memory while the book is open: AES-GCM-256 for
// the values, HMAC-SHA-256 for event fingerprints (the store refuses a second
// event with the same id and other content; it must compare inside a
// transaction, where nothing can be decrypted). The secret's bytes exist only
// while those keys are made or the passcode changes, then are zeroed.
// Why a secret rather than the passcode's key itself: changing the passcode
// then rewrites one record atomically, so a tab closed halfway loses nothing.
//
// Values. Encrypted: {iv: 12 bytes, data: ciphertext and tag, tag: the
// fingerprint (events only)}; plain: a Uint8Array, as without a lock. Both
// kinds are read at any time, so setting or removing a passcode (meta
// "lock".state "locking" / "unlocking") walks the stores slice by slice and
// goes on after the next unlock when the tab was closed halfway.
//
// Wrong passcodes: meta "lockTries" {count, until}; from the 5th wrong one on
// each costs a wait, 30 s doubling up to 15 min, kept in the database so a
// reload does not reset it.
mergeInto(LibraryManager.library, {
  $mendLock__deps: ['$mendStore', 'mend_lock_news', 'mend_unsaved_changes', 'malloc', 'free'],
  $mendLock: {
    iterations: 600000,
    meta: null,      // meta "lock" as last read (null: no passcode)
    known: false,    // meta read since the page opened
    reading: null,   // the first read of meta, under way
    aes: null,       // the keys while the book is open
    hmac: null,
    tries: null,     // meta "lockTries"
    waiting: [],     // resolvers of gate() while locked
    checking: false, // a passcode is being tried
    lastActivity: Date.now(),
    sliceSize: 200,  // values per migration step
    // Tests shrink the steps (window.mendLockSliceSize) and pause between
    // them (window.mendLockMigrationPause, ms) to close a tab halfway.
    slice: function () { return window.mendLockSliceSize || mendLock.sliceSize; },

    // News for idb_store.cpp (codes: idb_store.cpp's LockNotice).
    news: function (code, a, b, failure) {
      if (!mendStore.ctx) return;
      var n = mendStore.cString((failure && failure.name) || '');
      var m = mendStore.cString((failure && failure.message) || '');
      _mend_lock_news(mendStore.ctx, code, a || 0, b || 0, n, m);
      _free(n);
      _free(m);
    },
    fail: function (name, message) {
      return { mendFailure: true, name: name, message: message };
    },
    open: function () { return !mendLock.meta || !!mendLock.aes; },
    idleMinutes: function () { return (mendLock.meta && mendLock.meta.idleMinutes) || 0; },

    // ---- crypto ----------------------------------------------------------------------
    random: function (n) { return crypto.getRandomValues(new Uint8Array(n)); },
    keyFromPasscode: function (passcode, salt, iterations) {
      var subtle = crypto.subtle;
      return subtle.importKey('raw', new TextEncoder().encode(passcode), 'PBKDF2', false, ['deriveKey'])
        .then(function (base) {
          return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations },
                                  base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
        });
    },
    // The secret's two keys, then its bytes zeroed.
    useSecret: function (secret) {
      var subtle = crypto.subtle;
      return Promise.all([
        subtle.importKey('raw', secret.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']),
        subtle.importKey('raw', secret.slice(32, 64), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
      ]).then(function (keys) {
        secret.fill(0);
        mendLock.aes = keys[0];
        mendLock.hmac = keys[1];
      });
    },
    wrap: function (kek, secret) {
      var iv = mendLock.random(12);
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, kek, secret).then(function (data) {
        return { iv: iv, data: new Uint8Array(data) };
      });
    },
    // The secret under this passcode, or a MendWrongPasscode failure.
    unwrap: function (meta, passcode) {
      return mendLock.keyFromPasscode(passcode, meta.kdf.salt, meta.kdf.iterations).then(function (kek) {
        return crypto.subtle.decrypt({ name: 'AES-GCM', iv: meta.wrapped.iv }, kek, meta.wrapped.data);
      }).then(function (secret) { return new Uint8Array(secret); }, function (e) {
        if (e && e.name === 'OperationError') throw mendLock.fail('MendWrongPasscode', 'the passcode is wrong');
        throw mendStore.failure(e);
      });
    },
    isSealed: function (v) { return !!v && !(v instanceof Uint8Array) && !(v instanceof ArrayBuffer) && !!v.iv; },
    seal: function (bytes, fingerprint) {
      var iv = mendLock.random(12);
      var work = [crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, mendLock.aes, bytes)];
      if (fingerprint) work.push(crypto.subtle.sign('HMAC', mendLock.hmac, bytes));
      return Promise.all(work).then(function (r) {
        var sealed = { iv: iv, data: new Uint8Array(r[0]) };
        if (fingerprint) sealed.tag = new Uint8Array(r[1]);
        return sealed;
      });
    },
    // A stored value as the bytes C++ reads.
    unseal: function (v) {
      if (v instanceof Uint8Array) return Promise.resolve(v);
      if (v instanceof ArrayBuffer) return Promise.resolve(new Uint8Array(v));
      if (!mendLock.isSealed(v)) return Promise.resolve(new Uint8Array(0));
      if (!mendLock.aes) return Promise.reject(mendLock.fail('MendLocked', 'the book is locked'));
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: v.iv }, mendLock.aes, v.data).then(function (p) {
        return new Uint8Array(p);
      }, function () {
        throw mendLock.fail('MendDamaged', 'an encrypted value does not open with this book\'s key');
      });
    },
    unsealAll: function (values) { return Promise.all(values.map(mendLock.unseal)); },
    // A write's entries with their values encrypted (entry.plain keeps the
    // bytes, for the stored-event comparison); as they are without a lock.
    sealEntries: function (entries) {
      if (!mendLock.aes) return Promise.resolve(entries);
      return Promise.all(entries.map(function (e) {
        if (e.kind !== 0 && e.kind !== 1 && e.kind !== 2) return e;
        e.plain = e.value;
        return mendLock.seal(e.value, e.kind === 1).then(function (s) {
          e.value = s;
          return e;
        });
      }));
    },
    // Inside a transaction: is this stored event the same as the new one?
    sameEvent: function (stored, entry) {
      var plain = entry.plain || entry.value;
      if (stored instanceof Uint8Array || stored instanceof ArrayBuffer)
        return mendStore.same(stored instanceof Uint8Array ? stored : new Uint8Array(stored), plain);
      if (mendLock.isSealed(stored) && mendLock.isSealed(entry.value) && stored.tag && entry.value.tag)
        return mendStore.same(stored.tag, entry.value.tag);
      return true;  // sealed under a lock this tab no longer holds: cannot tell, keep the stored one
    },
    // Inside a write's transaction: the lock this tab knows is the lock stored
    // (another tab may have set or removed one meanwhile).
    checkInside: function (tx, then, fail) {
      var req = tx.objectStore('meta').get('lock');
      req.onsuccess = function () {
        var stored = req.result ? req.result.id : null;
        var mine = mendLock.meta ? mendLock.meta.id : null;
        if (stored !== mine || (stored && !mendLock.aes)) {
          fail(mendLock.fail('MendLockChanged', 'the passcode lock was changed in another tab'));
          setTimeout(mendLock.refresh, 0);
          return;
        }
        then();
      };
    },

    // ---- reading meta, and the gate every read and write passes ----------------------
    readMeta: function () {
      return mendStore.transaction('meta', 'readonly').then(function (tx) {
        var store = tx.objectStore('meta');
        return Promise.all([mendStore.request(store.get('lock')), mendStore.request(store.get('lockTries'))]);
      }).then(function (got) {
        mendLock.tries = got[1] || null;
        return got[0] || null;
      });
    },
    // Resolves when the book may be read and written: no passcode, or unlocked.
    gate: function () {
      if (!mendLock.known) {
        if (!mendLock.reading) {
          mendLock.reading = mendLock.readMeta().then(function (meta) {
            mendLock.known = true;
            mendLock.meta = meta;
            if (meta) mendLock.news(2, meta.idleMinutes || 0);
            else mendLock.news(1, 0);
            // A wait from wrong passcodes before a reload shows at once.
            var now = Date.now();
            if (meta && mendLock.tries && mendLock.tries.until > now)
              mendLock.news(4, mendLock.tries.until - now, 1);
          });
        }
        return mendLock.reading.then(mendLock.gate);
      }
      if (mendLock.open()) return Promise.resolve();
      return new Promise(function (resolve) { mendLock.waiting.push(resolve); });
    },
    // Another tab set, removed or changed the passcode: follow what is stored.
    refresh: function () {
      return mendLock.readMeta().then(function (meta) {
        var mine = mendLock.meta ? mendLock.meta.id : null;
        var stored = meta ? meta.id : null;
        if (stored === mine) {
          if (meta) mendLock.meta = meta;  // the idle time or the wrapped secret changed
          return;
        }
        mendLock.meta = meta;
        mendLock.aes = mendLock.hmac = null;
        if (meta) {
          // Locked from another tab: this one forgets the book as "Lock now"
          // does, by a reload, once nothing is unsaved; changes not yet
          // stored wait behind the lock screen and are saved after the unlock.
          mendLock.news(2, meta.idleMinutes || 0);
          if (_mend_unsaved_changes() === 0) window.location.reload();
        } else {
          mendLock.news(1, 0);
          mendLock.release();
        }
      }, function () {});
    },
    release: function () {
      var w = mendLock.waiting;
      mendLock.waiting = [];
      w.forEach(function (resolve) { resolve(); });
    },
    putMeta: function (values, removed) {
      return mendStore.transaction('meta', 'readwrite', { durability: 'strict' }).then(function (tx) {
        return new Promise(function (resolve, reject) {
          var store = tx.objectStore('meta');
          Object.keys(values).forEach(function (k) { store.put(values[k], k); });
          (removed || []).forEach(function (k) { store.delete(k); });
          tx.oncomplete = function () { resolve(); };
          tx.onabort = function () { reject(mendStore.failure(tx.error)); };
        });
      });
    },
    announce: function () {
      if (mendStore.channel) mendStore.channel.postMessage({ lock: true });
    },

    // ---- unlocking ---------------------------------------------------------------------
    unlock: function (passcode) {
      if (mendLock.open() || mendLock.checking) return;
      var now = Date.now();
      if (mendLock.tries && mendLock.tries.until > now) {
        mendLock.news(4, mendLock.tries.until - now, 1);
        return;
      }
      mendLock.checking = true;
      var meta = mendLock.meta;
      mendLock.unwrap(meta, passcode).then(function (secret) {
        return mendLock.useSecret(secret).then(function () {
          mendLock.tries = null;
          return mendLock.putMeta({}, ['lockTries']).catch(function () {});
        }).then(function () {
          mendLock.checking = false;
          mendLock.news(3, meta.idleMinutes || 0);
          // A passcode set or removed halfway goes on before the book is read.
          var pending = meta.state === 'locking' || meta.state === 'unlocking';
          var finish = pending ? mendLock.finishMigration(meta) : Promise.resolve();
          return finish.then(mendLock.release, function (e) {
            mendLock.news(6, meta.state === 'locking' ? 1 : 3, 0, mendStore.failure(e));
            mendLock.release();
          });
        });
      }, function (e) {
        mendLock.checking = false;
        if (e.name !== 'MendWrongPasscode') {
          mendLock.news(6, 5, 0, e);
          return;
        }
        var count = ((mendLock.tries && mendLock.tries.count) || 0) + 1;
        var wait = count >= 5 ? Math.min(30000 * Math.pow(2, count - 5), 900000) : 0;
        mendLock.tries = { count: count, until: wait ? Date.now() + wait : 0 };
        mendLock.putMeta({ lockTries: mendLock.tries }).catch(function () {});
        mendLock.news(4, wait, 0);
      });
    },

    // ---- setting, changing and removing the passcode (queued like writes) ------------
    set: function (passcode, idleMinutes) {
      if (mendLock.meta) return Promise.resolve(mendLock.news(6, 1, 0, mendLock.fail('MendLocked', 'a passcode is set already')));
      var secret = mendLock.random(64);
      var salt = mendLock.random(16);
      var meta = { version: 1, id: Array.from(mendLock.random(8), function (b) { return (b + 256).toString(16).slice(1); }).join(''),
                   kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: mendLock.iterations, salt: salt },
                   idleMinutes: idleMinutes, state: 'locking' };
      return mendLock.keyFromPasscode(passcode, salt, mendLock.iterations).then(function (kek) {
        return mendLock.wrap(kek, secret);
      }).then(function (wrapped) {
        meta.wrapped = wrapped;
        return mendLock.useSecret(secret);
      }).then(function () {
        return mendLock.putMeta({ lock: meta });
      }).then(function () {
        mendLock.meta = meta;
        mendLock.announce();
        return mendLock.finishMigration(meta);
      }).then(function () {
        mendLock.news(5, 1, 0);
      }, function (e) {
        secret.fill(0);
        mendLock.news(6, 1, 0, mendStore.failure(e));
      });
    },
    change: function (current, passcode) {
      var meta = mendLock.meta;
      if (!meta) return Promise.resolve(mendLock.news(6, 2, 0, mendLock.fail('MendNoLock', 'no passcode is set')));
      var salt = mendLock.random(16);
      var secret = null;
      return mendLock.unwrap(meta, current).then(function (s) {
        secret = s;
        return mendLock.keyFromPasscode(passcode, salt, mendLock.iterations);
      }).then(function (kek) {
        return mendLock.wrap(kek, secret);
      }).then(function (wrapped) {
        secret.fill(0);
        var next = Object.assign({}, meta, { wrapped: wrapped,
          kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: mendLock.iterations, salt: salt } });
        return mendLock.putMeta({ lock: next }).then(function () {
          mendLock.meta = next;
          mendLock.announce();
          mendLock.news(5, 2, 0);
        });
      }).catch(function (e) {
        if (secret) secret.fill(0);
        mendLock.news(6, 2, 0, mendStore.failure(e));
      });
    },
    remove: function (current) {
      var meta = mendLock.meta;
      if (!meta) return Promise.resolve(mendLock.news(6, 3, 0, mendLock.fail('MendNoLock', 'no passcode is set')));
      return mendLock.unwrap(meta, current).then(function (secret) {
        secret.fill(0);
        var next = Object.assign({}, meta, { state: 'unlocking' });
        return mendLock.putMeta({ lock: next }).then(function () {
          mendLock.meta = next;
          return mendLock.finishMigration(next);
        });
      }).then(function () {
        mendLock.news(5, 3, 0);
      }, function (e) {
        mendLock.news(6, 3, 0, mendStore.failure(e));
      });
    },
    setIdle: function (minutes) {
      var meta = mendLock.meta;
      if (!meta || !mendLock.aes) return Promise.resolve();
      var next = Object.assign({}, meta, { idleMinutes: minutes });
      return mendLock.putMeta({ lock: next }).then(function () {
        mendLock.meta = next;
        mendLock.announce();
        mendLock.news(5, 4, minutes);
      }, function (e) { mendLock.news(6, 4, 0, mendStore.failure(e)); });
    },

    // Every value into the form meta.state asks for ("locking": encrypted,
    // "unlocking": plain), a slice at a time, each slice its own transaction
    // that changes a value only if it is still the one read; then meta says
    // it is done (or goes, for "unlocking"). Safe to stop anywhere.
    finishMigration: function (meta) {
      var sealing = meta.state === 'locking';
      var stores = ['records', 'events', 'chunks'];
      var total = 0, done = 0;
      var countAll = mendStore.transaction(stores, 'readonly').then(function (tx) {
        return Promise.all(stores.map(function (s) { return mendStore.request(tx.objectStore(s).count()); }));
      }).then(function (counts) { total = counts.reduce(function (a, b) { return a + b; }, 0); });
      var step = function (storeName, after) {
        return mendStore.transaction(storeName, 'readonly').then(function (tx) {
          var store = tx.objectStore(storeName);
          var range = after === null ? null : IDBKeyRange.lowerBound(after, true);
          var size = mendLock.slice();
          return Promise.all([mendStore.request(store.getAllKeys(range, size)),
                              mendStore.request(store.getAll(range, size))]);
        }).then(function (got) {
          var keys = got[0], values = got[1];
          var work = [];
          keys.forEach(function (k, i) {
            var v = values[i];
            if (sealing === mendLock.isSealed(v)) return;
            var made = sealing ? mendLock.unseal(v).then(function (p) { return mendLock.seal(p, storeName === 'events'); })
                               : mendLock.unseal(v);
            work.push(made.then(function (next) { return { key: k, old: v, next: next }; }));
          });
          return Promise.all(work).then(function (changes) {
            return mendLock.replace(storeName, changes);
          }).then(function () {
            done += keys.length;
            mendLock.news(7, done, total);
            if (keys.length < mendLock.slice()) return null;
            var pause = window.mendLockMigrationPause || 0;
            return new Promise(function (r) { setTimeout(r, pause); }).then(function () {
              return step(storeName, keys[keys.length - 1]);
            });
          });
        });
      };
      return countAll.then(function () {
        return stores.reduce(function (p, s) { return p.then(function () { return step(s, null); }); },
                             Promise.resolve());
      }).then(function () {
        if (sealing) {
          var next = Object.assign({}, meta, { state: 'locked' });
          return mendLock.putMeta({ lock: next }).then(function () { mendLock.meta = next; });
        }
        return mendLock.putMeta({}, ['lock', 'lockTries']).then(function () {
          mendLock.meta = null;
          mendLock.aes = mendLock.hmac = null;
          mendLock.announce();
          mendLock.news(1, 0);  // also when this finishes a removal begun in a closed tab
        });
      });
    },
    replace: function (storeName, changes) {
      if (!changes.length) return Promise.resolve();
      return mendStore.transaction(storeName, 'readwrite', { durability: 'strict' }).then(function (tx) {
        return new Promise(function (resolve, reject) {
          var store = tx.objectStore(storeName);
          changes.forEach(function (c) {
            var get = store.get(c.key);
            get.onsuccess = function () {
              if (mendLock.sameStored(get.result, c.old)) store.put(c.next, c.key);
            };
          });
          tx.oncomplete = function () { resolve(); };
          tx.onabort = function () { reject(mendStore.failure(tx.error)); };
        });
      });
    },
    sameStored: function (a, b) {
      if (a === undefined || b === undefined) return false;
      if (mendLock.isSealed(a) || mendLock.isSealed(b))
        return mendLock.isSealed(a) && mendLock.isSealed(b) && mendStore.same(a.iv, b.iv);
      return mendStore.same(a instanceof Uint8Array ? a : new Uint8Array(a), b instanceof Uint8Array ? b : new Uint8Array(b));
    },

    // ---- locking again -----------------------------------------------------------------
    // After the idle time, or "Lock now": once every change is confirmed
    // stored and the store is idle, the page reloads, and so forgets the
    // book and the keys; it opens locked.
    lockWanted: false,
    watch: function () {
      var touched = function () { mendLock.lastActivity = Date.now(); };
      ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(function (type) {
        window.addEventListener(type, touched, { capture: true, passive: true });
      });
      setInterval(mendLock.check, 1000);
    },
    check: function () {
      if (!mendLock.meta || !mendLock.aes) return;
      var idle = mendLock.idleMinutes();
      if (idle > 0 && Date.now() - mendLock.lastActivity >= idle * 60000) mendLock.lockWanted = true;
      if (!mendLock.lockWanted) return;
      if (_mend_unsaved_changes() > 0 || mendStore.running || mendStore.queue.length) return;
      mendLock.aes = mendLock.hmac = null;
      window.location.reload();
    },
  },

  mend_lock_unlock__deps: ['$mendLock'],
  mend_lock_unlock: function (passcode) {
    mendLock.unlock(UTF8ToString(passcode));
  },
  mend_lock_set__deps: ['$mendLock'],
  mend_lock_set: function (passcode, idleMinutes) {
    var p = UTF8ToString(passcode);
    mendStore.enqueue(function () { return mendLock.set(p, idleMinutes); });
  },
  mend_lock_change__deps: ['$mendLock'],
  mend_lock_change: function (current, passcode) {
    var c = UTF8ToString(current), p = UTF8ToString(passcode);
    mendStore.enqueue(function () { return mendLock.change(c, p); });
  },
  mend_lock_remove__deps: ['$mendLock'],
  mend_lock_remove: function (current) {
    var c = UTF8ToString(current);
    mendStore.enqueue(function () { return mendLock.remove(c); });
  },
  mend_lock_idle__deps: ['$mendLock'],
  mend_lock_idle: function (minutes) {
    mendStore.enqueue(function () { return mendLock.setIdle(minutes); });
  },
  mend_lock_now__deps: ['$mendLock'],
  mend_lock_now: function () {
    mendLock.lockWanted = true;
    mendLock.check();
  },
  mend_lock_watch__deps: ['$mendLock'],
  mend_lock_watch: function () {
    mendLock.watch();
  },
});
