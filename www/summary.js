// The summary panel: meta card, partners and parks, key figures, timeline, sentences, keywords, the
// money chart, the sortable and filterable figures table and the entity list. Every value is inserted
// as text. `go` is `{ mention(id), text(start, end) }`: scroll to and flash a span of the article.

import { formatDate, t, unitName } from './i18n.js';
import { SLICE_MS, yieldToBrowser } from './layout.js';
import { formatNumber } from './tooltip.js';

/** `document.createElement` with a class and text. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** A button that jumps to something in the article. */
function jump(label, action, layer) {
  const button = el('button', 'jump', label);
  button.type = 'button';
  if (layer) button.dataset.layer = layer;
  button.addEventListener('click', action);
  return button;
}

/** A titled block of the panel. */
function section(title, ...children) {
  const box = el('section', 'card');
  box.append(el('h3', null, title), ...children);
  return box;
}

function noneNote() {
  return el('p', 'muted', t('none'));
}

/** Text shown in the panel is cut at this many characters (a sentence of an article without
 *  punctuation may be the whole article). */
const SHORT = 300;

/** `text`, cut to `max` characters with a note of its full length. */
export function short(text, max = SHORT) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max)}${t('truncated')(s.length)}` : s;
}

/** At most this many items of a list are drawn at first; a button draws the next as many. */
const LIST_STEP = 100;

/**
 * Appends `render(item, i)` for the first LIST_STEP of `items` to `list`, then a "show more" button
 * after `list` (in `box`) that draws the next LIST_STEP each time.
 */
function capped(box, list, items, render) {
  let shown = 0;
  const more = el('button', 'more');
  more.type = 'button';
  const step = () => {
    const end = Math.min(items.length, shown + LIST_STEP);
    for (; shown < end; shown += 1) list.append(render(items[shown], shown));
    more.hidden = shown >= items.length;
    more.textContent = t('more')(items.length - shown);
  };
  more.addEventListener('click', step);
  step();
  box.append(list);
  if (items.length > LIST_STEP) box.append(more);
  return box;
}

/**
 * Renders the whole panel for `analysis` into `panel`, a section at a time: between sections that took
 * long (a large result), the page handles input and draws. Resolves to true once done, or false when
 * `stale()` said, between sections, that the panel is no longer wanted.
 */
export async function renderSummary(panel, analysis, go, stale = () => false) {
  const summary = analysis.summary || {};
  const sections = [
    () => metaCard(analysis),
    () => chips(t('partners'), summary.partners, 'place', analysis, go),
    () => chips(t('parks'), summary.parks, 'park', analysis, go),
    () => keyFigures(analysis, go),
    () => timeline(analysis, go),
    () => sentences(analysis, go),
    () => keywords(summary.keywords),
    () => moneyChart(analysis, go),
    () => figuresTable(analysis, go),
    () => entityList(analysis, go),
  ];
  panel.replaceChildren();
  let sliceStart = performance.now();
  for (const make of sections) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToBrowser();
      if (stale()) return false;
      sliceStart = performance.now();
    }
    panel.append(make());
  }
  return true;
}

function metaCard(analysis) {
  const { meta = {}, input = {} } = analysis;
  const dl = el('dl', 'meta');
  const row = (label, value) => {
    dl.append(el('dt', null, label), el('dd', value ? null : 'muted', value ? short(value) : t('none')));
  };
  row(t('title'), meta.title);
  row(t('source'), meta.source);
  row(t('published'), formatDate(meta.published));
  row(t('authors'), (meta.authors || []).map((a) => (a.role ? `${a.name}（${a.role}）` : a.name)).join('、'));
  row(t('encoding'), input.encoding);
  row(t('format'), t('formatNames')[input.format] || input.format);
  row(t('script'), t('scriptNames')[input.script] || input.script);
  row(t('chars'), input.chars !== undefined ? formatNumber(input.chars) : null);
  const card = section(t('metaHeading'), dl);
  card.id = 'meta-card';
  return card;
}

/** The first entity mention whose canonical or text is `name`, preferring `layer`. */
function mentionOf(analysis, name, layer) {
  const entities = analysis.entities || [];
  const match = (e) => e.canonical === name || e.text === name;
  const index = entities.findIndex((e) => match(e) && e.type === layer);
  const any = index >= 0 ? index : entities.findIndex(match);
  return any >= 0 ? `entities:${any}` : null;
}

function chips(title, names = [], layer, analysis, go) {
  if (!names || names.length === 0) return section(title, noneNote());
  return capped(section(title), el('ul', 'chips'), names, (name) => {
    const id = mentionOf(analysis, name, layer);
    const li = el('li');
    li.append(id ? jump(short(name, 60), () => go.mention(id), layer) : el('span', 'chip', short(name, 60)));
    return li;
  });
}

/** A figure as a one-line description: text, metric, period. */
function figureLine(figure) {
  return short([figure.text, figure.metric, figure.period].filter(Boolean).join(' · '), 120);
}

/** An item of a numbered list: its number in a column of its own, level with the item's first line
 *  (a list marker sits on the baseline of a button's last line). */
function numbered(n, content) {
  const li = el('li');
  li.append(el('span', 'num', `${n}.`), content);
  return li;
}

function keyFigures(analysis, go) {
  const indexes = (analysis.summary && analysis.summary.key_figures) || [];
  const figures = analysis.figures || [];
  const valid = indexes.filter((i) => figures[i]);
  if (valid.length === 0) return section(t('keyFigures'), noneNote());
  const list = el('ol', 'plain');
  valid.forEach((i, k) => {
    list.append(numbered(k + 1, jump(figureLine(figures[i]), () => go.mention(`figures:${i}`), figures[i].kind)));
  });
  return section(t('keyFigures'), list);
}

function timeline(analysis, go) {
  const items = (analysis.summary && analysis.summary.timeline) || [];
  if (items.length === 0) return section(t('timeline'), noneNote());
  return capped(section(t('timeline')), el('ol', 'timeline'), items, (item) => {
    const li = el('li');
    // Where the entry is in the article is looked up when it is clicked (a search of the whole body).
    const action = () => {
      const at = analysis.body.indexOf(item.text);
      const dateIndex = (analysis.dates || []).findIndex((d) => d.value === item.date && (at < 0 || d.start >= at - 40));
      if (at >= 0) go.text(at, at + item.text.length);
      else if (dateIndex >= 0) go.mention(`dates:${dateIndex}`);
    };
    const button = jump('', action);
    const time = el('time', 'date', formatDate(item.date));
    time.dateTime = item.date;
    button.append(time, el('span', null, short(item.text)));
    li.append(button);
    return li;
  });
}

function sentences(analysis, go) {
  const items = (analysis.summary && analysis.summary.sentences) || [];
  if (items.length === 0) return section(t('sentences'), noneNote());
  return capped(section(t('sentences')), el('ol', 'plain sentences'), items, (sentence, i) => {
    const at = analysis.body.indexOf(sentence);
    return numbered(i + 1, at >= 0 ? jump(short(sentence), () => go.text(at, at + sentence.length)) : el('span', null, short(sentence)));
  });
}

function keywords(words = []) {
  if (!words || words.length === 0) return section(t('keywords'), noneNote());
  return capped(section(t('keywords')), el('ul', 'chips'), words, (word) => {
    const li = el('li');
    li.append(el('span', 'chip', short(word, 60)));
    return li;
  });
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

/** At most this many bars are drawn. */
const MAX_BARS = 30;

/** A horizontal bar chart of the money figures in yuan, in 亿 (100 million), in reading order. */
function moneyChart(analysis, go) {
  const all = (analysis.figures || [])
    .map((figure, index) => ({ figure, index }))
    .filter(({ figure }) => figure.kind === 'money' && typeof figure.value === 'number' && figure.value > 0);
  if (all.length === 0) return section(t('chartHeading'), el('p', 'muted', t('chartEmpty')));
  const money = all.slice(0, MAX_BARS);
  const max = Math.max(...money.map(({ figure }) => figure.value));
  // Each bar under its label, which has the chart's whole width: labels are not cut short.
  const rowHeight = 36;
  const barWidth = 300;
  const width = barWidth + 60;
  const height = money.length * rowHeight + 4;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'chart' });
  chart.append(svg('title', {}, t('chartHeading')));
  money.forEach(({ figure, index }, row) => {
    const y = row * rowHeight + 2;
    const group = svg('g', { class: 'bar', tabindex: 0, role: 'button', 'data-id': `figures:${index}` });
    const label = figure.metric ? `${figure.metric} ${figure.text}` : figure.text;
    // About 30 characters of 11px text fit the chart's width; a longer label (rare) is cut.
    const brief = label.length > 30 ? `${label.slice(0, 29)}…` : label;
    group.append(svg('title', {}, `${figureLine(figure)} = ${formatNumber(figure.value)}`));
    group.append(svg('text', { x: 0, y: y + 12, class: 'bar-label' }, brief));
    const w = Math.max(1, (figure.value / max) * barWidth);
    group.append(svg('rect', { x: 0, y: y + 17, width: w.toFixed(1), height: 12, rx: 2, class: 'bar-rect' }));
    group.append(svg('text', { x: w + 4, y: y + 28, class: 'bar-value' }, +(figure.value / 1e8).toFixed(2)));
    const activate = () => go.mention(`figures:${index}`);
    group.addEventListener('click', activate);
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate();
      }
    });
    chart.append(group);
  });
  const card = section(t('chartHeading'), chart);
  if (all.length > money.length) card.append(el('p', 'muted', t('chartFirst')(money.length, all.length)));
  card.id = 'money-chart';
  return card;
}

/** This many rows are drawn at first, and as many more by each press of "show more"; the filter and
 *  the sort still take all figures. */
const TABLE_STEP = 100;

const COLUMNS = ['index', 'text', 'kind', 'value', 'unit', 'approx', 'metric', 'period', 'modality'];

/** The value of a column for sorting and display. */
function cell(figure, index, column) {
  switch (column) {
    case 'index':
      return index + 1;
    case 'kind':
      return t('layer')[figure.kind] || figure.kind;
    case 'approx':
      return figure.approx ? t('approxNames')[figure.approx] || figure.approx : '';
    case 'modality':
      return figure.modality ? t('modalityNames')[figure.modality] || figure.modality : '';
    case 'value':
      return figure.value;
    case 'unit':
      return unitName(figure.unit) ?? '';
    default:
      return figure[column] ?? '';
  }
}

function figuresTable(analysis, go) {
  const figures = analysis.figures || [];
  const card = section(t('figuresHeading'));
  card.id = 'figures-card';
  if (figures.length === 0) {
    card.append(noneNote());
    return card;
  }
  const controls = el('div', 'table-controls');
  const filterLabel = el('label', 'filter');
  filterLabel.append(el('span', null, t('filter')));
  const filter = el('input');
  filter.type = 'search';
  filter.id = 'figure-filter';
  filter.placeholder = t('filterPlaceholder');
  filterLabel.append(filter);
  const kindSelect = el('select');
  kindSelect.id = 'figure-kind';
  kindSelect.setAttribute('aria-label', t('col').kind);
  kindSelect.append(new Option(t('allKinds'), ''));
  for (const kind of [...new Set(figures.map((f) => f.kind))]) kindSelect.append(new Option(t('layer')[kind] || kind, kind));
  const count = el('span', 'muted count');
  count.setAttribute('aria-live', 'polite');
  controls.append(filterLabel, kindSelect, count);

  const table = el('table', 'figures');
  table.id = 'figures-table';
  const head = el('tr');
  let sort = { column: 'index', dir: 1 };
  const headers = COLUMNS.map((column) => {
    const th = el('th');
    th.scope = 'col';
    const button = el('button', 'sort', t('col')[column]);
    button.type = 'button';
    button.dataset.column = column;
    button.addEventListener('click', () => {
      sort = { column, dir: sort.column === column ? -sort.dir : 1 };
      draw();
    });
    th.append(button);
    head.append(th);
    return th;
  });
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  table.append(thead, tbody);
  const scroller = el('div', 'table-scroll');
  scroller.append(table);

  // A large result (hundreds of thousands of figures) is filtered and sorted on precomputed keys: the
  // text each row is searched in (made on the first search), and each column's sort keys.
  let haystacks = null;
  let limit = TABLE_STEP;
  const more = el('button', 'more');
  more.type = 'button';
  more.id = 'figures-more';
  more.addEventListener('click', () => {
    limit += TABLE_STEP;
    draw();
  });
  const keys = new Map();
  const collator = new Intl.Collator('zh');
  const draw = () => {
    const needle = filter.value.trim().toLowerCase();
    const kind = kindSelect.value;
    if (needle && !haystacks) {
      haystacks = figures.map((figure, index) => COLUMNS.map((c) => String(cell(figure, index, c))).join('\u0000').toLowerCase());
    }
    const rows = [];
    for (let index = 0; index < figures.length; index += 1) {
      if (kind && figures[index].kind !== kind) continue;
      if (needle && !haystacks[index].includes(needle)) continue;
      rows.push(index);
    }
    if (sort.column !== 'index') {
      if (!keys.has(sort.column)) keys.set(sort.column, figures.map((figure, index) => cell(figure, index, sort.column)));
      const key = keys.get(sort.column);
      rows.sort((a, b) => {
        const x = key[a];
        const y = key[b];
        const order = typeof x === 'number' && typeof y === 'number' ? x - y
          : typeof x === 'number' ? -1 : typeof y === 'number' ? 1 : collator.compare(String(x), String(y));
        return (order || a - b) * sort.dir;
      });
    } else if (sort.dir < 0) rows.reverse();
    const drawn = rows.slice(0, limit).map((index) => ({ figure: figures[index], index }));
    more.hidden = rows.length <= drawn.length;
    more.textContent = t('more')(rows.length - drawn.length);
    headers.forEach((th, i) => {
      th.setAttribute('aria-sort', COLUMNS[i] === sort.column ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    tbody.replaceChildren(...drawn.map(({ figure, index }) => {
      const tr = el('tr');
      tr.dataset.id = `figures:${index}`;
      for (const column of COLUMNS) {
        const value = cell(figure, index, column);
        const td = el('td', column === 'value' ? 'num' : null);
        // The column's name, shown before the value where the table is laid out as cards (a phone).
        td.dataset.label = t('col')[column];
        if (column === 'text') td.append(jump(value, () => go.mention(`figures:${index}`), figure.kind));
        else td.textContent = column === 'value' ? formatNumber(value) : String(value);
        tr.append(td);
      }
      return tr;
    }));
    count.textContent = t('shown')(drawn.length, rows.length, figures.length);
  };
  // On a large table, filter once typing pauses.
  let filtering = null;
  filter.addEventListener('input', () => {
    clearTimeout(filtering);
    if (figures.length < 5000) draw();
    else filtering = setTimeout(draw, 200);
  });
  kindSelect.addEventListener('change', draw);
  draw();
  card.append(controls, scroller, more);
  return card;
}

function entityList(analysis, go) {
  const entities = analysis.entities || [];
  const card = section(t('entitiesHeading'));
  card.id = 'entities-card';
  if (entities.length === 0) {
    card.append(noneNote());
    return card;
  }
  // Group by type, then by canonical name; a click cycles through the mentions.
  const byType = new Map();
  entities.forEach((entity, index) => {
    const name = entity.canonical || entity.text;
    if (!byType.has(entity.type)) byType.set(entity.type, new Map());
    const names = byType.get(entity.type);
    if (!names.has(name)) names.set(name, []);
    names.get(name).push(index);
  });
  for (const [type, names] of byType) {
    const group = el('div', 'entity-group');
    group.append(el('h4', null, `${t('layer')[type] || type}（${names.size}）`));
    capped(group, el('ul', 'chips'), [...names], ([name, indexes]) => {
      let turn = 0;
      const li = el('li');
      const button = jump(short(name, 60), () => {
        go.mention(`entities:${indexes[turn % indexes.length]}`);
        turn += 1;
      }, type);
      button.append(el('span', 'badge', t('mentions')(indexes.length)));
      li.append(button);
      return li;
    });
    card.append(group);
  }
  return card;
}
