// The workspace: many articles at once. Loaded by app.js only when it is opened (a dynamic import), so
// the page's first download does not carry it.
//
// Articles come from files (picked or dropped, many at once), folders (dropped, or picked where the
// browser offers it) and pastes, one after another. Each is a record `{ id, name, pasted, source,
// options, status, error, analysis }` (status: queued → analysing → done, or error with its reason),
// kept in IndexedDB (store.js) so that the workspace survives a reload; a pool of workers (pool.js)
// analyses them while the list stays usable. Across the analysed articles: parks and partners, figures
// (filtered and sorted), a joint timeline whose entries open their sentence in the single-article view,
// and a chart of money over time (merge.js, chart.js); exports of it all (export.js).
//
// `root.dataset.state` is `busy` while articles wait or are analysed, `idle` once nothing runs and the
// tables show every finished article; `root.dataset.done` the number finished (done or error),
// `root.dataset.drawn` counts the drawings of the tables.

import { addStrings, formatDate, getLang, t, translateStatic, unitName } from '../i18n.js';
import { drawChart } from './chart.js';
import { csv, statusText, titleOf, workspaceJson, workspaceMarkdown, workspaceZip } from './export.js';
import { articleDate, chartChoices, chartPoints, figuresTable, parksTable, timelineTable } from './merge.js';
import { POOL_SIZE, Pool } from './pool.js';
import { clearArticles, loadArticles, removeArticle, saveArticle } from './store.js';
import { STRINGS } from './strings.js';

addStrings(STRINGS);

/** Rows of the figures table and entries of the timeline drawn at most (the exports have them all). */
const MAX_FIGURE_ROWS = 300;
const MAX_TIMELINE = 1000;
/** While articles are analysed, the tables across them are drawn again at most this often (ms), and
 *  at most once in COST_SPACING times their last drawing's cost: on a device of two cores, the main
 *  thread's drawing takes time from the workers. */
const DRAW_EVERY_MS = 1000;
const COST_SPACING = 5;

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
};

const button = (text, onClick, className) => {
  const b = el('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
};

/** A shortened text for a cell. */
const short = (text, max = 60) => (text && text.length > max ? `${text.slice(0, max - 1)}…` : text || '');

function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The page's skeleton of the workspace: headings, controls and empty tables (their rows are drawn
 *  later). Every word comes from `data-i18n*` attributes, filled by translateStatic. */
