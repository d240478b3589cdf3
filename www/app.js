// The page: input (paste, drop, file picker, samples), the worker round trip, and the result views.
// `document.body.dataset.state` tells where the page is: loading → ready → busy → rendering → done (or error).
//
// Every input goes one way: `run` (or, before it, `refuse`). An input refused (a file that is not text,
// empty, too large; the core's refusals by their code) or without any text clears the old result and
// its file chip and says, in the result area and the status line, what was wrong and what is accepted;
// the file chip names a file only once its result is shown. The saved text remembers how its last
// analysis ended (RUN): one that failed, was cancelled or never ended is brought back on reload, not
// analysed again until asked.

import { Analyser, Cancelled } from './analyser.js';
import { LAYERS, getLang, setLang, setUnitNames, t, translateStatic } from './i18n.js';
import { rangeOf, renderArticle } from './highlight.js';
import { LISTS, SLICE_MS, SOURCES, plan as makePlan, yieldToBrowser } from './layout.js';
import { savedDbText, savedLocalText, saveText as storeText } from './storage.js';
import { attachTooltip } from './tooltip.js';
import { renderSummary, short } from './summary.js';

/** Texts up to this length are analysed as the user types. */
const AUTO_LIMIT = 20000;
/** Pastes longer than this are held in memory, not shown in the input box (whose layout would freeze
 *  the tab for seconds on megabytes of Chinese text). */
const PREVIEW_LIMIT = 200000;
/** Articles longer than this (UTF-16 units) lay out their paragraphs lazily. */
const LONG_ARTICLE = 50000;
/** Pause in typing before the automatic analysis, in milliseconds. */
const DEBOUNCE_MS = 400;
const STORE = { lang: 'wenxi.lang', referenceDate: 'wenxi.referenceDate', run: 'wenxi.run', view: 'wenxi.view' };
/** How the last analysis of the saved text ended, in `STORE.run`: absent once it was shown. */
const RUN = { pending: 'pending', failed: 'failed', cancelled: 'cancelled' };

const $ = (id) => document.getElementById(id);
const input = $('input');
const article = $('article');
const status = $('status');

/** The last result: `{ analysis, drawing, ms, markdown, csv }` (markdown and csv once the worker made
 *  them), and the mention elements by id (filled as the article is drawn). */
let result = null;
let firstElements = new Map();
/** The article being drawn (highlight.js `renderArticle`), to stop it when another drawing starts,
 *  and the promise of the latest drawing (true once complete). */
let drawingArticle = null;
let lastDrawing = null;
/** Counts the drawings of results (and their clearing), so that a stale one stops. */
let drawPasses = 0;
/** Layers switched off in the legend. */
const hidden = new Set();
/** What the last analysis was run on, to name the downloads. */
let sourceName = null;

const store = {
  get(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      if (value === null || value === '') localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // Storage full or disabled: the page works without it.
    }
  },
};

// ---- status and progress ------------------------------------------------------------------------

let statusKey = 'loading';
let statusArgs = [];
let timer = null;
/** A standing notice after the status (the text could not be saved), or null. */
let storageNote = null;

function setStatus(key, ...args) {
  statusKey = key;
  statusArgs = args;
  const value = t(key);
  const text = typeof value === 'function' ? value(...args) : value;
  status.textContent = storageNote ? `${text} ${t(storageNote)}` : text;
}

function setStorageNote(key) {
  storageNote = key;
  setStatus(statusKey, ...statusArgs);
}

/** Shows how far the drawing got (0…1), or an indeterminate bar for null. */
function setProgress(fraction) {
  const bar = $('progress');
  if (fraction === null) bar.removeAttribute('value');
  else {
    bar.max = 1;
    bar.value = fraction;
  }
}

function setBusy(busy) {
  $('progress').hidden = !busy;
  setProgress(null);
  $('cancel').hidden = !busy;
  clearInterval(timer);
  $('elapsed').textContent = '';
  if (busy) {
    const started = performance.now();
    timer = setInterval(() => {
      $('elapsed').textContent = t('elapsed')(((performance.now() - started) / 1000).toFixed(1));
    }, 200);
  }
}

