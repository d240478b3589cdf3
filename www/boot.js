// Starts the analysis worker as the page begins to load, before the interface modules are fetched,
// so that fetching, compiling and warming up the core overlap them. analyser.js adopts the worker and
// replays what it said meanwhile. A classic script (not a module) so that it runs at once.
'use strict';
(() => {
  const worker = new Worker(new URL('worker.js', document.currentScript.src), { type: 'module' });
  const early = [];
  const keep = (event) => early.push(event);
  worker.addEventListener('message', keep);
  worker.addEventListener('error', keep);
  globalThis.wenxiBoot = { worker, early, keep };
})();