const SKELETON = `
<h2 id="ws-heading" data-i18n="wsHeading"></h2>
<p class="muted" data-i18n="wsIntro"></p>
<div class="ws-input">
  <div class="toolbar">
    <button type="button" id="ws-add-files" class="primary" data-i18n="wsAddFiles"></button>
    <input type="file" id="ws-files" multiple hidden data-i18n-aria="wsFilesLabel">
    <button type="button" id="ws-add-folder" data-i18n="wsAddFolder"></button>
    <input type="file" id="ws-folder" multiple webkitdirectory hidden data-i18n-aria="wsFolderLabel">
    <button type="button" id="ws-clear" data-i18n="wsClear"></button>
  </div>
  <div id="ws-drop" class="drop-zone">
    <label for="ws-paste" class="visually-hidden" data-i18n="wsPasteLabel"></label>
    <textarea id="ws-paste" rows="3" spellcheck="false" data-i18n-placeholder="wsPastePlaceholder"></textarea>
    <div class="drop-overlay" aria-hidden="true"><span data-i18n="wsDropHere"></span></div>
  </div>
  <div class="toolbar">
    <button type="button" id="ws-add-paste" data-i18n="wsAddPaste"></button>
  </div>
  <div class="statusbar">
    <progress id="ws-progress" max="1" value="0" hidden data-i18n-aria="wsProgressLabel"></progress>
    <span id="ws-status" role="status" aria-live="polite"></span>
  </div>
</div>
<section class="ws-block" aria-labelledby="ws-articles-heading">
  <h3 id="ws-articles-heading" data-i18n="wsArticles"></h3>
  <p id="ws-empty" class="muted" data-i18n="wsEmpty"></p>
  <div class="table-wrap">
    <table id="ws-articles" class="ws-table">
      <caption id="ws-articles-caption" class="visually-hidden"></caption>
      <thead><tr>
        <th scope="col">#</th><th scope="col" data-i18n="wsColTitle"></th><th scope="col" data-i18n="wsColSource"></th>
        <th scope="col" data-i18n="wsColDate"></th><th scope="col" class="num" data-i18n="wsColFigures"></th>
        <th scope="col" class="num" data-i18n="wsColDates"></th><th scope="col" class="num" data-i18n="wsColEntities"></th>
        <th scope="col" data-i18n="wsColStatus"></th><th scope="col" data-i18n="wsColActions"></th>
      </tr></thead>
      <tbody></tbody>
    </table>
  </div>
</section>
<section class="ws-block" aria-labelledby="ws-export-heading">
  <h3 id="ws-export-heading" data-i18n="wsExport"></h3>
  <div class="toolbar">
    <button type="button" id="ws-export-json" data-i18n="wsExportJson"></button>
    <button type="button" id="ws-export-csv" data-i18n="wsExportCsv"></button>
    <button type="button" id="ws-export-md" data-i18n="wsExportMd"></button>
  </div>
</section>
<section class="ws-block" aria-labelledby="ws-parks-heading">
  <h3 id="ws-parks-heading" data-i18n="wsParks"></h3>
  <div class="table-wrap">
    <table id="ws-parks" class="ws-table">
      <caption class="visually-hidden" data-i18n="wsParksCaption"></caption>
      <thead><tr>
        <th scope="col" data-i18n="wsColName"></th><th scope="col" data-i18n="wsColKind"></th>
        <th scope="col" data-i18n="wsColArticles"></th><th scope="col" class="num" data-i18n="wsColMentions"></th>
        <th scope="col" data-i18n="wsColFirst"></th><th scope="col" data-i18n="wsColLast"></th>
      </tr></thead>
      <tbody></tbody>
    </table>
  </div>
</section>
<section class="ws-block" aria-labelledby="ws-chart-heading">
  <h3 id="ws-chart-heading" data-i18n="wsChart"></h3>
  <div class="toolbar">
    <label class="ref-date"><span data-i18n="wsChartPick"></span> <select id="ws-chart-pick"></select></label>
    <button type="button" id="ws-chart-export" data-i18n="wsChartExport"></button>
  </div>
  <div id="ws-chart"></div>
  <p class="muted hint" data-i18n="wsChartLegend"></p>
  <details id="ws-chart-data">
    <summary data-i18n="wsChartData"></summary>
    <div class="table-wrap"><table class="ws-table"><thead></thead><tbody></tbody></table></div>
  </details>
</section>
<section class="ws-block" aria-labelledby="ws-figures-heading">
  <h3 id="ws-figures-heading" data-i18n="wsFigures"></h3>
  <div class="table-controls ws-filters">
    <select id="ws-f-kind" data-filter="kind" data-i18n-aria="wsFilterKind"></select>
    <select id="ws-f-metric" data-filter="metric" data-i18n-aria="wsFilterMetric"></select>
    <select id="ws-f-period" data-filter="period" data-i18n-aria="wsFilterPeriod"></select>
    <select id="ws-f-modality" data-filter="modality" data-i18n-aria="wsFilterModality"></select>
    <select id="ws-f-article" data-filter="article" data-i18n-aria="wsFilterArticle"></select>
    <span id="ws-figures-shown" class="muted"></span>
  </div>
  <div class="table-wrap">
    <table id="ws-figures" class="ws-table">
      <caption class="visually-hidden" data-i18n="wsFiguresCaption"></caption>
      <thead><tr></tr></thead>
      <tbody></tbody>
    </table>
  </div>
</section>
<section class="ws-block" aria-labelledby="ws-timeline-heading">
  <h3 id="ws-timeline-heading" data-i18n="wsTimeline"></h3>
  <ol id="ws-timeline" class="timeline" data-i18n-aria="wsTimelineLabel"></ol>
</section>`;

/** The columns of the figures table: key, heading (from i18n's `col`, or the workspace's), cell. */
const FIGURE_COLUMNS = [
  { key: 'article', head: () => t('wsColArticle') },
  { key: 'text', head: () => t('col').text },
  { key: 'kind', head: () => t('col').kind },
  { key: 'value', head: () => t('col').value, num: true },
  { key: 'unit', head: () => t('col').unit },
  { key: 'metric', head: () => t('col').metric },
  { key: 'period', head: () => t('col').period },
  { key: 'modality', head: () => t('col').modality },
];

