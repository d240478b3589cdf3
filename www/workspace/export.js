// The workspace's exports: JSON (every article's analysis, as the contract gives it, plus the merged
// tables), CSV (one file per table, in a store-only zip) and a Markdown brief, in the interface's
// language (the CSV headers and the brief's words; the values as the contract has them).

import { formatDate, t, unitName } from '../i18n.js';
import { articleDate, figuresTable, parksTable, timelineTable } from './merge.js';
import { zip } from './zip.js';

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function field(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text (with a byte-order mark for spreadsheets) of a header and rows. */
export function csv(header, rows) {
  return `\ufeff${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The title an article is shown by: its own, else its file name, else "pasted article n". */
export function titleOf(article) {
  const title = article.analysis && article.analysis.meta && article.analysis.meta.title;
  return title || article.name || t('wsPasted')(article.pasted || article.id);
}

/** The status of an article in words. */
export function statusText(article, reason) {
  return article.status === 'error' ? t('wsError')(reason(article)) : t('wsState')[article.status];
}

/** The whole workspace as JSON: `{ version, articles: [{ id, name, status, error, analysis }], parks,
 *  figures, timeline }`. */
export function workspaceJson(articles, reason) {
  return `${JSON.stringify({
    version: 1,
    articles: articles.map((a) => ({
      id: a.id, name: a.name || null, status: a.status, error: a.status === 'error' ? reason(a) : null, analysis: a.analysis || null,
    })),
    parks: parksTable(articles),
    figures: figuresTable(articles),
    timeline: timelineTable(articles),
  }, null, 2)}\n`;
}

/** The tables as CSV files: articles, parks (and partners), figures, timeline. */
export function workspaceCsv(articles, reason) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const title = (id) => titleOf(byId.get(id));
  const col = t('col');
  const a = articles.map((x) => [x.id, titleOf(x), x.analysis?.meta?.source, articleDate(x.analysis), x.analysis?.figures?.length,
    x.analysis?.dates?.length, x.analysis?.entities?.length, statusText(x, reason)]);
  const p = parksTable(articles).map((r) => [r.name, t('wsKindNames')[r.kind], r.forms.join('; '), r.articles.length,
    r.articles.map(title).join('; '), r.mentions, r.first, r.last]);
  const f = figuresTable(articles).map((r) => [r.article, title(r.article), r.text, t('layer')[r.kind] || r.kind, r.value,
    unitName(r.unit), r.approx ? t('approxNames')[r.approx] : '', r.metric, r.period, r.modality ? t('modalityNames')[r.modality] : '', r.date]);
  const tl = timelineTable(articles).map((r) => [r.date, r.text, r.article, title(r.article)]);
  return [
    { name: 'articles.csv', text: csv(['#', t('wsColTitle'), t('wsColSource'), t('wsColDate'), t('wsColFigures'), t('wsColDates'), t('wsColEntities'), t('wsColStatus')], a) },
    { name: 'parks.csv', text: csv([t('wsColName'), t('wsColKind'), t('wsAlso')(''), t('wsColArticles'), t('wsColArticle'), t('wsColMentions'), t('wsColFirst'), t('wsColLast')], p) },
    { name: 'figures.csv', text: csv(['#', t('wsColArticle'), col.text, col.kind, col.value, col.unit, col.approx, col.metric, col.period, col.modality, t('wsColDate')], f) },
    { name: 'timeline.csv', text: csv([t('wsColDate'), col.text, '#', t('wsColArticle')], tl) },
  ];
}

/** The CSV files zipped. */
export function workspaceZip(articles, reason) {
  return zip(workspaceCsv(articles, reason));
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** A Markdown brief: the articles, the parks and partners, the largest money figures, the timeline. */
export function workspaceMarkdown(articles, reason) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const title = (id) => titleOf(byId.get(id));
  const done = articles.filter((a) => a.status === 'done').length;
  const lines = [`# ${t('wsBriefTitle')}`, '', t('wsBriefCount')(articles.length, done), ''];
  const table = (header, rows) => {
    lines.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  };
  lines.push(`## ${t('wsArticles')}`, '');
  table(['#', t('wsColTitle'), t('wsColSource'), t('wsColDate'), t('wsColFigures'), t('wsColStatus')],
    articles.map((a) => [a.id, titleOf(a), a.analysis?.meta?.source, formatDate(articleDate(a.analysis)), a.analysis?.figures?.length, statusText(a, reason)]));
  const parks = parksTable(articles);
  lines.push(`## ${t('wsParks')}`, '');
  if (parks.length) {
    table([t('wsColName'), t('wsColKind'), t('wsColArticles'), t('wsColFirst'), t('wsColLast')],
      parks.map((r) => [r.name, t('wsKindNames')[r.kind], r.articles.map(title).join('；'), formatDate(r.first), formatDate(r.last)]));
  } else lines.push(t('wsNone'), '');
  const money = figuresTable(articles).filter((f) => f.kind === 'money' && f.value && (!f.unit || f.unit === 'CNY'))
    .sort((x, y) => y.value - x.value).slice(0, 20);
  lines.push(`## ${t('wsBriefTopFigures')}`, '');
  if (money.length) {
    const col = t('col');
    table([col.text, col.metric, col.period, col.modality, t('wsColArticle')],
      money.map((f) => [f.text, f.metric, f.period, f.modality ? t('modalityNames')[f.modality] : '', title(f.article)]));
  } else lines.push(t('wsNone'), '');
  lines.push(`## ${t('wsTimeline')}`, '');
  const timeline = timelineTable(articles);
  if (timeline.length) for (const r of timeline) lines.push(`- **${formatDate(r.date)}** ${cell(r.text)} — ${cell(title(r.article))}`);
  else lines.push(t('wsNone'));
  lines.push('');
  return lines.join('\n');
}
