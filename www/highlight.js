// Draws the clean article with every figure, date and entity wrapped in a highlight element.
//
// The article text is only ever inserted as text nodes. Mentions may nest (a date inside an event name)
// or, rarely, cross; nesting becomes nested elements and a crossing mention is split into pieces that
// share its id, the first piece carrying the marker and the keyboard focus.

import { LISTS, SLICE_MS, SOURCES, plan as makePlan, yieldToBrowser } from './layout.js';

export { collectMentions, paragraphs } from './layout.js';

/** Display blocks are grouped in chunks of about this many UTF-16 units; in a long article a chunk
 *  out of view is not laid out (`content-visibility`) until it is scrolled to. */
const CHUNK_CHARS = 20000;

/**
 * Renders `analysis.body` into `container` (emptied first), one `<p>` per display block (a paragraph,
 * or a piece of a long one), grouped in `<div class="chunk">`s, a slice at a time so that the page
 * keeps answering. `drawing` is the plan the worker made (layout.js `plan`), or null to make it here.
 * `markers` maps a layer to its visible marker text; `offLayers` (a Set) holds the layers switched off,
 * whose first elements get tabIndex -1. `onProgress(fraction)` hears how far the drawing got.
 *
 * Returns `{ first, done, cancel }`: `first` maps a mention id to its first element (filled as the
 * drawing goes), `done` resolves to true once everything is drawn or false if `cancel()` stopped it.
 */
export function renderArticle(container, analysis, markers, { drawing = null, offLayers = new Set(), onProgress = () => {} } = {}) {
  const { body } = analysis;
  const { blocks: { ranges, cont }, list, index } = drawing || makePlan(analysis);
  const first = new Map();
  let cancelled = false;
  const mentionAt = (i) => {
    const name = LISTS[list[i]];
    const item = analysis[name][index[i]];
    return { id: `${name}:${index[i]}`, layer: SOURCES[list[i]].layer(item), start: item.start, end: item.end };
  };
  const count = ranges.length / 2;
  container.replaceChildren();

  const done = (async () => {
    let next = 0; // the first mention not yet considered
    let carried = []; // mentions that started in an earlier block and reach into later ones
    let chunk = null;
    let chunkChars = 0;
    let sliceStart = performance.now();
    for (let b = 0; b < count; b += 1) {
      const pStart = ranges[2 * b];
      const pEnd = ranges[2 * b + 1];
      const here = carried.filter((m) => m.end > pStart);
      while (next < list.length) {
        const m = mentionAt(next);
        if (m.start >= pEnd) break;
        if (m.end > pStart) here.push(m);
        next += 1;
      }
      carried = here.filter((m) => m.end > pEnd);
      if (!chunk) {
        chunk = document.createElement('div');
        chunk.className = 'chunk';
        chunkChars = 0;
      }
      const p = document.createElement('p');
      p.dataset.start = String(pStart);
      if (cont[b]) p.className = 'cont';
      renderParagraph(p, body, pStart, pEnd, here, markers, first, offLayers);
      chunk.append(p);
      chunkChars += pEnd - pStart;
      if (chunkChars >= CHUNK_CHARS || b === count - 1) {
        chunk.style.containIntrinsicSize = `auto ${estimate(chunk, chunkChars)}`;
        container.append(chunk);
        chunk = null;
      }
      if (performance.now() - sliceStart > SLICE_MS && b < count - 1) {
        if (chunk === null) onProgress((b + 1) / count);
        await yieldToBrowser();
        if (cancelled) return false;
        sliceStart = performance.now();
      }
    }
    onProgress(1);
    return true;
  })();
  return {
    first,
    done,
    cancel() {
      cancelled = true;
    },
  };
}

/** A guess of a chunk's height before it is laid out (`contain-intrinsic-size`; once drawn, the browser
 *  remembers the real one), in em: about 40 characters a line of 2.1em, and the paragraphs' margins.
 *  Not measured: reading the article's width would force a layout of the whole page. */
function estimate(chunk, chars) {
  return `${Math.round((chars / 40 + chunk.childElementCount) * 2.1 + chunk.childElementCount * 0.7)}em`;
}

/** Fills `p` with the text of `[pStart, pEnd)` and the (clipped) mentions inside it. */
function renderParagraph(p, body, pStart, pEnd, mentions, markers, first, offLayers) {
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
      el.tabIndex = offLayers.has(m.layer) ? -1 : 0;
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
  const p = blockAt(container, start);
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

/** The display block (`p[data-start]`) holding body offset `offset`: a binary search over the chunks,
 *  then over the blocks of one chunk. */
function blockAt(container, offset) {
  const search = (elements, startOf) => {
    let lo = 0;
    let hi = elements.length - 1;
    let found = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (startOf(elements[mid]) <= offset) {
        found = elements[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const chunk = search(container.children, (c) => Number(c.firstElementChild?.dataset.start ?? Infinity));
  return chunk ? search(chunk.children, (p) => Number(p.dataset.start)) : null;
}
