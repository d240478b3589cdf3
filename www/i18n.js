// Interface strings in Chinese (the default) and English, and the highlight layers the page draws.
// Every visible word of the interface comes from here; article text never does.

/** Figure kinds, the date layer and entity types, in legend order. */
export const LAYERS = [
  { key: 'money', group: 'figure' },
  { key: 'percent', group: 'figure' },
  { key: 'area', group: 'figure' },
  { key: 'length', group: 'figure' },
  { key: 'weight', group: 'figure' },
  { key: 'volume', group: 'figure' },
  { key: 'energy', group: 'figure' },
  { key: 'count', group: 'figure' },
  { key: 'duration', group: 'figure' },
  { key: 'multiple', group: 'figure' },
  { key: 'number', group: 'figure' },
  { key: 'date', group: 'date' },
  { key: 'place', group: 'entity' },
  { key: 'park', group: 'entity' },
  { key: 'organization', group: 'entity' },
  { key: 'company', group: 'entity' },
  { key: 'person', group: 'entity' },
  { key: 'document', group: 'entity' },
  { key: 'event', group: 'entity' },
];

/** What a refused file looks like (the core's words: a PNG image …) in Chinese. */
const LOOKS_LIKE_ZH = {
  'a PDF document': ' PDF 文档', 'a PNG image': ' PNG 图片', 'a JPEG image': ' JPEG 图片', 'a GIF image': ' GIF 图片',
  'a ZIP archive (or an Office document)': ' ZIP 压缩包（或 Office 文档）', 'a GZIP archive': ' GZIP 压缩包',
  'a RAR archive': ' RAR 压缩包', 'a 7-Zip archive': ' 7-Zip 压缩包', 'an old Office document': '旧版 Office 文档',
  'a program': '程序文件', 'a Windows program': ' Windows 程序', 'a WebAssembly module': ' WebAssembly 模块',
};

