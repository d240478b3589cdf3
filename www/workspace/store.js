// The workspace's articles in IndexedDB (database `wenxi-workspace`, one record per article), so that
// the workspace survives a reload. Nothing leaves the browser.

const DB = { name: 'wenxi-workspace', store: 'articles' };

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB.name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB.store, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error || new Error('indexedDB.open failed'));
    request.onblocked = () => reject(new Error('indexedDB.open blocked'));
  });
}

/** The open database (one connection for the page), or null until first used or after a failure. */
let connection = null;

async function transact(mode, work) {
  connection = connection || open();
  let db;
  try {
    db = await connection;
  } catch (error) {
    connection = null;
    throw error;
  }
  return new Promise((resolve, reject) => {
    const tx = db.transaction(DB.store, mode);
    const request = work(tx.objectStore(DB.store));
    tx.oncomplete = () => resolve(request && request.result);
    tx.onabort = () => reject(tx.error || new Error('transaction aborted'));
    tx.onerror = () => reject(tx.error || new Error('transaction failed'));
  });
}

/** Every saved article (in the order they were added), or [] when nothing can be read. */
export async function loadArticles() {
  try {
    const all = await transact('readonly', (store) => store.getAll());
    return (all || []).sort((a, b) => a.id - b.id);
  } catch {
    return [];
  }
}

/** Saves an article record (without the fields the page keeps only in memory); never rejects, resolves
 *  to false when the browser's storage refused it. */
export async function saveArticle(record) {
  const { job, ...kept } = record;
  try {
    await transact('readwrite', (store) => store.put(kept));
    return true;
  } catch {
    return false;
  }
}

/** Removes one article. */
export async function removeArticle(id) {
  try {
    await transact('readwrite', (store) => store.delete(id));
  } catch {
    // nothing saved
  }
}

/** Removes every article. */
export async function clearArticles() {
  try {
    await transact('readwrite', (store) => store.clear());
  } catch {
    // nothing saved
  }
}