const analyser = new Analyser((state, detail) => {
  if (state === 'loading') {
    if (document.body.dataset.state !== 'busy') document.body.dataset.state = 'loading';
  } else if (state === 'ready') {
    $('version').textContent = `wenxi ${detail}`;
    setUnitNames(analyser.units);
    // The file picker offers what the core reads.
    $('file').accept = [...analyser.extensions.map((e) => `.${e}`), 'text/plain', 'text/html'].join(',');
    if (document.body.dataset.state === 'loading') {
      document.body.dataset.state = 'ready';
      setStatus('ready');
    }
    performance.mark('wenxi-ready');
  } else if (state === 'fatal') {
    document.body.dataset.state = 'error';
    setBusy(false);
    setStatus('engineFailed', detail);
  } else if (state === 'analysing' || state === 'planning') {
    setStatus('analysing');
  } else if (state === 'sending') {
    setStatus('sending');
  }
});
setStatus('loading');

// ---- running an analysis ------------------------------------------------------------------------

function options(file) {
  const referenceDate = $('reference-date').value;
  const opts = {};
  if (referenceDate) opts.referenceDate = referenceDate;
  if (file) opts.file = file;
  return opts;
}

function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Refuses an input of `size` bytes (UTF-8 bytes, or file bytes) above the core's limit with a message,
 * and says whether it did. The core sends its limit when it is ready (`maxBytes` in its "ready"
 * message); until then the core itself refuses such an input, with its own "input too large" error.
 */
function refuseTooLarge(size) {
  const limit = analyser.maxBytes;
  if (limit === null || size <= limit) return false;
  refuse('tooLarge', sizeText(size), sizeText(limit));
  return true;
}

/** The notice standing in the result area (an input refused), `{ key, args }`, or null. */
let notice = null;

/**
 * Refuses an input: stops what runs, clears the old result and the file chip, and says why (`key` of
 * i18n with `args`) in the status line and, with what is accepted, in the result area.
 */
function refuse(key, ...args) {
  stopRun();
  setBusy(false);
  setFile(null);
  clearResult();
  notice = { key, args };
  drawNotice();
  document.body.dataset.state = 'error';
  setStatus(key, ...args);
}

/** The extensions the core reads, as the interface lists them: .txt、.html … */
function acceptedText() {
  const exts = (analyser.extensions ?? ['txt', 'html']).map((e) => `.${e}`).join(t('listSep'));
  return t('accepted')(exts, sizeText(analyser.maxBytes ?? 8 * 1024 * 1024));
}

/** Draws the result area's notice (a refusal and what is accepted) in the current language. */
function drawNotice() {
  if (!notice) return;
  const box = document.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'alert');
  const what = document.createElement('p');
  what.className = 'notice-what';
  const value = t(notice.key);
  what.textContent = typeof value === 'function' ? value(...notice.args) : value;
  const accepted = document.createElement('p');
  accepted.textContent = acceptedText();
  box.append(what, accepted);
  article.replaceChildren(box);
}

/** The refusal of an error the core threw, by its code; an error without one is the engine's. */
function refuseError(error, name) {
  const params = error.params || {};
  if (error.code === 'not-text') refuse('refusedNotText', name, params.looksLike);
  else if (error.code === 'too-large') refuse('tooLarge', sizeText(params.bytes), sizeText(params.limit));
  else if (error.code === 'bad-option') refuse('badOption');
  else {
    console.warn('wenxi: the analysis failed', error);
    refuse('internalError');
  }
}