const zh = {
  appTitle: '文析',
  tagline: '中文新闻稿分析：数字、日期、实体一目了然，全部在浏览器内完成',
  langSwitch: 'English',
  workspaceView: '多篇文章',
  singleView: '单篇文章',
  workspaceViewHint: '多篇文章工作区：一次分析多篇文章并加以比较',
  singleViewHint: '回到单篇文章视图',
  inputHeading: '文章',
  inputLabel: '粘贴文章文本或网页源码',
  inputPlaceholder: '在此粘贴文章，或把 .txt / .html 文件拖到这里…',
  analyse: '分析',
  clear: '清除',
  openFile: '打开文件…',
  cancel: '取消',
  samples: '示例文章：',
  referenceDate: '参考日期',
  referenceDateHint: '文章没有发布日期时，用于推算“今年”“5月31日”等',
  dropHere: '松开即可分析文件',
  loading: '正在加载分析引擎…',
  ready: '就绪',
  analysing: '正在分析…',
  rendering: '正在呈现…',
  renderingPct: (p) => `正在呈现… ${p}%（可继续操作）`,
  sending: '正在传送结果…',
  notSaved: '（浏览器存储空间不足，文本未能保存：刷新或关闭页面后将丢失，本次仍保留在内存中）',
  more: (n) => `显示其余 ${n} 项`,
  truncated: (n) => `…（共 ${n} 字）`,
  listFirst: (n, total) => `仅显示前 ${n} 项（共 ${total} 项）`,
  done: (ms) => `分析完成，用时 ${ms} 毫秒`,
  cancelled: '已取消分析',
  failed: (m) => `分析失败：${m}`,
  engineFailed: (m) => `分析引擎加载失败：${m}`,
  tooLarge: (size, limit) => `输入过大（${size}），上限为 ${limit}。请截取文章正文后再试。`,
  notText: (name) => `无法打开“${name}”：这不是文本文件。`,
  refusedNotText: (name, what) => `无法分析“${name ?? '粘贴的内容'}”：这不是文本文件${LOOKS_LIKE_ZH[what] ? `，看起来是${LOOKS_LIKE_ZH[what]}` : ''}。`,
  emptyFile: (name) => `“${name}”是空文件，没有可分析的内容。`,
  noText: (name) => (name ? `“${name}”中没有找到可分析的文字。` : '没有找到可分析的文字。'),
  badOption: '参考日期无效，请按“年-月-日”填写或清空。',
  internalError: '分析失败：分析引擎出错，请重试或换一篇文章。',
  accepted: (exts, limit) => `可以分析：文章的纯文本或网页源码（${exts}），编码 UTF-8、GBK、Big5、UTF-16 均可，大小不超过 ${limit}。`,
  listSep: '、',
  restoredPending: '上次的分析没有完成（页面在分析中被关闭或刷新），文本已恢复。点击“分析”重新分析。',
  restoredFailed: '上次的分析失败了，文本已恢复。点击“分析”重新分析。',
  restoredCancelled: '上次的分析已取消，文本已恢复。点击“分析”重新分析。',
  reasons: {
    navigation: '导航', related: '相关链接', footer: '页脚', spam: '垃圾标题', symbols: '符号行', meta: '来源行',
    title: '标题', subtitle: '副标题', byline: '署名', caption: '图片说明', duplicate: '重复',
  },
  warningText: {
    'malformed-bytes': ({ count, encoding }) => `有 ${count} 处字节无法按 ${encoding} 解码，已替换为 �`,
    'lost-characters': ({ count }) => `有 ${count} 个字在网页转换中丢失（显示为“?”，拼音注音已损坏）`,
    'folded-paragraphs': ({ count }) => `有 ${count} 段逐字重复的段落，已合并为一段`,
    'folded-sentences': ({ count }) => `有 ${count} 句在后文逐字重复，已只保留第一次出现`,
  },
  formatNames: { text: '纯文本', html: '网页' },
  longText: '文本较长，请点击“分析”。',
  fileLoaded: (name) => `文件：${name}`,
  heldText: (size) => `已粘贴 ${size} 长文本（为保持流畅，不在输入框中显示）`,
  elapsed: (s) => `${s} 秒`,
  resultHeading: '标注结果',
  legend: '图例（点击切换显示）',
  groupFigure: '数字',
  groupDate: '日期',
  groupEntity: '实体',
  removedLines: (n) => `已移除的行（${n}）`,
  warnings: '提示',
  emptyResult: '分析结果会显示在这里。',
  navHint: '快捷键：j / n 下一个标注，k / p 上一个，Esc 关闭提示',
  summaryHeading: '摘要',
  metaHeading: '文章信息',
  title: '标题',
  source: '来源',
  published: '日期',
  authors: '作者',
  encoding: '编码',
  script: '字形',
  format: '格式',
  chars: '字数',
  scriptNames: { simplified: '简体', traditional: '繁体', mixed: '简繁混合' },
  partners: '合作双方',
  parks: '园区',
  keyFigures: '关键数字',
  timeline: '时间线',
  sentences: '要点',
  keywords: '关键词',
  chartHeading: '金额（亿元）',
  chartEmpty: '没有金额数字。',
  chartFirst: (n, total) => `仅显示前 ${n} 个（共 ${total} 个）`,
  figuresHeading: '数字一览',
  filter: '筛选',
  filterPlaceholder: '输入文字筛选…',
  allKinds: '全部类型',
  shown: (n, matched, total) => (matched > n ? `显示前 ${n} 条，匹配 ${matched} / ${total}` : `显示 ${n} / ${total}`),
  col: { index: '#', text: '原文', kind: '类型', value: '数值', unit: '单位', approx: '约数', metric: '指标', period: '时期', modality: '性质' },
  entitiesHeading: '实体',
  mentions: (n) => `${n} 次`,
  exportHeading: '导出',
  exportJson: '下载 JSON',
  exportCsv: '下载数字 CSV',
  exportMd: '下载 Markdown 简报',
  copyJson: '复制 JSON',
  copyCsv: '复制 CSV',
  copyMd: '复制 Markdown',
  copied: '已复制到剪贴板',
  copyFailed: '复制失败',
  none: '无',
  tip: {
    kind: '类型', value: '数值', unit: '单位', approx: '约数', range: '范围', metric: '指标', period: '时期',
    modality: '性质', date: '日期', relative: '推算年份', type: '类型', canonical: '规范名', role: '职务',
  },
  yes: '是',
  no: '否',
  approxNames: { about: '约', over: '超过', under: '不到' },
  modalityNames: { actual: '实际', plan: '计划', forecast: '预计', target: '目标' },
  layer: {
    money: '金额', percent: '百分比', area: '面积', length: '长度', weight: '重量', volume: '体积',
    energy: '能源', count: '数量', duration: '时长', multiple: '倍数', number: '数字', date: '日期',
    place: '地名', park: '园区', organization: '机构', company: '企业', person: '人物', document: '文件',
    event: '活动',
  },
  marker: {
    money: '¥', percent: '%', area: '面', length: '长', weight: '重', volume: '容', energy: '能', count: '计',
    duration: '时', multiple: '倍', number: '#', date: '日', place: '地', park: '园', organization: '机',
    company: '企', person: '人', document: '文', event: '会',
  },
};

