// The summary panel: meta card, partners and parks, key figures, timeline, sentences, keywords, the
// money chart, the sortable and filterable figures table and the entity list. Every value is inserted
// as text. `go` is `{ mention(id), text(start, end) }`: scroll to and flash a span of the article.

import { t } from './i18n.js';
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

/** Renders the whole panel for `analysis` into `panel`. */
export function renderSummary(panel, analysis, go) {
  const summary = analysis.summary || {};
  panel.replaceChildren(
    metaCard(analysis),
    chips(t('partners'), summary.partners, 'place', analysis, go),
    chips(t('parks'), summary.parks, 'park', analysis, go),
    keyFigures(analysis, go),
    timeline(analysis, go),
    sentences(analysis, go),
    keywords(summary.keywords),
    moneyChart(analysis, go),
    figuresTable(analysis, go),
    entityList(analysis, go),
  );
}

function metaCard(analysis) {
  const { meta = {}, input = {} } = analysis;
  const dl = el('dl', 'meta');
  const row = (label, value) => {
    dl.append(el('dt', null, label), el('dd', value ? null : 'muted', value || t('none')));
  };
  row(t('title'), meta.title);
  row(t('source'), meta.source);
  row(t('published'), meta.published);
  row(t('authors'), (meta.authors || []).map((a) => (a.role ? `${a.name}（${a.role}）` : a.name)).join('、'));
  row(t('encoding'), input.encoding);
  row(t('format'), input.format);
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
  const list = el('ul', 'chips');
  for (const name of names) {
    const id = mentionOf(analysis, name, layer);
    const li = el('li');
    li.append(id ? jump(name, () => go.mention(id), layer) : el('span', 'chip', name));
    list.append(li);
  }
  return section(title, list);
}

/** A figure as a one-line description: text, metric, period. */
function figureLine(figure) {
  return [figure.text, figure.metric, figure.period].filter(Boolean).join(' · ');
}

function keyFigures(analysis, go) {
  const indexes = (analysis.summary && analysis.summary.key_figures) || [];
  const figures = analysis.figures || [];
  const valid = indexes.filter((i) => figures[i]);
  if (valid.length === 0) return section(t('keyFigures'), noneNote());
  const list = el('ol', 'plain');
  for (const i of valid) {
    const li = el('li');
    li.append(jump(figureLine(figures[i]), () => go.mention(`figures:${i}`), figures[i].kind));
    list.append(li);
  }
  return section(t('keyFigures'), list);
}

function timeline(analysis, go) {
  const items = (analysis.summary && analysis.summary.timeline) || [];
  if (items.length === 0) return section(t('timeline'), noneNote());
  const list = el('ol', 'timeline');
  for (const item of items) {
    const li = el('li');
    const at = analysis.body.indexOf(item.text);
    const dateIndex = (analysis.dates || []).findIndex((d) => d.value === item.date && (at < 0 || d.start >= at - 40));
    const action = () => {
      if (at >= 0) go.text(at, at + item.text.length);
      else if (dateIndex >= 0) go.mention(`dates:${dateIndex}`);
    };
    const button = jump('', action);
    button.append(el('time', 'date', item.date), el('span', null, item.text));
    li.append(button);
    list.append(li);
  }
  return section(t('timeline'), list);
}

function sentences(analysis, go) {
  const items = (analysis.summary && analysis.summary.sentences) || [];
  if (items.length === 0) return section(t('sentences'), noneNote());
  const list = el('ol', 'plain sentences');
  for (const sentence of items) {
    const at = analysis.body.indexOf(sentence);
    const li = el('li');
    li.append(at >= 0 ? jump(sentence, () => go.text(at, at + sentence.length)) : el('span', null, sentence));
    list.append(li);
  }
  return section(t('sentences'), list);
}

function keywords(words = []) {
  if (!words || words.length === 0) return section(t('keywords'), noneNote());
  const list = el('ul', 'chips');
  for (const word of words) {
    const li = el('li');
    li.append(el('span', 'chip', word));
    list.append(li);
  }
  return section(t('keywords'), list);
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
  const rowHeight = 22;
  const labelWidth = 150;
  const barWidth = 170;
  const width = labelWidth + barWidth + 70;
  const height = money.length * rowHeight + 4;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'chart' });
  chart.append(svg('title', {}, t('chartHeading')));
  money.forEach(({ figure, index }, row) => {
    const y = row * rowHeight + 2;
    const group = svg('g', { class: 'bar', tabindex: 0, role: 'button', 'data-id': `figures:${index}` });
    const label = figure.metric ? `${figure.metric} ${figure.text}` : figure.text;
    const short = label.length > 12 ? `${label.slice(0, 11)}…` : label;
    group.append(svg('title', {}, `${figureLine(figure)} = ${formatNumber(figure.value)}`));
    group.append(svg('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end', class: 'bar-label' }, short));
    const w = Math.max(1, (figure.value / max) * barWidth);
    group.append(svg('rect', { x: labelWidth, y: y + 3, width: w.toFixed(1), height: rowHeight - 8, rx: 2, class: 'bar-rect' }));
    group.append(svg('text', { x: labelWidth + w + 4, y: y + 14, class: 'bar-value' }, +(figure.value / 1e8).toFixed(2)));
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

/** At most this many rows are drawn; the filter still searches all figures. */
const MAX_ROWS = 400;

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
  const filterLabel = el('label', null, t('filter'));
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

  const draw = () => {
    const needle = filter.value.trim().toLowerCase();
    const kind = kindSelect.value;
    const rows = figures
      .map((figure, index) => ({ figure, index }))
      .filter(({ figure }) => !kind || figure.kind === kind)
      .filter(({ figure, index }) => !needle
        || COLUMNS.some((c) => String(cell(figure, index, c)).toLowerCase().includes(needle)));
    const compare = (a, b) => {
      const x = cell(a.figure, a.index, sort.column);
      const y = cell(b.figure, b.index, sort.column);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
      return (order || a.index - b.index) * sort.dir;
    };
    rows.sort(compare);
    const drawn = rows.slice(0, MAX_ROWS);
    headers.forEach((th, i) => {
      th.setAttribute('aria-sort', COLUMNS[i] === sort.column ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    tbody.replaceChildren(...drawn.map(({ figure, index }) => {
      const tr = el('tr');
      tr.dataset.id = `figures:${index}`;
      for (const column of COLUMNS) {
        const value = cell(figure, index, column);
        const td = el('td', column === 'value' ? 'num' : null);
        if (column === 'text') td.append(jump(value, () => go.mention(`figures:${index}`), figure.kind));
        else td.textContent = column === 'value' ? formatNumber(value) : String(value);
        tr.append(td);
      }
      return tr;
    }));
    count.textContent = t('shown')(drawn.length, rows.length, figures.length);
  };
  filter.addEventListener('input', draw);
  kindSelect.addEventListener('change', draw);
  draw();
  card.append(controls, scroller);
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
    const list = el('ul', 'chips');
    for (const [name, indexes] of names) {
      let turn = 0;
      const li = el('li');
      const button = jump(name, () => {
        go.mention(`entities:${indexes[turn % indexes.length]}`);
        turn += 1;
      }, type);
      button.append(el('span', 'badge', t('mentions')(indexes.length)));
      li.append(button);
      list.append(li);
    }
    group.append(list);
    card.append(group);
  }
  return card;
}
