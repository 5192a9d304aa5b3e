// hf-model-id: `base_model`, `new_version` or `finetuned_from` is not a Hub model id (`org/name`).
import { describeKey } from '../parse/describe';
import type { Severity } from '../types';
import { valuesOf } from './huggingface';
import { defineRule } from './types';

/** Keys whose values are model ids, and how loudly a wrong one is reported (the Hub checks base_model at push). */
const KEYS: readonly [string, Severity][] = [
  ['base_model', 'error'],
  ['new_version', 'warning'],
  ['finetuned_from', 'warning'],
];

export default defineRule({
  id: 'hf-model-id',
  severity: 'error',
  description: 'A base model (or new version) is not a Hugging Face model id.',
  fixable: 'some',
  scope: 'card',
  docs: {
    summary:
      '`base_model` (each item of a list), `new_version` and `finetuned_from` name a model by its Hub id,\n`org/name` (or a bare legacy name such as `gpt2`), not a URL, a local path or prose: the Hub rejects a\n`base_model` that is not a model id at push. A `https://huggingface.co/org/name` URL has a fix.',
    example: { lang: 'yaml', text: 'base_model: https://huggingface.co/meta-llama/Llama-3.1-8B' },
    message: 'base_model "https://huggingface.co/meta-llama/Llama-3.1-8B" is a URL, not a model id: write meta-llama/Llama-3.1-8B',
  },
  check(ctx) {
    for (const [key, severity] of KEYS) {
      for (const { value, path } of valuesOf(ctx, key)) {
        if (typeof value !== 'string' || isModelId(value)) continue;
        const at = ctx.at(path);
        const fromUrl = modelIdOfUrl(value);
        if (fromUrl) {
          ctx.report(at, `${key} "${describeKey(value)}" is a URL, not a model id: write ${fromUrl}`, { severity, fix: ctx.replace(`Write ${fromUrl}`, at, fromUrl) });
        } else {
          const what = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? 'a URL' : /^(\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value) ? 'a local path' : value.trim() === '' ? 'empty' : 'not a model id';
          ctx.report(at, `${key} "${describeKey(value)}" is ${what}${what === 'not a model id' ? '' : ', not a model id'}: write the Hub id of the model, org/name (e.g. meta-llama/Llama-3.1-8B)`, { severity });
        }
      }
    }
  },
});

/** One part of a repo id: 1–96 of letters, digits, `_`, `-`, `.`, not starting or ending with `-` or `.`, no `--` or `..`. */
function isIdPart(part: string): boolean {
  if (part.length < 1 || part.length > 96 || !/^[\w.-]+$/.test(part)) return false;
  if (/^[-.]|[-.]$/.test(part) || part.includes('--') || part.includes('..')) return false;
  return true;
}

/** A Hub model id: `org/name` or a bare legacy `name` (huggingface_hub's repo id rule). */
export function isModelId(value: string): boolean {
  const parts = value.split('/');
  if (parts.length > 2 || !parts.every(isIdPart)) return false;
  return !value.endsWith('.git');
}

/** The model id of a model page URL (`https://huggingface.co/org/name/tree/main` -> `org/name`), or null. */
export function modelIdOfUrl(value: string): string | null {
  const m = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/([^?#\s]*)$/i.exec(value.trim());
  if (!m) return null;
  const parts = (m[1] ?? '').split('/').filter(Boolean);
  if (parts.length === 0 || ['spaces', 'datasets', 'docs', 'blog', 'papers', 'models'].includes(parts[0] ?? '')) return null;
  const id = parts.length >= 2 && !['tree', 'blob', 'resolve', 'commit'].includes(parts[1] ?? '') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? '');
  return isModelId(id) ? id : null;
}
