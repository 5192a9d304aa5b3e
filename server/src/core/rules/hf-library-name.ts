// hf-library-name: `library_name` is a near miss of a library the Hub knows (the set is open: a hint only).
import { describeKey } from '../parse/describe';
import { HF_LIBRARY_NAMES } from '../vocabulary/huggingface/lists';
import { metadata } from './huggingface';
import { nearestOf } from './nearest';
import { defineRule } from './types';

const NAMES: ReadonlySet<string> = new Set(HF_LIBRARY_NAMES);

export default defineRule({
  id: 'hf-library-name',
  severity: 'hint',
  description: 'The library name looks like a misspelling of a library the Hugging Face Hub knows.',
  fixable: 'suggestion',
  scope: 'card',
  docs: {
    summary:
      '`library_name` is close to, but not, a library the Hub knows (`transformer` for `transformers`). The Hub\naccepts other names too (`gguf`), so only a near miss is worth a hint.',
    example: { lang: 'yaml', text: 'library_name: transformer' },
    message: 'Library "transformer" is not one the Hub knows: did you mean transformers?',
  },
  check(ctx) {
    const value = metadata(ctx, 'library_name');
    if (typeof value !== 'string' || NAMES.has(value)) return;
    const near = nearestOf(value, HF_LIBRARY_NAMES);
    if (!near) return;
    const at = ctx.at(['library_name']);
    ctx.report(at, `Library "${describeKey(value)}" is not one the Hub knows: did you mean ${near.value}?`, { suggestions: [ctx.replace(`Write ${near.value}`, at, near.value)] });
  },
});