const en = {
  appTitle: 'wenxi',
  tagline: 'Chinese news-article analyser: every figure, date and entity, right in your browser',
  langSwitch: '中文',
  workspaceView: 'Many articles',
  singleView: 'One article',
  workspaceViewHint: 'The workspace: analyse many articles at once and compare them',
  singleViewHint: 'Back to the single-article view',
  inputHeading: 'Article',
  inputLabel: 'Paste article text or page source',
  inputPlaceholder: 'Paste an article here, or drop a .txt / .html file…',
  analyse: 'Analyse',
  clear: 'Clear',
  openFile: 'Open file…',
  cancel: 'Cancel',
  samples: 'Samples:',
  referenceDate: 'Reference date',
  referenceDateHint: 'Used to resolve 今年, 5月31日 … when the article has no date',
  dropHere: 'Drop to analyse the file',
  loading: 'Loading the analyser…',
  ready: 'Ready',
  analysing: 'Analysing…',
  rendering: 'Rendering…',
  renderingPct: (p) => `Rendering… ${p}% (the page stays usable)`,
  sending: 'Receiving the result…',
  notSaved: '(The browser’s storage is full: the text was not saved and will be lost on reload; it is kept in memory for now.)',
  more: (n) => `Show the other ${n}`,
  truncated: (n) => `… (${n} characters in all)`,
  listFirst: (n, total) => `The first ${n} of ${total}`,
  done: (ms) => `Analysed in ${ms} ms`,
  cancelled: 'Analysis cancelled',
  failed: (m) => `Analysis failed: ${m}`,
  engineFailed: (m) => `The analyser failed to load: ${m}`,
  tooLarge: (size, limit) => `The input is too large (${size}); the limit is ${limit}. Cut it down to the article.`,
  notText: (name) => `Cannot open “${name}”: it is not a text file.`,
  refusedNotText: (name, what) => `Cannot analyse “${name ?? 'the pasted text'}”: it is not text${what ? `; it looks like ${what}` : ''}.`,
  emptyFile: (name) => `“${name}” is empty: there is nothing to analyse.`,
  noText: (name) => (name ? `“${name}” has no text to analyse.` : 'There is no text to analyse.'),
  badOption: 'The reference date is not valid: give it as year-month-day, or clear it.',
  internalError: 'The analysis failed: the analyser ran into an error. Try again, or another article.',
  accepted: (exts, limit) => `Accepted: an article as plain text or page source (${exts}), in UTF-8, GBK, Big5 or UTF-16, up to ${limit}.`,
  listSep: ', ',
  restoredPending: 'The last analysis did not finish (the page was closed or reloaded while it ran); the text is back. Press “Analyse” to analyse it again.',
  restoredFailed: 'The last analysis failed; the text is back. Press “Analyse” to analyse it again.',
  restoredCancelled: 'The last analysis was cancelled; the text is back. Press “Analyse” to analyse it again.',
  reasons: {
    navigation: 'navigation', related: 'related', footer: 'footer', spam: 'spam', symbols: 'symbols', meta: 'meta',
    title: 'title', subtitle: 'subtitle', byline: 'byline', caption: 'caption', duplicate: 'duplicate',
  },
  warningText: {
    'malformed-bytes': ({ count, encoding }) => `${count} malformed byte sequence${count === 1 ? ' was' : 's were'} in ${encoding} replaced with U+FFFD`,
    'lost-characters': ({ count }) => `${count} character${count === 1 ? ' was' : 's were'} lost in the page's conversion (a '?' with a damaged pinyin annotation)`,
    'folded-paragraphs': ({ count }) => `${count} paragraph${count === 1 ? '' : 's'} repeated verbatim ${count === 1 ? 'was' : 'were'} folded into one`,
    'folded-sentences': ({ count }) => `${count} sentence${count === 1 ? '' : 's'} repeated verbatim in a later paragraph ${count === 1 ? 'was' : 'were'} folded into the first`,
  },
  formatNames: { text: 'text', html: 'HTML' },
  longText: 'Long text: press “Analyse”.',
  fileLoaded: (name) => `File: ${name}`,
  heldText: (size) => `Pasted ${size} of text (kept out of the input box to stay fast)`,
  elapsed: (s) => `${s} s`,
  resultHeading: 'Annotated article',
  legend: 'Legend (click to toggle)',
  groupFigure: 'Figures',
  groupDate: 'Dates',
  groupEntity: 'Entities',
  removedLines: (n) => `Removed lines (${n})`,
  warnings: 'Notes',
  emptyResult: 'The analysis will appear here.',
  navHint: 'Keys: j / n next highlight, k / p previous, Esc closes the tooltip',
  summaryHeading: 'Summary',
  metaHeading: 'Article',
  title: 'Title',
  source: 'Source',
  published: 'Date',
  authors: 'Authors',
  encoding: 'Encoding',
  script: 'Script',
  format: 'Format',
  chars: 'Characters',
  scriptNames: { simplified: 'simplified', traditional: 'traditional', mixed: 'mixed' },
  partners: 'Partners',
  parks: 'Parks',
  keyFigures: 'Key figures',
  timeline: 'Timeline',
  sentences: 'Key sentences',
  keywords: 'Keywords',
  chartHeading: 'Money (100 million yuan)',
  chartEmpty: 'No money figures.',
  chartFirst: (n, total) => `The first ${n} of ${total}`,
  figuresHeading: 'All figures',
  filter: 'Filter',
  filterPlaceholder: 'Type to filter…',
  allKinds: 'All kinds',
  shown: (n, matched, total) => (matched > n ? `Showing the first ${n}; ${matched} of ${total} match` : `Showing ${n} of ${total}`),
  col: { index: '#', text: 'Text', kind: 'Kind', value: 'Value', unit: 'Unit', approx: 'Approx.', metric: 'Metric', period: 'Period', modality: 'Modality' },
  entitiesHeading: 'Entities',
  mentions: (n) => `${n}×`,
  exportHeading: 'Export',
  exportJson: 'Download JSON',
  exportCsv: 'Download figures CSV',
  exportMd: 'Download Markdown brief',
  copyJson: 'Copy JSON',
  copyCsv: 'Copy CSV',
  copyMd: 'Copy Markdown',
  copied: 'Copied to the clipboard',
  copyFailed: 'Copy failed',
  none: 'none',
  tip: {
    kind: 'Kind', value: 'Value', unit: 'Unit', approx: 'Approx.', range: 'Range', metric: 'Metric', period: 'Period',
    modality: 'Modality', date: 'Date', relative: 'Year inferred', type: 'Type', canonical: 'Canonical', role: 'Role',
  },
  yes: 'yes',
  no: 'no',
  approxNames: { about: 'about', over: 'over', under: 'under' },
  modalityNames: { actual: 'actual', plan: 'plan', forecast: 'forecast', target: 'target' },
  layer: {
    money: 'money', percent: 'percent', area: 'area', length: 'length', weight: 'weight', volume: 'volume',
    energy: 'energy', count: 'count', duration: 'duration', multiple: 'multiple', number: 'number', date: 'date',
    place: 'place', park: 'park', organization: 'organisation', company: 'company', person: 'person',
    document: 'document', event: 'event',
  },
  marker: {
    money: '¥', percent: '%', area: 'A', length: 'L', weight: 'W', volume: 'V', energy: 'E', count: 'N',
    duration: 'T', multiple: '×', number: '#', date: 'D', place: 'P', park: 'Pk', organization: 'O',
    company: 'Co', person: 'Pe', document: 'Doc', event: 'Ev',
  },
};