/**
 * Builds the workspace in `root` (an empty element the page shows and hides). `host` is the page:
 * `openArticle(record, at)` shows an article in the single-article view (at `{ start, end }` of its
 * body, when given), `options()` the analysis options of the single view (its reference date),
 * `limits()` the core's `{ maxBytes, extensions }` once it is loaded (a promise).
 * Returns `{ shown(), redraw() }`: `redraw` after a language switch.
 */
export function createWorkspace(root, host) {
  root.innerHTML = SKELETON;
  const $ = (id) => root.querySelector(`#${id}`);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./workspace.css', import.meta.url).href;
  document.head.append(link);

  /** The articles, in the order they were added; rows of the list by id. */
  let articles = [];
  const rows = new Map();
  let nextId = 1;
  let pastes = 0;
  let saveFailed = false;
  /** The batch under way: when it started, and the last status (for a language switch). */
  let batchStart = null;
  let statusLine = null;
  // Files of the last batch left out as already in the workspace (said in the status line).
  let duplicates = 0;
  const pool = new Pool((job) => {
    const record = articles.find((a) => a.id === job.id);
    if (!record || record.status !== 'queued') return;
    record.status = 'analysing';
    drawRow(record);
  });

  // ---- the list of articles ----------------------------------------------------------------------

  /** Why an article failed, in the interface's language. */
  function reason(record) {
    const { key, args = [] } = record.error || { key: 'internalError' };
    const value = t(key);
    return typeof value === 'function' ? value(...args) : value;
  }

  function drawRow(record) {
    let tr = rows.get(record.id);
    if (!tr) {
      tr = el('tr');
      tr.dataset.id = record.id;
      for (let i = 0; i < 9; i += 1) tr.append(el(i === 0 ? 'th' : 'td'));
      tr.cells[0].scope = 'row';
      for (const i of [4, 5, 6]) tr.cells[i].className = 'num';
      const open = button('', () => host.openArticle(record), 'ws-open');
      const remove = button('', () => removeOne(record.id), 'ws-remove');
      tr.cells[8].append(open, remove);
      rows.set(record.id, tr);
      $('ws-articles').tBodies[0].append(tr);
    }
    const a = record.analysis;
    const title = titleOf(record);
    const cells = [String(record.id), short(title), a?.meta?.source || '', formatDate(articleDate(a)) || '',
      a ? String(a.figures.length) : '', a ? String(a.dates.length) : '', a ? String(a.entities.length) : '', statusText(record, reason)];
    cells.forEach((text, i) => {
      if (tr.cells[i].textContent !== text) tr.cells[i].textContent = text;
    });
    tr.cells[1].title = title;
    tr.dataset.status = record.status;
    tr.cells[7].className = `ws-status ${record.status}`;
    const [open, remove] = tr.cells[8].children;
    open.textContent = t('wsOpen');
    open.setAttribute('aria-label', t('wsOpenLabel')(short(title)));
    open.disabled = !record.source;
    remove.textContent = t('wsRemove');
    remove.setAttribute('aria-label', t('wsRemoveLabel')(short(title)));
  }

  function drawList() {
    for (const record of articles) drawRow(record);
    $('ws-empty').hidden = articles.length > 0;
    $('ws-articles').hidden = articles.length === 0;
    $('ws-articles-caption').textContent = t('wsArticlesCaption')(articles.length);
  }

  function drawStatus() {
    const total = articles.length;
    const finished = articles.filter((a) => a.status === 'done' || a.status === 'error').length;
    const errors = articles.filter((a) => a.status === 'error').length;
    const busy = finished < total;
    // Idle once the tables show every finished article (drawTables says so).
    if (busy) root.dataset.state = 'busy';
    else if (root.dataset.state !== 'idle') scheduleTables(true);
    root.dataset.done = String(finished);
    root.dataset.total = String(total);
    const bar = $('ws-progress');
    bar.hidden = !busy;
    bar.max = Math.max(total, 1);
    bar.value = finished;
    let line;
    if (busy) line = t('wsStatus')(finished - errors, total, errors, POOL_SIZE);
    else if (batchStart !== null) {
      line = t('wsAllDone')(finished - errors, total, errors, ((performance.now() - batchStart) / 1000).toFixed(1));
      statusLine = { key: 'wsAllDone', args: [finished - errors, total, errors, ((performance.now() - batchStart) / 1000).toFixed(1)] };
      batchStart = null;
    } else if (statusLine) {
      const value = t(statusLine.key);
      line = typeof value === 'function' ? value(...statusLine.args) : value;
    } else line = '';
    if (busy) statusLine = null;
    const notes = [duplicates ? t('wsDuplicates')(duplicates) : '', saveFailed ? t('wsNotSaved') : ''];
    $('ws-status').textContent = [line, ...notes].filter(Boolean).join(' ');
  }

  // ---- adding articles ---------------------------------------------------------------------------

  /** Adds a record and queues its analysis (or lists it with its error at once). */
  function add(record) {
    record.id = nextId++;
    articles.push(record);
    if (batchStart === null) batchStart = performance.now();
    drawRow(record);
    persist(record);
    if (record.status === 'queued') analyse(record);
  }

  function persist(record) {
    saveArticle(record).then((ok) => {
      if (!ok && !saveFailed) {
        saveFailed = true;
        drawStatus();
      }
    });
  }

  function analyse(record) {
    const { text, bytes } = record.source;
    pool.add({ id: record.id, text, bytes, options: record.options }).then(({ analysis, ms }) => {
      if (!articles.includes(record)) return;
      // The core's time in its worker, for the benchmark (bench/workspace.mjs).
      performance.measure('wenxi-workspace-article', { start: performance.now() - ms, duration: ms });
      if (!analysis.body.trim()) {
        record.status = 'error';
        record.error = { key: 'noText', args: [record.name] };
      } else {
        record.status = 'done';
        record.analysis = analysis;
      }
      finish(record);
    }, (error) => {
      if (!articles.includes(record)) return;
      record.status = 'error';
      const params = error.params || {};
      if (error.code === 'not-text') record.error = { key: 'refusedNotText', args: [record.name, params.looksLike] };
      else if (error.code === 'too-large') record.error = { key: 'tooLarge', args: [sizeText(params.bytes), sizeText(params.limit)] };
      else if (error.code === 'bad-option') record.error = { key: 'badOption', args: [] };
      else record.error = { key: 'internalError', args: [] };
      finish(record);
    });
  }

  function finish(record) {
    drawRow(record);
    persist(record);
    drawStatus();
    scheduleTables();
  }

  /** Adds files (from a picker or a drop): those the core cannot read are listed with their reason;
   *  `quiet` (a folder's files) skips them instead. */
  async function addFiles(files, quiet = false) {
    const { maxBytes, extensions } = await host.limits();
    const options = host.options();
    const records = [];
    for (const file of files) {
      const name = file.webkitRelativePath || file.relativePath || file.name;
      const lower = file.name.toLowerCase();
      const known = extensions.some((e) => lower.endsWith(`.${e}`));
      if (quiet && !known) continue;
      const record = { name, source: null, options: { ...options, file: file.name }, status: 'queued', error: null, analysis: null };
      if (!known && !/^text\//.test(file.type)) record.error = { key: 'notText', args: [name] };
      else if (file.size === 0) record.error = { key: 'emptyFile', args: [name] };
      else if (file.size > maxBytes) record.error = { key: 'tooLarge', args: [sizeText(file.size), sizeText(maxBytes)] };
      else record.source = { bytes: file.arrayBuffer() };
      if (record.error) record.status = 'error';
      records.push(record);
    }
    // All read before any is queued: the batch is one (its progress and time), not a file at a time.
    for (const record of records) if (record.source) record.source.bytes = await record.source.bytes;
    // A file already in the workspace (the same name and the same bytes) is not added twice.
    duplicates = 0;
    for (const record of records) {
      if (record.source && articles.some((a) => a.name === record.name && sameBytes(a.source?.bytes, record.source.bytes))) {
        duplicates += 1;
      } else add(record);
    }
    drawList();
    drawStatus();
    scheduleTables();
  }

  /** Whether two files' contents are the same bytes. */
  function sameBytes(a, b) {
    if (!a || !b || a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }

  function addPaste() {
    const area = $('ws-paste');
    const text = area.value;
    if (!text.trim()) return;
    pastes += 1;
    add({ name: null, pasted: pastes, source: { text }, options: host.options(), status: 'queued', error: null, analysis: null });
    drawList();
    drawStatus();
    area.value = '';
    area.focus();
  }

  /** The files of a dropped folder, recursively (FileSystemEntry, where the browser offers it). */
  async function entryFiles(entry, path = '') {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      file.relativePath = `${path}${file.name}`;
      return [file];
    }
    const reader = entry.createReader();
    const all = [];
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      all.push(...batch);
    }
    const files = [];
    for (const child of all.sort((a, b) => (a.name < b.name ? -1 : 1))) files.push(...await entryFiles(child, `${path}${entry.name}/`));
    return files;
  }

  async function dropped(transfer) {
    const items = [...(transfer.items || [])].filter((item) => item.kind === 'file');
    const entries = items.map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null));
    if (entries.some((entry) => entry && entry.isDirectory)) {
      const plain = [];
      const files = [...transfer.files];
      for (let i = 0; i < entries.length; i += 1) {
        if (entries[i] && entries[i].isDirectory) await addFiles(await entryFiles(entries[i]), true);
        else if (files[i]) plain.push(files[i]);
      }
      if (plain.length) await addFiles(plain);
    } else {
      await addFiles([...transfer.files]);
    }
  }

  async function removeOne(id) {
    const record = articles.find((a) => a.id === id);
    if (!record) return;
    articles = articles.filter((a) => a !== record);
    pool.drop(id);
    rows.get(id)?.remove();
    rows.delete(id);
    await removeArticle(id);
    drawList();
    drawStatus();
    scheduleTables(true);
    $('ws-add-files').focus();
  }

  let clearArmed = null;
  async function clearAll() {
    if (!clearArmed) {
      $('ws-clear').textContent = t('wsClearConfirm');
      clearArmed = setTimeout(() => {
        clearArmed = null;
        $('ws-clear').textContent = t('wsClear');
      }, 5000);
      return;
    }
    clearTimeout(clearArmed);
    clearArmed = null;
    $('ws-clear').textContent = t('wsClear');
    pool.clear();
    articles = [];
    for (const tr of rows.values()) tr.remove();
    rows.clear();
    nextId = 1;
    pastes = 0;
    batchStart = null;
    saveFailed = false;
    await clearArticles();
    statusLine = { key: 'wsCleared', args: [] };
    duplicates = 0;
    drawList();
    drawStatus();
    scheduleTables(true);
  }

  // ---- the tables across articles ----------------------------------------------------------------

  let tablesTimer = null;
  let lastTables = 0;
  /** How long the last drawing of the tables took (ms). */
  let lastCost = 0;
  /** Draws the tables again soon (at once when `now` or nothing runs; else at most every DRAW_EVERY_MS). */
  function scheduleTables(now = false) {
    const idle = !articles.some((a) => a.status === 'queued' || a.status === 'analysing');
    if (tablesTimer && (now || idle)) {
      clearTimeout(tablesTimer);
      tablesTimer = null;
    }
    if (tablesTimer) return;
    const wait = now || idle ? 0 : Math.max(0, Math.max(DRAW_EVERY_MS, COST_SPACING * lastCost) - (performance.now() - lastTables));
    tablesTimer = setTimeout(() => {
      tablesTimer = null;
      lastTables = performance.now();
      drawTables();
    }, wait);
  }

  let tables = { parks: [], figures: [], timeline: [] };
  const filters = { kind: '', metric: '', period: '', modality: '', article: '' };
  const sort = { key: null, dir: 1 };
  let chartChoice = null;

  function drawTables() {
    const started = performance.now();
    tables = { parks: parksTable(articles), figures: figuresTable(articles), timeline: timelineTable(articles) };
    drawParks();
    drawFilters();
    drawFigures();
    drawTimeline();
    drawChartPart();
    root.dataset.drawn = String(Number(root.dataset.drawn || 0) + 1);
    performance.measure('wenxi-workspace-tables', { start: started });
    lastCost = performance.now() - started;
    if (!articles.some((a) => a.status === 'queued' || a.status === 'analysing')) {
      root.dataset.state = 'idle';
      performance.mark('wenxi-workspace-drawn');
    }
  }

  const byId = (id) => articles.find((a) => a.id === id);

  function drawParks() {
    const body = $('ws-parks').tBodies[0];
    body.replaceChildren(...tables.parks.map((row) => {
      const tr = el('tr');
      const name = el('th', null, row.name);
      name.scope = 'row';
      if (row.forms.length > 1) {
        const others = row.forms.filter((f) => f !== row.name);
        name.append(el('span', 'muted ws-forms', t('wsAlso')(others.join(t('listSep')))));
      }
      const list = el('td');
      const names = el('ul', 'chips');
      for (const id of row.articles) {
        const record = byId(id);
        if (!record) continue;
        const li = el('li');
        const b = button(short(titleOf(record), 24), () => host.openArticle(record), 'ws-article-link');
        b.title = titleOf(record);
        b.setAttribute('aria-label', t('wsOpenLabel')(short(titleOf(record))));
        li.append(b);
        names.append(li);
      }
      list.append(names);
      tr.append(name, el('td', null, t('wsKindNames')[row.kind]), list, el('td', 'num', String(row.mentions)),
        el('td', null, formatDate(row.first) || ''), el('td', null, formatDate(row.last) || ''));
      return tr;
    }));
  }

  /** A figure's value in a cell of `key`, as shown and as sorted. */
  function figureCell(row, key) {
    if (key === 'article') return titleOf(byId(row.article));
    if (key === 'kind') return t('layer')[row.kind] || row.kind;
    if (key === 'unit') return unitName(row.unit) || '';
    if (key === 'modality') return row.modality ? t('modalityNames')[row.modality] : '';
    if (key === 'value') return row.value;
    return row[key] || '';
  }

  function drawFilters() {
    const labels = {
      kind: [t('allKinds'), (v) => t('layer')[v] || v],
      metric: [t('wsAllMetrics'), (v) => v],
      period: [t('wsAllPeriods'), (v) => v],
      modality: [t('wsAllModalities'), (v) => t('modalityNames')[v] || v],
      article: [t('wsAllArticles'), (v) => short(titleOf(byId(Number(v))), 30)],
    };
    for (const [key, [all, word]] of Object.entries(labels)) {
      const select = $(`ws-f-${key}`);
      const values = [...new Set(tables.figures.map((f) => f[key]).filter((v) => v !== null && v !== undefined && v !== ''))].map(String);
      if (key !== 'article') values.sort();
      const options = [new Option(all, ''), ...values.map((v) => new Option(word(v), v))];
      select.replaceChildren(...options);
      if (!values.includes(filters[key])) filters[key] = '';
      select.value = filters[key];
    }
  }

  function drawFigureHead() {
    const tr = $('ws-figures').tHead.rows[0];
    tr.replaceChildren(...FIGURE_COLUMNS.map((col) => {
      const th = el('th');
      th.scope = 'col';
      if (col.num) th.className = 'num';
      th.setAttribute('aria-sort', sort.key === col.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
      const b = button(col.head(), () => {
        sort.dir = sort.key === col.key ? -sort.dir : 1;
        sort.key = col.key;
        drawFigureHead();
        drawFigures();
        tr.querySelector(`[data-sort="${col.key}"]`).focus();
      }, 'ws-sort');
      b.dataset.sort = col.key;
      b.setAttribute('aria-label', t('wsSortBy')(col.head()));
      const arrow = el('span', 'ws-arrow', sort.key === col.key ? (sort.dir > 0 ? '▲' : '▼') : '');
      arrow.setAttribute('aria-hidden', 'true');
      b.append(arrow);
      th.append(b);
      return th;
    }));
  }

  function drawFigures() {
    let rows = tables.figures.filter((f) => Object.entries(filters).every(([k, v]) => !v || String(f[k]) === v));
    if (sort.key) {
      const collator = new Intl.Collator(getLang() === 'zh' ? 'zh-CN' : 'en');
      const key = sort.key;
      rows = [...rows].sort((a, b) => {
        const x = figureCell(a, key);
        const y = figureCell(b, key);
        if (x === '' || x === null) return 1;
        if (y === '' || y === null) return -1;
        return sort.dir * (typeof x === 'number' ? x - y : collator.compare(x, y));
      });
    }
    const shown = rows.slice(0, MAX_FIGURE_ROWS);
    $('ws-figures-shown').textContent = t('shown')(shown.length, rows.length, tables.figures.length);
    $('ws-figures').tBodies[0].replaceChildren(...shown.map((row) => {
      const tr = el('tr');
      for (const col of FIGURE_COLUMNS) {
        const td = el('td', col.num ? 'num' : null);
        if (col.key === 'text') {
          const record = byId(row.article);
          const b = button(row.text, () => host.openArticle(record, { start: row.start, end: row.end }), 'jump');
          b.dataset.layer = row.kind;
          td.append(b);
        } else if (col.key === 'value') {
          td.textContent = row.value === null || row.value === undefined ? '' : row.value.toLocaleString(getLang() === 'zh' ? 'zh-CN' : 'en');
        } else if (col.key === 'article') {
          td.textContent = short(figureCell(row, 'article'), 24);
          td.title = figureCell(row, 'article');
        } else td.textContent = figureCell(row, col.key);
        tr.append(td);
      }
      return tr;
    }));
  }

  function drawTimeline() {
    const list = $('ws-timeline');
    const shown = tables.timeline.slice(0, MAX_TIMELINE);
    list.replaceChildren(...shown.map((row) => {
      const record = byId(row.article);
      const li = el('li');
      const at = row.start === null ? null : { start: row.start, end: row.end };
      const b = button('', () => host.openArticle(record, at), 'jump');
      const time = el('time', 'date', formatDate(row.date));
      time.dateTime = row.date;
      b.append(time, el('span', null, short(row.text, 80)), el('span', 'muted ws-from', short(titleOf(record), 30)));
      b.setAttribute('aria-label', t('wsTimelineEntry')(short(row.text, 80), formatDate(row.date), short(titleOf(record), 30)));
      li.append(b);
      return li;
    }));
    if (tables.timeline.length === 0) list.replaceChildren(el('li', 'muted', t('wsNone')));
    else if (shown.length < tables.timeline.length) list.append(el('li', 'muted', t('listFirst')(shown.length, tables.timeline.length)));
  }

  /** The chart's points for the choice, and words for them. */
  function chartData() {
    return chartPoints(chartChoice, tables.parks, tables.figures);
  }

  function describePoint(p) {
    const parts = [p.row.text, p.row.metric, p.row.period, p.row.modality ? t('modalityNames')[p.row.modality] : null, short(titleOf(byId(p.row.article)), 30)];
    return t('wsPoint')(formatDate(p.label), parts.filter(Boolean));
  }

  function drawChartPart() {
    const choices = chartChoices(articles, tables.parks, tables.figures);
    const select = $('ws-chart-pick');
    const group = (label, kind) => {
      const g = document.createElement('optgroup');
      g.label = label;
      g.append(...choices.filter((c) => c.kind === kind).map((c) => new Option(c.name, c.value)));
      return g.children.length ? [g] : [];
    };
    select.replaceChildren(...group(t('wsChartParks'), 'park'), ...group(t('wsChartMetrics'), 'metric'));
    if (!choices.some((c) => c.value === chartChoice)) chartChoice = choices[0] ? choices[0].value : null;
    select.value = chartChoice || '';
    select.disabled = choices.length === 0;
    const box = $('ws-chart');
    const points = chartData();
    $('ws-chart-export').disabled = points.length === 0;
    const choice = choices.find((c) => c.value === chartChoice);
    if (!choice) box.replaceChildren(el('p', 'muted', t('wsChartNone')));
    else if (points.length === 0) box.replaceChildren(el('p', 'muted', t('wsChartEmpty')));
    else box.replaceChildren(drawChart(points, { title: t('wsChartTitle')(choice.name), yLabel: t('wsChartY'), describe: describePoint }));
    const head = $('ws-chart-data').querySelector('thead');
    const cols = t('wsChartCol');
    const tr = el('tr');
    for (const key of Object.keys(cols)) {
      const th = el('th', null, cols[key]);
      th.scope = 'col';
      tr.append(th);
    }
    head.replaceChildren(tr);
    $('ws-chart-data').querySelector('tbody').replaceChildren(...chartRows(points).map((cells) => {
      const row = el('tr');
      for (const cell of cells) row.append(el('td', null, String(cell ?? '')));
      return row;
    }));
  }

  function chartRows(points) {
    return points.map((p) => [formatDate(p.label), Number(p.value.toFixed(4)), p.row.text, p.row.metric, p.row.modality ? t('modalityNames')[p.row.modality] : '', titleOf(byId(p.row.article))]);
  }

  // ---- exports -----------------------------------------------------------------------------------

  function download(name, data, type) {
    const blob = new Blob([data], { type });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  $('ws-export-json').addEventListener('click', () => download('wenxi-workspace.json', workspaceJson(articles, reason), 'application/json;charset=utf-8'));
  $('ws-export-csv').addEventListener('click', () => download('wenxi-workspace.zip', workspaceZip(articles, reason), 'application/zip'));
  $('ws-export-md').addEventListener('click', () => download('wenxi-workspace.md', workspaceMarkdown(articles, reason), 'text/markdown;charset=utf-8'));
  $('ws-chart-export').addEventListener('click', () => {
    const points = chartData();
    download('wenxi-chart.csv', csv(Object.values(t('wsChartCol')), chartRows(points)), 'text/csv;charset=utf-8');
  });

  // ---- controls ----------------------------------------------------------------------------------

  $('ws-add-files').addEventListener('click', () => $('ws-files').click());
  $('ws-add-folder').addEventListener('click', () => $('ws-folder').click());
  // Where the browser has no folder picker, the button is left out (a folder can still be dropped).
  if (!('webkitdirectory' in $('ws-folder'))) $('ws-add-folder').hidden = true;
  for (const [id, quiet] of [['ws-files', false], ['ws-folder', true]]) {
    $(id).addEventListener('change', async () => {
      const files = [...$(id).files];
      $(id).value = '';
      await addFiles(files, quiet);
    });
  }
  $('ws-add-paste').addEventListener('click', addPaste);
  $('ws-paste').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      addPaste();
    }
  });
  $('ws-clear').addEventListener('click', clearAll);
  for (const select of root.querySelectorAll('.ws-filters select')) {
    select.addEventListener('change', () => {
      filters[select.dataset.filter] = select.value;
      drawFigures();
    });
  }
  $('ws-chart-pick').addEventListener('change', () => {
    chartChoice = $('ws-chart-pick').value;
    drawChartPart();
  });

  // Drops while the workspace is shown are the workspace's (app.js leaves them alone then).
  const drop = $('ws-drop');
  let depth = 0;
  const hasFiles = (event) => event.dataTransfer && [...event.dataTransfer.types].includes('Files');
  const visible = () => !root.hidden;
  document.addEventListener('dragenter', (event) => {
    if (!visible() || !hasFiles(event)) return;
    depth += 1;
    drop.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) drop.classList.remove('dragging');
  });
  document.addEventListener('drop', (event) => {
    if (!visible()) return;
    depth = 0;
    drop.classList.remove('dragging');
    if (!hasFiles(event)) return;
    event.preventDefault();
    dropped(event.dataTransfer);
  });

  // ---- language and start ------------------------------------------------------------------------

  function translate() {
    translateStatic(root);
    for (const node of root.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', t(node.dataset.i18nAria));
  }

  function redraw() {
    translate();
    if (!clearArmed) $('ws-clear').textContent = t('wsClear');
    drawFigureHead();
    drawList();
    drawStatus();
    drawTables();
  }

  /** Brings back the saved workspace: finished articles as they were, the others queued again. */
  async function restore() {
    const saved = await loadArticles();
    for (const record of saved) {
      if (articles.some((a) => a.id === record.id)) continue;
      articles.push(record);
      nextId = Math.max(nextId, record.id + 1);
      if (record.pasted) pastes = Math.max(pastes, record.pasted);
    }
    articles.sort((a, b) => a.id - b.id);
    if (saved.length) statusLine = { key: 'wsRestored', args: [saved.length] };
    for (const record of articles) {
      if (record.status === 'queued' || record.status === 'analysing') {
        record.status = 'queued';
        if (batchStart === null) batchStart = performance.now();
        analyse(record);
      }
    }
    redraw();
  }

  redraw();
  const restored = restore();

  return {
    /** The workspace was shown: focus its first control. */
    async shown() {
      await restored;
      $('ws-add-files').focus();
    },
    redraw,
    restored,
  };
}
