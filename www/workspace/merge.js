// The workspace's tables across articles, from the analyses (the contract of each article): parks and
// partners merged by their canonical form, every figure with its article, a joint timeline whose
// entries point back to their sentence, and the points of the money chart. Pure functions of the
// article records `{ id, name, status, analysis }`.

/** The article's date (YYYY-MM-DD, or YYYY-MM …), from its metadata, or null. */
export function articleDate(analysis) {
  const published = analysis && analysis.meta && analysis.meta.published;
  return published ? published.slice(0, 10) : null;
}

/** The analysed articles, in order. */
export function analysed(articles) {
  return articles.filter((a) => a.status === 'done' && a.analysis);
}

/**
 * The key a park is merged by: its canonical (simplified) form without separators, and without a
 * generic word (工业, 产业, 经济, 开发, 合作) right before the final 园区 or 园: 甘眉工業園區 (canonical
 * 甘眉工业园区) and 甘眉园区 are one park. The core's canonical form does not merge a short form with
 * its long one, so the workspace does this much.
 */
export function parkKey(name) {
  return name.replace(/[\s\-—–·・]/g, '').replace(/(工业|产业|经济|开发|合作)(园区|园)$/, '$2');
}

/** The name shown for a group of forms: the most frequent, then the longest. */
function bestName(forms) {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
}

/**
 * Parks and partners: `[{ key, name, kind: 'park' | 'partner', forms, articles: [id], mentions, first,
 * last }]`, `first`/`last` the earliest and latest dates of the articles that name it; most articles first.
 */
export function parksTable(articles) {
  const rows = new Map();
  const add = (kind, name, article, count) => {
    const key = `${kind}:${kind === 'park' ? parkKey(name) : name}`;
    let row = rows.get(key);
    if (!row) {
      row = { key, kind, formCounts: new Map(), articles: [], mentions: 0, first: null, last: null };
      rows.set(key, row);
    }
    row.formCounts.set(name, (row.formCounts.get(name) || 0) + count);
    row.mentions += count;
    if (!row.articles.includes(article.id)) {
      row.articles.push(article.id);
      const date = articleDate(article.analysis);
      if (date) {
        if (!row.first || date < row.first) row.first = date;
        if (!row.last || date > row.last) row.last = date;
      }
    }
  };
  for (const article of analysed(articles)) {
    const { entities = [], summary = {} } = article.analysis;
    const parks = new Map();
    for (const e of entities) if (e.type === 'park') parks.set(e.canonical || e.text, (parks.get(e.canonical || e.text) || 0) + 1);
    for (const name of summary.parks || []) if (!parks.has(name)) parks.set(name, 1);
    for (const [name, count] of parks) add('park', name, article, count);
    for (const name of summary.partners || []) {
      const count = entities.filter((e) => e.canonical === name || e.text === name).length;
      add('partner', name, article, Math.max(count, 1));
    }
  }
  return [...rows.values()].map((row) => ({
    key: row.key, kind: row.kind, name: bestName(row.formCounts), forms: [...row.formCounts.keys()],
    articles: row.articles, mentions: row.mentions, first: row.first, last: row.last,
  })).sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
}

/** Every figure of every analysed article: `[{ article, index, text, kind, value, unit, approx, metric,
 *  period, modality, date, start, end }]` (`date` the article's). */
export function figuresTable(articles) {
  const rows = [];
  for (const article of analysed(articles)) {
    const date = articleDate(article.analysis);
    (article.analysis.figures || []).forEach((f, index) => {
      rows.push({
        article: article.id, index, text: f.text, kind: f.kind, value: f.value, unit: f.unit, approx: f.approx,
        metric: f.metric, period: f.period, modality: f.modality, date, start: f.start, end: f.end,
      });
    });
  }
  return rows;
}

/** Where `text` is in `body`, as `{ start, end }`; a timeline entry joined with …… is looked up by its
 *  first part. Null when it is not there. */
export function locate(body, text) {
  let at = body.indexOf(text);
  if (at >= 0) return { start: at, end: at + text.length };
  const first = text.split('……')[0];
  at = first ? body.indexOf(first) : -1;
  return at >= 0 ? { start: at, end: at + first.length } : null;
}