const STRINGS = { zh, en };

/** Adds the strings of a part of the interface loaded later (the workspace), `{ zh: {…}, en: {…} }`. */
export function addStrings(more) {
  for (const [code, strings] of Object.entries(more)) Object.assign(STRINGS[code], strings);
}

/** The Chinese names of the units (CNY → 元, km → 公里), from the core once it is loaded. */
let unitsZh = {};

/** Takes the core's Chinese unit names. */
export function setUnitNames(names) {
  unitsZh = names || {};
}

/** A unit as the interface names it: the code in English (CNY, km, mu), the name in Chinese (元, 公里,
 *  亩); a classifier (个, 家) is its own name. */
export function unitName(unit) {
  if (!unit) return unit;
  return lang === 'zh' ? unitsZh[unit] || unit : unit;
}

const QUARTERS = ['一', '二', '三', '四'];

/** A date value of the contract (2024, 2024-05, 2024-05-08, 2025-Q1, 2025-H1, A/B) as the interface
 *  writes it: as is in English; in Chinese quarters and halves in words (2025年一季度, 2025年上半年),
 *  a range with 至 and a date and time without the T. */
export function formatDate(value) {
  if (typeof value !== 'string' || lang !== 'zh') return value;
  return value.split('/').map((part) => part
    .replace(/^(\d{4})-Q([1-4])$/, (_, y, q) => `${y}年${QUARTERS[q - 1]}季度`)
    .replace(/^(\d{4})-H([12])$/, (_, y, h) => `${y}年${h === '1' ? '上' : '下'}半年`)
    .replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ')).join(' 至 ');
}

/** The current language, `zh` or `en`. */
let lang = 'zh';

/** Switches the interface language (the caller re-renders). */
export function setLang(next) {
  lang = STRINGS[next] ? next : 'zh';
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** The current language code. */
export function getLang() {
  return lang;
}

/** The string (or string function) for `key` in the current language. */
export function t(key) {
  return STRINGS[lang][key];
}

/** Fills every element carrying `data-i18n` (text) or `data-i18n-placeholder` / `data-i18n-title`. */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  document.title = `${t('appTitle')} · ${lang === 'zh' ? 'wenxi' : '文析'}`;
}
