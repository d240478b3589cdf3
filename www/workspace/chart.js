// The workspace's chart in plain SVG: money figures (100 million yuan) over time, one dot per figure.
// Colours come from the page's variables (light and dark); the modality is a shape too (an actual
// figure a filled dot, a plan, forecast or target a hollow one), so colour is never the only cue.

const NS = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 280;
const PAD = { left: 56, right: 16, top: 16, bottom: 36 };

function node(name, attrs = {}, text) {
  const el = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A round step for about `n` ticks up to `max`. */
function step(max, n = 5) {
  const raw = max / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) || p * 10;
}

const trim = (n) => String(Number(n.toFixed(2)));

/**
 * The chart of `points` (`[{ x, label, value, row }]`, `x` in years) as an `<svg>`: `title` names it
 * (its accessible name), `describe(point)` words a point for its tooltip.
 */
export function drawChart(points, { title, yLabel, describe }) {
  const svg = node('svg', { viewBox: `0 0 ${W} ${H}`, class: 'ws-chart', role: 'img', 'aria-label': title });
  svg.append(node('title', {}, title));
  const maxY = Math.max(...points.map((p) => p.value), 1e-9);
  const yStep = step(maxY);
  const yTop = Math.ceil(maxY / yStep) * yStep;
  let x0 = Math.floor(Math.min(...points.map((p) => p.x)));
  let x1 = Math.ceil(Math.max(...points.map((p) => p.x)));
  if (x1 - x0 < 1) x1 = x0 + 1;
  const sx = (x) => PAD.left + ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (y) => H - PAD.bottom - (y / yTop) * (H - PAD.top - PAD.bottom);
  const axes = node('g', { class: 'axes' });
  for (let y = 0; y <= yTop + yStep / 2; y += yStep) {
    axes.append(node('line', { x1: PAD.left, x2: W - PAD.right, y1: sy(y), y2: sy(y), class: 'grid' }));
    axes.append(node('text', { x: PAD.left - 6, y: sy(y) + 4, 'text-anchor': 'end' }, trim(y)));
  }
  const yearStep = Math.max(1, Math.ceil((x1 - x0) / 8));
  for (let x = x0; x <= x1; x += yearStep) {
    axes.append(node('line', { x1: sx(x), x2: sx(x), y1: H - PAD.bottom, y2: H - PAD.bottom + 4, class: 'tick' }));
    axes.append(node('text', { x: sx(x), y: H - PAD.bottom + 18, 'text-anchor': 'middle' }, String(x)));
  }
  axes.append(node('text', { x: 4, y: 12, class: 'unit' }, yLabel));
  svg.append(axes);
  const dots = node('g', { class: 'dots' });
  for (const p of points) {
    const planned = p.row.modality && p.row.modality !== 'actual';
    const dot = node('circle', { cx: sx(p.x), cy: sy(p.value), r: 5, class: planned ? 'dot planned' : 'dot' });
    dot.append(node('title', {}, describe(p)));
    dots.append(dot);
  }
  svg.append(dots);
  return svg;
}
