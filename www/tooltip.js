// The tooltip of a highlight: what the core found about the mention under the pointer or the focus.
// Shown on hover and on keyboard focus; for nested mentions it lists the innermost first.

import { formatDate, getLang, t, unitName } from './i18n.js';

const formats = new Map();

/** The number format of a locale, made once (making one takes a good part of a millisecond, and the
 *  figures table formats hundreds of values at a time). */
function numberFormat(locale) {
  if (!formats.has(locale)) formats.set(locale, new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }));
  return formats.get(locale);
}

/** Formats a number for people: grouping, and 万/亿 (or million/billion) for large values. */
export function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const zh = getLang() === 'zh';
  const plain = numberFormat(zh ? 'zh-CN' : 'en').format(value);
  const abs = Math.abs(value);
  if (zh) {
    if (abs >= 1e8) return `${plain}（${+(value / 1e8).toFixed(4)} 亿）`;
    if (abs >= 1e4) return `${plain}（${+(value / 1e4).toFixed(4)} 万）`;
  } else {
    if (abs >= 1e9) return `${plain} (${+(value / 1e9).toFixed(4)} billion)`;
    if (abs >= 1e6) return `${plain} (${+(value / 1e6).toFixed(4)} million)`;
  }
  return plain;
}

/** The rows `[label, value]` describing one mention of `list` (figures, dates or entities). */
export function describe(list, item) {
  const tip = t('tip');
  const rows = [];
  const add = (label, value) => {
    if (value !== null && value !== undefined && value !== '') rows.push([label, String(value)]);
  };
  if (list === 'figures') {
    add(tip.kind, t('layer')[item.kind] || item.kind);
    add(tip.value, formatNumber(item.value));
    add(tip.unit, unitName(item.unit));
    add(tip.approx, item.approx && (t('approxNames')[item.approx] || item.approx));
    add(tip.range, Array.isArray(item.range) ? item.range.map(formatNumber).join(' — ') : null);
    add(tip.metric, item.metric);
    add(tip.period, item.period);
    add(tip.modality, item.modality && (t('modalityNames')[item.modality] || item.modality));
  } else if (list === 'dates') {
    add(tip.date, formatDate(item.value));
    add(tip.relative, item.relative ? t('yes') : t('no'));
  } else {
    add(tip.type, t('layer')[item.type] || item.type);
    add(tip.canonical, item.canonical);
    add(tip.role, item.role);
  }
  return rows;
}

/** Wires the tooltip element `tip` to the highlights inside `article`; `lookup(id)` gives `[list, item]`. */
export function attachTooltip(article, tip, lookup) {
  let current = null;

  const show = (el) => {
    const chain = [];
    for (let node = el; node && node !== article; node = node.parentElement) {
      if (node.classList.contains('hl') && !node.closest('.layer-off-' + node.dataset.layer)) chain.push(node);
    }
    if (chain.length === 0) return hide();
    const sections = chain.map((node) => {
      const [list, item] = lookup(node.dataset.id);
      const section = document.createElement('div');
      section.className = 'tip-section';
      section.dataset.layer = node.dataset.layer;
      const head = document.createElement('div');
      head.className = 'tip-head';
      const mark = document.createElement('span');
      mark.className = 'tip-mark';
      mark.textContent = t('marker')[node.dataset.layer] || '';
      const text = document.createElement('span');
      text.className = 'tip-text';
      text.textContent = item.text;
      head.append(mark, text);
      const dl = document.createElement('dl');
      for (const [label, value] of describe(list, item)) {
        const dt = document.createElement('dt');
        dt.textContent = label;
        const dd = document.createElement('dd');
        dd.textContent = value;
        dl.append(dt, dd);
      }
      section.append(head, dl);
      return section;
    });
    tip.replaceChildren(...sections);
    tip.hidden = false;
    current = el;
    el.setAttribute('aria-describedby', tip.id);
    place(el);
  };

  const place = (el) => {
    const box = el.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = Math.min(Math.max(8, box.left), window.innerWidth - width - 8);
    let top = box.bottom + 6;
    if (top + height > window.innerHeight - 8 && box.top - height - 6 > 8) top = box.top - height - 6;
    left = Math.max(8, left);
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };

  const hide = () => {
    if (current) current.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };

  const target = (event) => event.target instanceof Element && event.target.closest('.hl');
  article.addEventListener('mouseover', (event) => {
    const el = target(event);
    if (el && el !== current) show(el);
  });
  article.addEventListener('mouseleave', () => {
    if (!article.contains(document.activeElement)) hide();
  });
  article.addEventListener('focusin', (event) => {
    const el = target(event);
    if (el) show(el);
  });
  article.addEventListener('focusout', (event) => {
    if (!article.contains(event.relatedTarget)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  window.addEventListener('resize', () => current && place(current));
  return { hide };
}
