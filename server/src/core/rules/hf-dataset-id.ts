// hf-dataset-id: a `datasets` item is not a Hub dataset id (a null item, a URL or a path are rejected at push).
import { describeKey } from '../parse/describe';
import { valuesOf } from './huggingface';
import { isModelId } from './hf-model-id';
import { defineRule } from './types';

export default defineRule({
  id: 'hf-dataset-id',
  severity: 'warning',
  description: 'A dataset is not named by its Hugging Face dataset id.',
  fixable: 'none',
  scope: 'card',
  docs: {
    summary:
      'Each item of `datasets` is a Hub dataset id (`HuggingFaceFW/fineweb`, `squad`). An empty item, a URL or a\nlocal path is a warning (the Hub rejects them at push); a dataset described in words (`the Pile`) is\ninformation: it links nowhere on the Hub.',
    example: { lang: 'yaml', text: 'datasets:\n- /data/train.jsonl' },
    message: 'datasets[0] "/data/train.jsonl" is a local path, not a dataset id: name the dataset by its Hub id (e.g. HuggingFaceFW/fineweb)',
  },
  check(ctx) {
    for (const { value, path } of valuesOf(ctx, 'datasets')) {
      const where = path.length > 1 ? `datasets[${String(path[1])}]` : 'datasets';
      if (value === null) {
        ctx.report(ctx.at(path), `${where} is empty: remove it, or name the dataset by its Hub id`);
        continue;
      }
      if (typeof value !== 'string' || isModelId(value)) continue;
      const kind = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? 'a URL' : /^(\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value) ? 'a local path' : null;
      const message = `${where} "${describeKey(value)}" is ${kind ?? 'not a dataset id'}${kind ? ', not a dataset id' : ''}: name the dataset by its Hub id (e.g. HuggingFaceFW/fineweb)`;
      ctx.report(ctx.at(path), message, kind ? {} : { severity: 'information' });
    }
  },
});
