// yaml-portability: a plain value that YAML 1.1 (PyYAML, huggingface_hub) reads as a boolean.
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
    for (const e of ctx.frontMatter?.entries ?? []) {
      const top = e.path[0];
      if (typeof top !== 'string' || !TEXT_KEYS.has(top) || !YAML11_BOOLEANS.has(e.raw)) continue;
      ctx.report(e.valueRange, `"${e.raw}" is read as ${/^[yo]/i.test(e.raw) && e.raw.toLowerCase() !== 'off' ? 'true' : 'false'} by YAML 1.1 (PyYAML, huggingface_hub): quote it`, {
        fix: ctx.replace(`Quote "${e.raw}"`, e.valueRange, `"${e.raw}"`),
      });
    }
  },
});
