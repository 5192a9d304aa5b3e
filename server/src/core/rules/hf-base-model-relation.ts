// hf-base-model-relation: `base_model_relation` is not adapter, merge, quantized or finetune.
import { describeKey } from '../parse/describe';
import { metadata } from './huggingface';
import { nearestOf } from './nearest';
import { defineRule } from './types';

export const BASE_MODEL_RELATIONS = ['adapter', 'merge', 'quantized', 'finetune'] as const;

export default defineRule({
  id: 'hf-base-model-relation',
  severity: 'error',
  description: 'The base model relation is not adapter, merge, quantized or finetune.',
  fixable: 'some',
  scope: 'card',
  docs: {
    summary: '`base_model_relation` is one of `adapter`, `merge`, `quantized` or `finetune` (the Hub infers it when it is\nleft out). A spelling variant (`fine-tune`, `Quantized`) has a fix.',
    example: { lang: 'yaml', text: 'base_model_relation: fine-tune' },
    message: 'base_model_relation "fine-tune" is not adapter, merge, quantized or finetune: write finetune',
  },
  check(ctx) {
    const value = metadata(ctx, 'base_model_relation');
    // A value that is not text is invalid-value's (the key's schema).
    if (typeof value !== 'string' || (BASE_MODEL_RELATIONS as readonly string[]).includes(value)) return;
    const at = ctx.at(['base_model_relation']);
    const near = nearestOf(value, BASE_MODEL_RELATIONS);
    const message = `base_model_relation "${describeKey(value)}" is not adapter, merge, quantized or finetune`;
    if (near?.certain) ctx.report(at, `${message}: write ${near.value}`, { fix: ctx.replace(`Write ${near.value}`, at, near.value) });
    else if (near) ctx.report(at, `${message}: did you mean ${near.value}?`, { suggestions: [ctx.replace(`Write ${near.value}`, at, near.value)] });
    else ctx.report(at, message);
  },
});
