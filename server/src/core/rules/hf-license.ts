// hf-license: `license` is not a license id of the Hub's list (the Hub rejects the push).
import { describeKey } from '../parse/describe';
import { HF_LICENSE_IDS } from '../vocabulary/huggingface/lists';
import { valuesOf } from './huggingface';
import { nearestOf } from './nearest';
import { defineRule } from './types';

const IDS: ReadonlySet<string> = new Set(HF_LICENSE_IDS);

export default defineRule({
  id: 'hf-license',
  severity: 'error',
  description: 'A license is not an id of the Hugging Face Hub\'s license list.',
  fixable: 'some',
  scope: 'card',
  docs: {
    summary:
      'A `license` (or an item of a `license` list) is not one of the Hub\'s license ids, which are lower case\n(`apache-2.0`, `mit`, `cc-by-4.0`, … or `other` with `license_name` and `license_link`): the Hub rejects\nthe push ("license must be one of …"). A spelling variant of one id (`MIT`, `Apache 2.0`) has a fix; a\nnear miss (`apache2`) a suggestion.',
    example: { lang: 'yaml', text: 'license: Apache 2.0' },
    message: 'License "Apache 2.0" is not a Hub license id: write apache-2.0',
  },
  check(ctx) {
    for (const { value, path } of valuesOf(ctx, 'license')) {
      if (typeof value !== 'string' || IDS.has(value)) continue;
      const at = ctx.at(path);
      const near = nearestOf(value, HF_LICENSE_IDS);
      if (near?.certain) {
        ctx.report(at, `License "${describeKey(value)}" is not a Hub license id: write ${near.value}`, { fix: ctx.replace(`Write ${near.value}`, at, near.value) });
      } else {
        const hint = near ? `: did you mean ${near.value}?` : ': use an id of the Hub\'s list (apache-2.0, mit, cc-by-4.0, …), or other with license_name and license_link';
        ctx.report(at, `License "${describeKey(value)}" is not a Hub license id${hint}`, near ? { suggestions: [ctx.replace(`Write ${near.value}`, at, near.value)] } : {});
      }
    }
  },
});