/** The UTF-8 length of `text`, without encoding it (a paste may be megabytes). */
function utf8Length(text) {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i += 1; // a pair: 4 bytes for 2 units
    else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** Counts runs, so that a run replaced by a newer one (or cancelled) stops drawing. */
let runs = 0;

/** Stops the analysis and the drawing under way, if any. */
function stopRun() {
  runs += 1;
  drawPasses += 1;
  analyser.cancel();
  if (drawingArticle) drawingArticle.cancel();
  drawingArticle = null;
}

/** Whether the run under way analyses the saved text (its outcome is remembered for a reload). */
let runningSaved = false;

/** Analyses `{ text }` or `{ bytes }`; `name` is the file or sample name, when there is one, and
 *  `file` says it is a file (named by the file chip once its result is shown). */
async function run(source, name, { file = false } = {}) {
  const size = source.bytes ? source.bytes.byteLength : utf8Length(source.text);
  if (refuseTooLarge(size)) return;
  stopRun();
  const token = runs;
  notice = null;
  if (source.text !== undefined && source.text.trim() === '') {
    setBusy(false);
    setFile(null);
    clearResult();
    store.set(STORE.run, null);
    document.body.dataset.state = 'ready';
    setStatus('ready');
    return;
  }
  runningSaved = source.text !== undefined;
  if (runningSaved) store.set(STORE.run, RUN.pending);
  document.body.dataset.state = 'busy';
  setStatus('analysing');
  setBusy(true);
  performance.mark('wenxi-analyse-start');
  try {
    const answer = await analyser.analyse(source, options(name), getLang());
    if (token !== runs) return;
    if (answer.analysis.body.trim() === '') {
      if (runningSaved) store.set(STORE.run, null);
      refuse('noText', file ? name : null);
      return;
    }
    setStatus('rendering');
    document.body.dataset.state = 'rendering';
    sourceName = name;
    setFile(file ? name : null);
    // A language switch draws the article again: then wait for that drawing.
    let drawing = show(answer);
    let drawn = await drawing;
    while (!drawn && token === runs && lastDrawing !== drawing) {
      drawing = lastDrawing;
      drawn = await drawing;
    }
    if (!drawn || token !== runs) return;
    if (runningSaved) store.set(STORE.run, null);
    setBusy(false);
    setStatus('done', answer.ms);
    document.body.dataset.rendered = String(Number(document.body.dataset.rendered || 0) + 1);
    document.body.dataset.state = 'done';
    performance.mark('wenxi-rendered');
  } catch (error) {
    if (error instanceof Cancelled || token !== runs) return;
    if (runningSaved) store.set(STORE.run, RUN.failed);
    refuseError(error, file ? name : null);
  }
}

// Cancel stops the analysis or the drawing; the text stays where it is (input box or held in memory).
$('cancel').addEventListener('click', () => {
  const drawing = document.body.dataset.state === 'rendering';
  if (runningSaved) store.set(STORE.run, RUN.cancelled);
  stopRun();
  if (drawing) clearResult();
  setBusy(false);
  document.body.dataset.state = 'ready';
  setStatus('cancelled');
});

// ---- input: paste, typing, files, samples -------------------------------------------------------

let typingTimer = null;
let savingTimer = null;
/** A long paste kept out of the input box, or null when the input box holds the text. */
let heldText = null;

function currentText() {
  return heldText ?? input.value;
}

/** Saves the text for the next visit (shortly, once typing pauses). When the browser's storage takes
 *  it nowhere (full, or disabled), the status line says so: the text stays in memory for this visit. */
function saveText(text) {
  clearTimeout(savingTimer);
  savingTimer = setTimeout(async () => {
    const { where, error } = await storeText(text);
    if (where === 'none') console.warn('wenxi: the text could not be saved', error);
    if (currentText() === text) setStorageNote(where === 'none' ? 'notSaved' : null);
  }, 250);
}

function analyseInput() {
  clearTimeout(typingTimer);
  setFile(null);
  run({ text: currentText() }, null);
}

/** Keeps a long text in memory, shows its size instead, and analyses it. */
function holdText(text) {
  heldText = text;
  input.value = '';
  const chip = $('held-chip');
  chip.hidden = false;
  chip.textContent = t('heldText')(sizeText(utf8Length(text)));
}

function dropHeld() {
  heldText = null;
  $('held-chip').hidden = true;
}

input.addEventListener('paste', (event) => {
  const text = event.clipboardData && event.clipboardData.getData('text/plain');
  if (!text || text.length <= PREVIEW_LIMIT) return;
  event.preventDefault();
  holdText(text);
  saveText(text);
  analyseInput();
});

input.addEventListener('input', () => {
  dropHeld();
  saveText(input.value);
  clearTimeout(typingTimer);
  if (input.value.length <= AUTO_LIMIT) typingTimer = setTimeout(analyseInput, DEBOUNCE_MS);
  else setStatus('longText');
});

$('analyse').addEventListener('click', analyseInput);

$('clear').addEventListener('click', () => {
  input.value = '';
  dropHeld();
  clearTimeout(savingTimer);
  storeText('');
  storageNote = null;
  clearTimeout(typingTimer);
  stopRun();
  setBusy(false);
  setFile(null);
  notice = null;
  clearResult();
  store.set(STORE.run, null);
  document.body.dataset.state = 'ready';
  setStatus('ready');
  input.focus();
});

$('reference-date').addEventListener('change', () => {
  store.set(STORE.referenceDate, $('reference-date').value);
});

function setFile(name) {
  const chip = $('file-chip');
  chip.hidden = !name;
  chip.textContent = name ? t('fileLoaded')(name) : '';
}

/** Reads a dropped or picked file as bytes (never as text: the core detects the encoding). */
async function openFile(file) {
  // A file dropped while the core loads waits for the core's limit and file names before it is read.
  if (analyser.maxBytes === null) await analyser.ready.catch(() => {});
  const name = file.name.toLowerCase();
  const known = (analyser.extensions ?? []).some((e) => name.endsWith(`.${e}`));
  clearTimeout(typingTimer);
  if (!known && !/^text\//.test(file.type)) {
    refuse('notText', file.name);
    return;
  }
  if (refuseTooLarge(file.size)) return;
  if (file.size === 0) {
    refuse('emptyFile', file.name);
    return;
  }
  await run({ bytes: await file.arrayBuffer() }, file.name, { file: true });
}

$('open-file').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', () => {
  const [file] = $('file').files;
  if (file) openFile(file);
  $('file').value = '';
});