/** The joint timeline: every article's timeline entries, `[{ article, date, text, start, end }]`, by
 *  date (then article and place in it). */
export function timelineTable(articles) {
  const rows = [];
  for (const article of analysed(articles)) {
    const { body = '', summary = {} } = article.analysis;
    for (const entry of summary.timeline || []) {
      const at = locate(body, entry.text);
      rows.push({ article: article.id, date: entry.date, text: entry.text, start: at ? at.start : null, end: at ? at.end : null });
    }
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.article - b.article || (a.start ?? 0) - (b.start ?? 0)));
}

/** A figure's time for the chart: the year (and month or half) its `period` names, a year relative to
 *  its article's date (今年, 去年, 明年), else its article's date; `{ label, x }` with `x` in years
 *  (2023.5 for mid-2023), or null. */
export function figureTime(row) {
  const period = row.period || '';
  const articleYear = row.date ? Number(row.date.slice(0, 4)) : null;
  const year = period.match(/(19|20)\d{2}/);
  const relative = articleYear && period.match(/^(今年|本年|去年|上年|明年)/);
  const y = year ? Number(year[0]) : relative ? articleYear + ({ 去年: -1, 上年: -1, 明年: 1 }[relative[1]] || 0) : null;
  if (y !== null) {
    const rest = year ? period.slice(year.index + 4) : period.slice(relative[1].length);
    const month = rest.match(/^年?(\d{1,2})月/);
    const half = /上半年/.test(rest) ? 1 : /下半年/.test(rest) ? 2 : null;
    if (month) return { label: `${y}-${month[1].padStart(2, '0')}`, x: y + (Number(month[1]) - 0.5) / 12 };
    if (half) return { label: `${y}-H${half}`, x: y + (half === 1 ? 0.25 : 0.75) };
    return { label: String(y), x: y + 0.5 };
  }
  if (!row.date) return null;
  const [yy, m = '6', d = '15'] = row.date.split('-');
  return { label: row.date, x: Number(yy) + (Number(m) - 1 + Number(d) / 31) / 12 };
}

/** The chart's choices: the parks named in at least one article with money figures, and the metrics
 *  of money figures, `[{ value: 'park:…' | 'metric:…', name, kind }]`, most figures first. */
export function chartChoices(articles, parks, figures) {
  const money = figures.filter((f) => f.kind === 'money' && f.value);
  const withMoney = new Set(money.map((f) => f.article));
  const choices = [];
  for (const park of parks) {
    if (park.kind !== 'park') continue;
    const n = money.filter((f) => park.articles.includes(f.article)).length;
    if (n && park.articles.some((id) => withMoney.has(id))) choices.push({ value: park.key, name: park.name, kind: 'park', n });
  }
  const metrics = new Map();
  for (const f of money) if (f.metric) metrics.set(f.metric, (metrics.get(f.metric) || 0) + 1);
  for (const [metric, n] of metrics) if (n > 1) choices.push({ value: `metric:${metric}`, name: metric, kind: 'metric', n });
  return choices.sort((a, b) => (a.kind === b.kind ? b.n - a.n : a.kind === 'park' ? -1 : 1));
}

/** The points of the chart for a choice: the money figures (in 100 million yuan) of the articles naming
 *  the park, or of the metric, that have a time; `[{ x, label, value, row }]` by time. */
export function chartPoints(choice, parks, figures) {
  if (!choice) return [];
  let rows = figures.filter((f) => f.kind === 'money' && f.value && (!f.unit || f.unit === 'CNY'));
  if (choice.startsWith('metric:')) {
    const metric = choice.slice('metric:'.length);
    rows = rows.filter((f) => f.metric === metric);
  } else {
    const park = parks.find((p) => p.key === choice);
    rows = park ? rows.filter((f) => park.articles.includes(f.article)) : [];
  }
  const points = [];
  for (const row of rows) {
    const time = figureTime(row);
    if (time) points.push({ x: time.x, label: time.label, value: row.value / 1e8, row });
  }
  return points.sort((a, b) => a.x - b.x || a.value - b.value);
}
