// The preview's Hugging Face part: the metadata a model page shows (license, task, library, base model and
// relation, datasets, languages) and the model-index results as rows. Bounded: a hostile card with 10,000
// results gives the first MAX_ROWS rows and a count, and every text is clipped.
import { HF_LICENSE_NAMES } from '../vocabulary/huggingface/names';
import { taskTitle } from '../vocabulary/huggingface/values';

/** Rows and list items the preview shows at most; the rest is counted. */
export const MAX_ROWS = 200;
const MAX_ITEMS = 50;
const MAX_TEXT = 200;

export interface HfResultRow {
  model: string;
  task: string;
  dataset: string;
  metric: string;
  /** The value as written (numbers as text). */
  value: string;
  /** The value as a number when it is one (`64.6`, `"64.6"`), else null. */
  number: number | null;
}

export interface HfPreview {
  licenses: { id: string; name: string | null }[];
  /** `license_name` of a license `other`. */
  licenseName: string | null;
  pipelineTag: { tag: string; name: string | null } | null;
  libraryName: string | null;
  baseModels: string[];
  baseModelRelation: string | null;
  datasets: string[];
  languages: string[];
  /** The first MAX_ROWS metric values of model-index, one row each. */
  results: HfResultRow[];
  /** How many metric values model-index has in all. */
  resultsTotal: number;
}

const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** A scalar as text: strings, numbers and booleans; anything else null. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : clip(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** A string or a list of strings, at most MAX_ITEMS. */
function texts(v: unknown): string[] {
  const items = Array.isArray(v) ? v.slice(0, MAX_ITEMS) : [v];
  return items.map(text).filter((s): s is string => s !== null);
}

/** A mapping's value by key (own keys only: the data's objects have no prototype, arrays and others are skipped). */
function field(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined;
}

const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** The Hugging Face part of the preview, from the front matter's data. */
export function hfPreviewOf(data: Record<string, unknown> | null): HfPreview {
  const get = (key: string): unknown => field(data, key);
  const tag = text(get('pipeline_tag'));
  const rows: HfResultRow[] = [];
  let total = 0;
  for (const entry of list(get('model-index'))) {
    const model = text(field(entry, 'name')) ?? '';
    for (const result of list(field(entry, 'results'))) {
      const task = text(field(field(result, 'task'), 'name')) ?? text(field(field(result, 'task'), 'type')) ?? '';
      const dataset = text(field(field(result, 'dataset'), 'name')) ?? text(field(field(result, 'dataset'), 'type')) ?? '';
      for (const metric of list(field(result, 'metrics'))) {
        total++;
        if (rows.length >= MAX_ROWS) continue;
        const value = text(field(metric, 'value')) ?? '';
        const n = value === '' ? NaN : Number(value);
        rows.push({ model, task, dataset, metric: text(field(metric, 'name')) ?? text(field(metric, 'type')) ?? '', value, number: Number.isFinite(n) ? n : null });
      }
    }
  }
  return {
    licenses: texts(get('license')).map((id) => ({ id, name: HF_LICENSE_NAMES.get(id) ?? null })),
    licenseName: text(get('license_name')),
    pipelineTag: tag === null ? null : { tag, name: taskTitle(tag) },
    libraryName: text(get('library_name')),
    baseModels: texts(get('base_model')),
    baseModelRelation: text(get('base_model_relation')),
    datasets: texts(get('datasets')),
    languages: texts(get('language')),
    results: rows,
    resultsTotal: total,
  };
}