const dropZone = $('drop-zone');
let dragDepth = 0;
document.addEventListener('dragenter', (event) => {
  if (document.body.dataset.view === 'workspace') return;
  if (!event.dataTransfer || ![...event.dataTransfer.types].includes('Files')) return;
  dragDepth += 1;
  dropZone.classList.add('dragging');
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropZone.classList.remove('dragging');
});
document.addEventListener('dragover', (event) => {
  if (event.dataTransfer && [...event.dataTransfer.types].includes('Files')) event.preventDefault();
});
document.addEventListener('drop', (event) => {
  dragDepth = 0;
  // While the workspace is shown, a drop is the workspace's.
  if (document.body.dataset.view === 'workspace') return;
  dropZone.classList.remove('dragging');
  const file = event.dataTransfer && event.dataTransfer.files[0];
  if (!file) return;
  event.preventDefault();
  openFile(file);
});

let samples = [];

function drawSamples() {
  const list = $('samples');
  list.replaceChildren(...samples.map((sample) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sample';
    button.dataset.file = sample.file;
    button.textContent = sample[getLang()] || sample.file;
    button.addEventListener('click', () => loadSample(sample));
    li.append(button);
    return li;
  }));
}

async function loadSample(sample) {
  const response = await fetch(`samples/${encodeURIComponent(sample.file)}`);
  if (!response.ok) {
    console.warn(`wenxi: ${sample.file}: HTTP ${response.status}`);
    refuse('internalError');
    return;
  }
  dropHeld();
  input.value = await response.text();
  saveText(input.value);
  $('reference-date').value = sample.referenceDate || '';
  store.set(STORE.referenceDate, $('reference-date').value);
  clearTimeout(typingTimer);
  run({ text: input.value }, sample.file);
}

fetch('samples/index.json')
  .then((response) => (response.ok ? response.json() : []))
  .then((list) => {
    samples = list;
    drawSamples();
  })
  .catch(() => {});

