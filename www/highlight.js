// Draws the clean article with every figure, date and entity wrapped in a highlight element.
//
// The article text is only ever inserted as text nodes. Mentions may nest (a date inside an event name)
// or, rarely, cross; nesting becomes nested elements and a crossing mention is split into pieces that
// share its id, the first piece carrying the marker and the keyboard focus.

/** The mention lists of an analysis, each with the layer its items are drawn on. */
const SOURCES = [
  { list: 'figures', layer: (item) => item.kind },
  { list: 'dates', layer: () => 'date' },
  { list: 'entities', layer: (item) => item.type },
];

/**
 * Every mention of `analysis` as `{ id, list, index, layer, start, end }`, sorted so that an enclosing
 * mention comes before the mentions inside it. Mentions with offsets outside `body` are left out and
 * returned in `invalid`.
 */
export function collectMentions(analysis) {
  const length = analysis.body.length;
  const mentions = [];
  const invalid = [];
  for (const { list, layer } of SOURCES) {
    (analysis[list] || []).forEach((item, index) => {
      const mention = { id: `${list}:${index}`, list, index, layer: layer(item), start: item.start, end: item.end };
      const inside = Number.isInteger(item.start) && Number.isInteger(item.end) && item.start >= 0
        && item.start < item.end && item.end <= length;
      (inside ? mentions : invalid).push(mention);
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, invalid };
}

/** The paragraphs of `body` as `[start, end)` ranges (UTF-16 offsets), split at `\n`, blank ones left out. */
export function paragraphs(body) {
  const ranges = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    if (body.slice(start, end).trim() !== '') ranges.push([start, end]);
    start = end + 1;
  }
  return ranges;
}

/**
 * Renders `analysis.body` into `container` (emptied first), one `<p>` per paragraph.
 * `markers` maps a layer to its visible marker text. Returns a map from mention id to its first element.
 */
export function renderArticle(container, analysis, markers) {
  const { body } = analysis;
  const { mentions } = collectMentions(analysis);
  const first = new Map();
  const fragment = document.createDocumentFragment();
  let next = 0; // the first mention not yet considered
  let carried = []; // mentions that started in an earlier paragraph and reach into later ones

  for (const [pStart, pEnd] of paragraphs(body)) {
    const here = carried.filter((m) => m.end > pStart);
    while (next < mentions.length && mentions[next].start < pEnd) {
      if (mentions[next].end > pStart) here.push(mentions[next]);
      next += 1;
    }
    carried = here.filter((m) => m.end > pEnd);
    const p = document.createElement('p');
    p.dataset.start = String(pStart);
    renderParagraph(p, body, pStart, pEnd, here, markers, first);
    fragment.append(p);
  }
  container.replaceChildren(fragment);
  return first;
}

/** Fills `p` with the text of `[pStart, pEnd)` and the (clipped) mentions inside it. */
function renderParagraph(p, body, pStart, pEnd, mentions, markers, first) {
  const clip = (m) => ({ m, start: Math.max(m.start, pStart), end: Math.min(m.end, pEnd) });
  const pieces = mentions.map(clip).sort((a, b) => a.start - b.start || b.end - a.end);
  const points = new Set([pStart, pEnd]);
  for (const piece of pieces) {
    points.add(piece.start);
    points.add(piece.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const stack = []; // open elements: { piece, el }
  const parent = () => (stack.length ? stack[stack.length - 1].el : p);
  const open = (piece) => {
    const el = document.createElement('span');
    const { m } = piece;
    el.className = 'hl';
    el.dataset.layer = m.layer;
    el.dataset.id = m.id;
    if (!first.has(m.id)) {
      first.set(m.id, el);
      el.dataset.first = '';
      el.dataset.mark = markers[m.layer] || '';
      el.tabIndex = 0;
    }
    parent().append(el);
    stack.push({ piece, el });
  };

  let k = 0;
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const at = sorted[i];
    // Close every mention ending here; mentions opened after the lowest of them are reopened as pieces.
    const lowest = stack.findIndex((e) => e.piece.end <= at);
    if (lowest >= 0) {
      const reopen = stack.slice(lowest + 1).filter((e) => e.piece.end > at).map((e) => e.piece);
      stack.length = lowest;
      reopen.forEach(open);
    }
    while (k < pieces.length && pieces[k].start <= at) {
      if (pieces[k].end > at) open(pieces[k]);
      k += 1;
    }
    parent().append(document.createTextNode(body.slice(at, sorted[i + 1])));
  }
}

/** The text Range of body offsets `[start, end)` inside a rendered article, or null. */
export function rangeOf(container, start, end) {
  const p = [...container.children].findLast((el) => Number(el.dataset.start) <= start);
  if (!p) return null;
  const range = document.createRange();
  let offset = Number(p.dataset.start);
  let started = false;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.data.length;
    if (!started && start < offset + len) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + len) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += len;
  }
  if (started) range.setEndAfter(p.lastChild);
  return started ? range : null;
}
