// What the article view draws, worked out without the DOM, so that the analysis worker can do it for a
// large result (sorting a few hundred thousand mentions takes the main thread too long): the mentions
// in drawing order and the display blocks of the body. Also the page's helpers for long work on the
// main thread: yielding between slices of it.

/** The mention lists of an analysis, each with the layer its items are drawn on. */
export const SOURCES = [
  { list: 'figures', layer: (item) => item.kind },
  { list: 'dates', layer: () => 'date' },
  { list: 'entities', layer: (item) => item.type },
];

/** A display block is at most this long (UTF-16 units): a longer paragraph is cut, at a sentence end
 *  where there is one, so that no single block holds megabytes of text for the browser to lay out. */
export const BLOCK_CHARS = 2000;

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

const SENTENCE_END = /[。！？；!?;]/;

/**
 * The display blocks of `body`: its paragraphs, a paragraph longer than `max` cut into pieces of at
 * most `max` units (after a sentence end in the piece's second half when there is one, and never
 * inside a surrogate pair). As a flat Int32Array `[start0, end0, start1, end1, …]`; `cont[i]` is 1 when
 * block i continues the paragraph of block i − 1.
 */
export function blocks(body, max = BLOCK_CHARS) {
  const out = [];
  const cont = [];
  for (const [pStart, pEnd] of paragraphs(body)) {
    let start = pStart;
    let first = true;
    while (start < pEnd) {
      let end = Math.min(pEnd, start + max);
      if (end < pEnd) {
        let cut = -1;
        for (let i = end - 1; i > start + max / 2; i -= 1) {
          if (SENTENCE_END.test(body[i])) {
            cut = i + 1;
            break;
          }
        }
        if (cut > 0) end = cut;
        const code = body.charCodeAt(end - 1);
        if (code >= 0xd800 && code <= 0xdbff) end -= 1;
      }
      out.push(start, end);
      cont.push(first ? 0 : 1);
      first = false;
      start = end;
    }
  }
  return { ranges: Int32Array.from(out), cont: Uint8Array.from(cont) };
}

/** The numeric code of each mention list in a plan. */
export const LISTS = SOURCES.map((s) => s.list);

/**
 * The drawing plan of `analysis`: its display blocks, its mentions in drawing order (as the list code
 * and the index in that list, typed arrays that a worker can hand over without copying) and the count
 * of the mentions left out for offsets outside the body.
 */
export function plan(analysis) {
  const { mentions, invalid } = collectMentions(analysis);
  const list = new Uint8Array(mentions.length);
  const index = new Uint32Array(mentions.length);
  mentions.forEach((m, i) => {
    list[i] = LISTS.indexOf(m.list);
    index[i] = m.index;
  });
  return { blocks: blocks(analysis.body), list, index, invalid: invalid.length };
}

/** The typed arrays of a plan, to transfer with it. */
export function planBuffers(p) {
  return [p.blocks.ranges.buffer, p.blocks.cont.buffer, p.list.buffer, p.index.buffer];
}

/** Waits until the browser had the chance to handle input, timers and drawing: a message to itself, a
 *  task of ordinary priority (not `scheduler.yield()`, whose continuation goes ahead of timers: the
 *  page's own timers, such as the typing pause, would wait for the whole drawing). */
export function yieldToBrowser() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A slice of main-thread work is kept under this many milliseconds. */
export const SLICE_MS = 12;