// ---- result views -------------------------------------------------------------------------------

function lookup(id) {
  const [list, index] = id.split(':');
  return [list, result.analysis[list][Number(index)]];
}

const tooltip = attachTooltip(article, $('tooltip'), lookup);

function clearResult() {
  drawPasses += 1;
  if (drawingArticle) drawingArticle.cancel();
  drawingArticle = null;
  result = null;
  firstElements = new Map();
  tooltip.hide();
  $('legend').replaceChildren();
  const note = document.createElement('p');
  note.className = 'muted';
  note.dataset.i18n = 'emptyResult';
  note.textContent = t('emptyResult');
  article.replaceChildren(note);
  $('summary').replaceChildren();
  $('removed').hidden = true;
  $('warnings').hidden = true;
  setExports();
}

const EXPORT_BUTTONS = { json: ['export-json', 'copy-json'], csv: ['export-csv', 'copy-csv'], md: ['export-md', 'copy-md'] };

/** Enables the export buttons of what the result has: JSON at once, CSV and Markdown once made. */
function setExports() {
  const has = { json: Boolean(result), csv: Boolean(result && result.csv !== undefined), md: Boolean(result && result.markdown !== undefined) };
  for (const [kind, ids] of Object.entries(EXPORT_BUTTONS)) for (const id of ids) $(id).disabled = !has[kind];
}

/** Shows a result; resolves to true once the article is drawn, false if the drawing was stopped. */
function show(answer) {
  result = answer;
  if (!result.drawing) result.drawing = makePlan(result.analysis);
  setExports();
  takeExports(answer, answer.exports, getLang());
  return drawResult();
}

/** Takes the Markdown and CSV of `answer` in `lang` once they come (the export buttons wait for them). */
function takeExports(answer, promise, lang) {
  answer.exportsLang = lang;
  promise.then(({ markdown, csv }) => {
    if (result !== answer || answer.exportsLang !== lang) return;
    answer.markdown = markdown;
    answer.csv = csv;
    setExports();
  }, (error) => {
    if (result === answer && !(error instanceof Cancelled)) console.warn('wenxi: no Markdown and CSV', error);
  });
}

/** After a language switch: the Markdown and CSV of the result again, in the new language. */
function exportsInLang() {
  if (!result || result.exportsLang === getLang()) return;
  result.markdown = undefined;
  result.csv = undefined;
  setExports();
  takeExports(result, analyser.exports(result.id, getLang()), getLang());
}

/** Draws everything that depends on the result and the language; resolves as `show` does. The
 *  legend, the summary and the lists are drawn at once (each is capped); the article a slice at a time. */
function drawResult() {
  if (!result) return Promise.resolve(false);
  const { analysis, drawing } = result;
  tooltip.hide();
  article.classList.toggle('long', analysis.body.length > LONG_ARTICLE);
  if (drawing.invalid) console.warn(`wenxi: ${drawing.invalid} mention(s) with offsets outside the body`);
  const pass = ++drawPasses;
  const stale = () => pass !== drawPasses;
  drawLegend();
  if (drawingArticle) drawingArticle.cancel();
  const rendering = document.body.dataset.state === 'rendering';
  drawingArticle = renderArticle(article, analysis, t('marker'), {
    drawing,
    offLayers: hidden,
    onProgress: (fraction) => {
      if (document.body.dataset.state !== 'rendering') return;
      setProgress(fraction);
      setStatus('renderingPct', Math.floor(fraction * 100));
    },
  });
  firstElements = drawingArticle.first;
  if (!rendering) setProgress(null);
  const mine = drawingArticle;
  const articleDone = mine.done.then((complete) => {
    if (drawingArticle === mine) drawingArticle = null;
    return complete;
  });
  // The panel and the lists after the article's first slice, in tasks of their own.
  const panelDone = yieldToBrowser().then(() => {
    if (stale()) return false;
    drawRemoved(analysis.removed || []);
    drawWarnings(analysis.warnings || [], result.warningCodes || []);
    return renderSummary($('summary'), analysis, go, stale);
  });
  lastDrawing = Promise.all([articleDone, panelDone]).then(([a, b]) => a && b && !stale());
  return lastDrawing;
}

