// hf-pipeline-tag: `pipeline_tag` is not a task of the Hub's list, or one the Hub has removed.
import { describeKey } from '../parse/describe';
import { HF_PIPELINE_TAGS, HF_REMOVED_PIPELINE_TAGS } from '../vocabulary/huggingface/lists';
import { metadata } from './huggingface';
import { nearestOf } from './nearest';
import { defineRule } from './types';

const TAGS: ReadonlySet<string> = new Set(HF_PIPELINE_TAGS);
const REMOVED: ReadonlyMap<string, string> = new Map(HF_REMOVED_PIPELINE_TAGS.map((r) => [r.tag, r.replacement]));

export default defineRule({
  id: 'hf-pipeline-tag',
  severity: 'warning',
  description: 'The pipeline tag is not a task of the Hugging Face Hub (or one it removed).',
  fixable: 'some',
  scope: 'card',
  docs: {
    summary:
      '`pipeline_tag` is not one of the Hub\'s tasks (`text-generation`, `image-classification`, …), with a fix when\nit is a spelling variant of one task and a suggestion for a near miss; a task the Hub has removed\n(`conversational`, `text2text-generation`) is named with its replacement. A warning: the Hub shows the\ncard with a metadata warning, but accepts it.',
    example: { lang: 'yaml', text: 'pipeline_tag: text-generaton' },
    message: 'Pipeline tag "text-generaton" is not a Hub task: did you mean text-generation?',
  },
  check(ctx) {
    const value = metadata(ctx, 'pipeline_tag');
    if (typeof value !== 'string' || TAGS.has(value)) return;
    const at = ctx.at(['pipeline_tag']);
    const replacement = REMOVED.get(value);
    if (replacement !== undefined) {
      ctx.report(at, `Pipeline tag "${value}" was removed from the Hub: use ${replacement}`, { suggestions: [ctx.replace(`Write ${replacement}`, at, replacement)] });
      return;
    }
    const near = nearestOf(value, HF_PIPELINE_TAGS);
    if (near?.certain) {
      ctx.report(at, `Pipeline tag "${describeKey(value)}" is not a Hub task: write ${near.value}`, { fix: ctx.replace(`Write ${near.value}`, at, near.value) });
    } else if (near) {
      ctx.report(at, `Pipeline tag "${describeKey(value)}" is not a Hub task: did you mean ${near.value}?`, { suggestions: [ctx.replace(`Write ${near.value}`, at, near.value)] });
    } else {
      ctx.report(at, `Pipeline tag "${describeKey(value)}" is not a Hub task (text-generation, text-classification, image-classification, …)`);
    }
  },
});
