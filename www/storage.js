// Keeps the user's text across reloads: a short text in localStorage (read at once on start), a long
// one (or one that localStorage refuses, when it is full or disabled) in IndexedDB, whose quota is far
// larger and whose writes do not hold the page. When neither takes it, `saveText` says so and the page
// keeps the text in memory (and tells the user).

const KEY = 'wenxi.text';
/** Texts longer than this (UTF-16 units) go to IndexedDB: localStorage holds about 5 million units per
 *  site in all, and reading or writing a long value there holds the main thread. */
export const LOCAL_MAX = 200000;
const DB = { name: 'wenxi', store: 'texts', key: 'text' };

/** localStorage, or null when the browser refuses it (disabled, sandboxed). */
function local() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The text saved in localStorage, read synchronously (short texts), or null. */
export function savedLocalText() {
  try {
    return local()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

function removeLocal() {
  try {
    local()?.removeItem(KEY);
  } catch {
    // nothing to remove where nothing can be stored
  }
}

/** Opens the database, or rejects. */
function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB.name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB.store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error || new Error('indexedDB.open failed'));
    request.onblocked = () => reject(new Error('indexedDB.open blocked'));
  });
}

/** Runs `work(store)` in one transaction; resolves with the request's result once it committed. */
async function transact(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(DB.store, mode);
      const request = work(tx.objectStore(DB.store));
      tx.oncomplete = () => resolve(request.result);
      tx.onabort = () => reject(tx.error || request.error || new Error('transaction aborted'));
      tx.onerror = () => reject(tx.error || request.error || new Error('transaction failed'));
    });
  } finally {
    db.close();
  }
}

/** The text saved in IndexedDB, or null. */
export async function savedDbText() {
  try {
    const value = await transact('readonly', (store) => store.get(DB.key));
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

async function removeDb() {
  try {
    await transact('readwrite', (store) => store.delete(DB.key));
  } catch {
    // nothing saved there, or no IndexedDB at all
  }
}

/** Writes are queued so that an older, slower write never lands after a newer one. */
let queue = Promise.resolve();

/**
 * Saves `text` (an empty text removes what was saved). Resolves to where it went: `local`, `db`, or
 * `none` with the error of the last store tried; never rejects.
 */
export function saveText(text) {
  const job = queue.then(() => save(text));
  queue = job.catch(() => {});
  return job;
}

async function save(text) {
  if (!text) {
    removeLocal();
    await removeDb();
    return { where: 'local' };
  }
  let error = null;
  if (text.length <= LOCAL_MAX) {
    try {
      const storage = local();
      if (!storage) throw new Error('localStorage is not available');
      storage.setItem(KEY, text);
      removeDb();
      return { where: 'local' };
    } catch (e) {
      error = e; // full (QuotaExceededError) or disabled: try IndexedDB
    }
  }
  try {
    await transact('readwrite', (store) => store.put(text, DB.key));
    removeLocal(); // an older text there would otherwise come back on reload
    return { where: 'db' };
  } catch (e) {
    // Neither takes it: forget the older saved text too, so that a reload does not bring back a text the
    // user replaced; the page keeps this one in memory.
    removeLocal();
    removeDb();
    return { where: 'none', error: e || error };
  }
}