/** The number of mentions per layer, from the drawing plan. */
function counts() {
  if (result.layerCounts) return result.layerCounts;
  const { analysis, drawing: { list, index } } = result;
  const byLayer = new Map();
  for (let i = 0; i < list.length; i += 1) {
    const layer = SOURCES[list[i]].layer(analysis[LISTS[list[i]]][index[i]]);
    byLayer.set(layer, (byLayer.get(layer) || 0) + 1);
  }
  result.layerCounts = byLayer;
  return byLayer;
}

function drawLegend() {
  const byLayer = counts();
  const legend = $('legend');
  legend.setAttribute('aria-label', t('legend'));
  const groups = [['figure', t('groupFigure')], ['date', t('groupDate')], ['entity', t('groupEntity')]];
  const parts = [];
  for (const [group, title] of groups) {
    const layers = LAYERS.filter((l) => l.group === group && byLayer.has(l.key));
    if (layers.length === 0) continue;
    const box = document.createElement('div');
    box.className = 'legend-group';
    const label = document.createElement('span');
    label.className = 'legend-title';
    label.textContent = title;
    box.append(label);
    for (const { key } of layers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'toggle';
      button.dataset.layer = key;
      button.setAttribute('aria-pressed', String(!hidden.has(key)));
      const mark = document.createElement('span');
      mark.className = 'swatch';
      mark.dataset.layer = key;
      mark.textContent = t('marker')[key];
      const name = document.createElement('span');
      name.textContent = t('layer')[key];
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(byLayer.get(key));
      button.append(mark, name, count);
      button.addEventListener('click', () => {
        if (hidden.has(key)) hidden.delete(key);
        else hidden.add(key);
        button.setAttribute('aria-pressed', String(!hidden.has(key)));
        applyLayers(key);
      });
      box.append(button);
    }
    parts.push(box);
  }
  legend.replaceChildren(...parts);
}

/** The pass of `applyLayers` under way, stopped when another starts, and whether it is unfinished. */
let layering = 0;
let layeringOpen = false;

/** Applies the legend's switches: hidden layers lose their colour and marker (a class on the article)
 *  and their keyboard stop (tabIndex, set a slice at a time on a large article; only on `layer`'s
 *  mentions when given). Mentions drawn later get their tabIndex when they are drawn. */
async function applyLayers(layer) {
  for (const { key } of LAYERS) article.classList.toggle(`layer-off-${key}`, hidden.has(key));
  tooltip.hide();
  const pass = ++layering;
  // A pass stopped half-way leaves its layer half done: this one then does every layer.
  if (layeringOpen) layer = undefined;
  layeringOpen = true;
  let sliceStart = performance.now();
  let k = 0;
  for (const el of [...firstElements.values()]) {
    const key = el.dataset.layer;
    if (layer === undefined || key === layer) el.tabIndex = hidden.has(key) ? -1 : 0;
    if ((k += 1) % 1000 === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToBrowser();
      if (pass !== layering) return;
      sliceStart = performance.now();
    }
  }
  layeringOpen = false;
}

function drawRemoved(removed) {
  const details = $('removed');
  details.hidden = removed.length === 0;
  $('removed-summary').textContent = t('removedLines')(removed.length);
  const shown = removed.slice(0, MAX_REMOVED);
  const items = shown.map(({ text, reason }) => {
    const li = document.createElement('li');
    const tag = document.createElement('span');
    tag.className = 'reason';
    tag.textContent = t('reasons')[reason] || reason;
    li.append(tag, document.createTextNode(short(text)));
    return li;
  });
  if (removed.length > shown.length) {
    const li = document.createElement('li');
    li.className = 'muted';
    li.textContent = t('listFirst')(shown.length, removed.length);
    items.push(li);
  }
  $('removed-list').replaceChildren(...items);
}

