// The package's API; the types of the contract (Analysis, Figure, DateMention, Entity …) are generated
// from the Rust model (tsify) into pkg/wenxi.d.ts.
import type { Analysis, AnalyseOptions } from './pkg/wenxi.js';

export type {
  Analysis, AnalyseOptions, Approx, Author, Comparison, DateMention, Entity, EntityType, Figure, FigureKind,
  Format, Input, Meta, Modality, Reason, Removed, Script, Summary, TimelineItem,
} from './pkg/wenxi.js';

/** The language of the Markdown and CSV renderings. */
export type Lang = 'en' | 'zh';

/** Why the core refused an input: the rejection of `analyse`. */
export interface Refusal extends Error {
  code: 'not-text' | 'too-large' | 'bad-option';
  params: { looksLike?: string; bytes?: number; limit?: number };
}

/** Loads the core (the other functions do it on first use). */
export function init(): Promise<void>;
/** Analyses a paste (a string) or a file's bytes in any common encoding; rejects with a `Refusal`. */
export function analyse(input: string | Uint8Array | ArrayBuffer, options?: AnalyseOptions): Promise<Analysis>;
/** The structured summary as Markdown (`wenxi analyse --format md`). */
export function toMarkdown(analysis: Analysis, lang?: Lang): Promise<string>;
/** The figures as CSV, header line included (`wenxi analyse --format csv`). */
export function toCsv(analysis: Analysis, lang?: Lang): Promise<string>;
/** The units' names in `lang` (`zh`: `{ CNY: "元", … }`; `en`: the codes). */
export function unitNames(lang?: Lang): Promise<Record<string, string>>;
/** The largest input `analyse` takes, in bytes. */
export function maxBytes(): Promise<number>;
/** The file name extensions of the articles the core reads, without the dot. */
export function fileExtensions(): Promise<string[]>;
/** The package's version (the result format has its own: `Analysis.version`). */
export function version(): Promise<string>;
