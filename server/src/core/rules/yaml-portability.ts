// yaml-portability: a plain value that YAML 1.1 (PyYAML, huggingface_hub) reads as a boolean.
import type { FrontMatter, FrontMatterEntry } from '../parseFrontMatter';
import { defineRule } from './types';

/** Plain scalars YAML 1.1 reads as booleans and YAML 1.2 as text. */
const YAML11_BOOLEANS: ReadonlySet<string> = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF']);

/** Keys whose values are text (or lists of text), where a YAML 1.1 boolean is a mistake. */
const TEXT_KEYS: ReadonlySet<string> = new Set(['language', 'license', 'tags', 'datasets', 'metrics', 'base_model', 'pipeline_tag', 'library_name', 'model_name', 'language_bcp47', 'new_version', 'license_name']);

export default defineRule({
  id: 'yaml-portability',
  severity: 'hint',
  description: 'A plain value that YAML 1.1 readers (PyYAML, huggingface_hub) read as a boolean.',
  fixable: 'fix',
  scope: 'card',
  docs: {
    summary:
      'PyYAML, which huggingface_hub uses, reads YAML 1.1: an unquoted `no`, `yes`, `on`, `off`, `y` or `n`\nis a boolean there (`language: no`, Norwegian, becomes `False`). Quoting it keeps it text everywhere.',
    example: { lang: 'yaml', text: 'language:\n- en\n- no' },
    message: '"no" is read as false by YAML 1.1 (PyYAML, huggingface_hub): quote it',
  },
  check(ctx) {
    for (const e of textEntries(ctx.frontMatter)) {
      if (!YAML11_BOOLEANS.has(e.raw)) continue;
      ctx.report(e.valueRange, `"${e.raw}" is read as ${/^[yo]/i.test(e.raw) && e.raw.toLowerCase() !== 'off' ? 'true' : 'false'} by YAML 1.1 (PyYAML, huggingface_hub): quote it`, {
        fix: ctx.replace(`Quote "${e.raw}"`, e.valueRange, `"${e.raw}"`),
      });
    }
  },
});

/**
 * The entries under the text keys: each such top-level key's entry and those after it up to the next
 * top-level key's line (entries are in document order, so these are its values). A model-index of
 * thousands of entries is never walked. When two top-level keys share a line (a flow mapping), every
 * entry is read by its path instead.
 */
function* textEntries(fm: FrontMatter | null): Generator<FrontMatterEntry> {
  if (!fm) return;
  const { entries, topLevel } = fm;
  for (let k = 1; k < topLevel.length; k++) {
    if ((topLevel[k]?.line ?? 0) <= (topLevel[k - 1]?.line ?? 0)) {
      for (const e of entries) if (TEXT_KEYS.has(String(e.path[0]))) yield e;
      return;
    }
  }
  for (let k = 0; k < topLevel.length; k++) {
    const top = topLevel[k];
    if (!top || !TEXT_KEYS.has(top.key)) continue;
    const endLine = topLevel[k + 1]?.line ?? Infinity;
    for (let i = firstOnLine(entries, top.line); i < entries.length; i++) {
      const e = entries[i];
      if (!e || e.line >= endLine) break;
      yield e;
    }
  }
}

/** The index of the first entry on `line` or after it (entries are in document order): a binary search. */
function firstOnLine(entries: readonly FrontMatterEntry[], line: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid]?.line ?? 0) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