/** At most this many removed lines are listed (the JSON export has them all). */
const MAX_REMOVED = 500;

/** The warnings, each worded from its code in the interface's language (the core's English text for a
 *  warning without a code). */
function drawWarnings(warnings, codes) {
  const list = $('warnings');
  list.hidden = warnings.length === 0;
  list.replaceChildren(...warnings.slice(0, 50).map((warning, i) => {
    const li = document.createElement('li');
    const code = codes[i];
    const word = code && t('warningText')[code.code];
    li.textContent = word ? word(code) : short(warning);
    return li;
  }));
}

function flash(el) {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1600);
}

/** Scrolling to things in the article, for the summary panel. */
const go = {
  mention(id) {
    const el = firstElements.get(id);
    if (!el) return;
    if (hidden.has(el.dataset.layer)) {
      const layer = el.dataset.layer;
      hidden.delete(layer);
      drawLegend();
      applyLayers(layer);
    }
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    flash(el);
  },
  text(start, end) {
    const range = rangeOf(article, start, end);
    if (!range) return;
    const block = range.startContainer.parentElement.closest('p') || article;
    block.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (typeof Highlight === 'function' && CSS.highlights) {
      CSS.highlights.set('wenxi-flash', new Highlight(range));
      setTimeout(() => CSS.highlights.delete('wenxi-flash'), 1600);
    } else {
      flash(block);
    }
  },
};

// ---- keyboard: next / previous highlight ---------------------------------------------------------

function stops() {
  return [...firstElements.values()].filter((el) => el.tabIndex === 0);
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || document.body.dataset.view === 'workspace') return;
  const target = event.target;
  if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]')) return;
  const forward = event.key === 'j' || event.key === 'n';
  const backward = event.key === 'k' || event.key === 'p';
  if (!forward && !backward) return;
  const list = stops();
  if (list.length === 0) return;
  event.preventDefault();
  const active = document.activeElement && document.activeElement.closest && document.activeElement.closest('.hl[data-first]');
  let index = list.indexOf(active);
  if (index < 0) index = forward ? -1 : list.length;
  const next = list[(index + (forward ? 1 : -1) + list.length) % list.length];
  next.scrollIntoView({ block: 'nearest' });
  next.focus({ preventScroll: true });
});

// ---- export -------------------------------------------------------------------------------------

function exportText(kind) {
  if (kind === 'json') return `${JSON.stringify(result.analysis, null, 2)}\n`;
  if (kind === 'csv') return result.csv;
  return result.markdown;
}

const EXPORTS = {
  json: { type: 'application/json', ext: 'json' },
  csv: { type: 'text/csv', ext: 'csv' },
  md: { type: 'text/markdown', ext: 'md' },
};

function baseName() {
  return (sourceName || 'wenxi').replace(/\.[^.]+$/, '') || 'wenxi';
}

function download(kind) {
  if (!result) return;
  const { type, ext } = EXPORTS[kind];
  const blob = new Blob([exportText(kind)], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${baseName()}.${kind === 'csv' ? 'figures.csv' : ext}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function copy(kind) {
  if (!result) return;
  const text = exportText(kind);
  try {
    await navigator.clipboard.writeText(text);
    setStatus('copied');
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    setStatus(ok ? 'copied' : 'copyFailed');
  }
}

for (const kind of Object.keys(EXPORTS)) {
  $(`export-${kind}`).addEventListener('click', () => download(kind));
  $(`copy-${kind}`).addEventListener('click', () => copy(kind));
}

// ---- the workspace (many articles) -------------------------------------------------------------
// Its code (workspace/) is loaded when it is first opened: the page's first download does not carry it.

/** The workspace once loaded (`{ shown, redraw }`), and the promise of it. */
let workspace = null;
let workspaceLoading = null;

/** What the workspace needs of the page. */
const host = {
  /** Shows an article of the workspace in this view (at `at`, `{ start, end }` of its body). */
  async openArticle(record, at) {
    if (!record || !record.source) return;
    setView('single');
    clearTimeout(typingTimer);
    const { text, bytes } = record.source;
    if (text !== undefined) {
      dropHeld();
      if (text.length > PREVIEW_LIMIT) holdText(text);
      else input.value = text;
      saveText(text);
      await run({ text }, record.name);
    } else {
      await run({ bytes: bytes.slice(0) }, record.name, { file: true });
    }
    if (at && result && document.body.dataset.state === 'done') go.text(at.start, at.end);
  },
  options: () => options(),
  async limits() {
    if (analyser.maxBytes === null) await analyser.ready.catch(() => {});
    return { maxBytes: analyser.maxBytes ?? 8 * 1024 * 1024, extensions: analyser.extensions ?? ['txt', 'html'] };
  },
};

/** Shows the single-article view or the workspace (loading it the first time). */
async function setView(view) {
  const toWorkspace = view === 'workspace';
  store.set(STORE.view, toWorkspace ? view : null);
  const button = $('view');
  button.dataset.i18n = toWorkspace ? 'singleView' : 'workspaceView';
  button.dataset.i18nTitle = toWorkspace ? 'singleViewHint' : 'workspaceViewHint';
  button.textContent = t(button.dataset.i18n);
  button.title = t(button.dataset.i18nTitle);
  if (toWorkspace && !workspace) {
    button.disabled = true;
    workspaceLoading = workspaceLoading || import('./workspace/workspace.js')
      .then(({ createWorkspace }) => createWorkspace($('workspace'), host));
    try {
      workspace = await workspaceLoading;
    } finally {
      button.disabled = false;
    }
    if (store.get(STORE.view) !== 'workspace') return;
  }
  document.body.dataset.view = toWorkspace ? 'workspace' : 'single';
  document.querySelector('main.layout').hidden = toWorkspace;
  $('workspace').hidden = !toWorkspace;
  if (toWorkspace) await workspace.shown();
}

$('view').addEventListener('click', () => setView(document.body.dataset.view === 'workspace' ? 'single' : 'workspace'));

// ---- language -----------------------------------------------------------------------------------

function applyLang(lang) {
  setLang(lang);
  translateStatic();
  workspace?.redraw();
  setStatus(statusKey, ...statusArgs);
  drawSamples();
  setFile($('file-chip').hidden ? null : sourceName);
  if (heldText !== null) holdText(heldText);
  if (result) {
    drawResult();
    exportsInLang();
  } else if (notice) drawNotice();
  else clearResult();
}

$('lang').addEventListener('click', () => {
  const next = getLang() === 'zh' ? 'en' : 'zh';
  store.set(STORE.lang, next === 'zh' ? null : next);
  applyLang(next);
});

// ---- start --------------------------------------------------------------------------------------

applyLang(store.get(STORE.lang) || 'zh');
$('reference-date').value = store.get(STORE.referenceDate) || '';
restoreText();
if (store.get(STORE.view) === 'workspace') setView('workspace');

/** Brings back the text of the last visit (localStorage for a short one, IndexedDB for a long one) and
 *  analyses it; a long text stays out of the input box, and its drawing never holds the page. */
async function restoreText() {
  const saved = savedLocalText() ?? await savedDbText();
  // The user may have started on something else meanwhile.
  if (!saved || currentText() !== '' || document.body.dataset.state === 'busy') return;
  if (saved.length > PREVIEW_LIMIT) holdText(saved);
  else input.value = saved;
  // An analysis of this text that failed, was cancelled or never ended (the tab closed or reloaded
  // while it ran) is not started again until the user asks.
  const outcome = store.get(STORE.run);
  if (outcome) {
    const key = { [RUN.failed]: 'restoredFailed', [RUN.cancelled]: 'restoredCancelled' }[outcome] || 'restoredPending';
    if (document.body.dataset.state === 'loading') await analyser.ready.catch(() => {});
    if (currentText() === saved && document.body.dataset.state !== 'busy') setStatus(key);
    return;
  }
  run({ text: saved }, null);
}
