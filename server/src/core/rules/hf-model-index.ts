// hf-model-index: evaluation results that huggingface_hub cannot read or the Hub rejects, each at its key.
import type { Range } from '../types';
import type { RuleContext } from './context';
import { isMapping, metadata } from './huggingface';
import { defineRule } from './types';

type Path = (string | number)[];

export default defineRule({
  id: 'hf-model-index',
  severity: 'error',
  description: 'The model-index (evaluation results) is missing a required key or has a value of the wrong type.',
  fixable: 'none',
  scope: 'card',
  docs: {
    summary:
      '`model-index` is a list of entries, each with a `name` and `results`; each result has `task.type`,\n`dataset.type`, `dataset.name` and `metrics`; each metric has `type` and `value`; a `source` with a `name`\nneeds a `url`; `dataset.config`, `split`, `revision` and a metric\'s `config` are text. huggingface_hub\nraises on each of these ("Invalid `model_index` in metadata cannot be parsed") and the Hub rejects most at\npush. Each problem is reported at the key where it is, named by its path as the Hub names it.',
    example: { lang: 'yaml', text: 'model-index:\n- name: heron-8b\n  results:\n  - task:\n      type: text-generation\n    metrics:\n    - type: acc\n      value: 64.6' },
    message: 'model-index[0].results[0] has no dataset: give dataset.type (a dataset id such as cais/mmlu) and dataset.name',
  },
  check(ctx) {
    const index = metadata(ctx, 'model-index');
    // Not a list is invalid-value's (the key's schema); an empty list or null is ignored, as huggingface_hub does.
    if (!Array.isArray(index)) return;
    index.forEach((entry, i) => checkEntry(ctx, entry, ['model-index', i]));
  },
});

/** `model-index[0].results[1].dataset`: a path as the Hub's messages write it. */
export function hubPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function report(ctx: RuleContext, path: Path, message: string, on: 'key' | 'value' = 'value'): void {
  const at: Range = ctx.at(path, on);
  ctx.report(at, `${hubPath(path)} ${message}`);
}

/** Reports a missing key (at its parent) or a value that is not a mapping; true when `key` holds a mapping. */
function needMapping(ctx: RuleContext, parent: Record<string, unknown>, key: string, path: Path, missing: string): boolean {
  const value = parent[key];
  if (value === undefined || value === null) {
    report(ctx, path, missing, 'key');
    return false;
  }
  if (!isMapping(value)) {
    report(ctx, [...path, key], 'is not a mapping: write its keys on the lines below it');
    return false;
  }
  return true;
}

function needList(ctx: RuleContext, parent: Record<string, unknown>, key: string, path: Path, missing: string): unknown[] | null {
  const value = parent[key];
  if (value === undefined || value === null) {
    report(ctx, path, missing, 'key');
    return null;
  }
  if (!Array.isArray(value)) {
    report(ctx, [...path, key], 'must be a list: write each item on a line starting with -');
    return null;
  }
  return value as unknown[];
}

/** A required scalar key; `text`: it must be a string (the Hub rejects other types). */
function needScalar(ctx: RuleContext, parent: Record<string, unknown>, key: string, path: Path, missing: string, text: boolean): void {
  const value = parent[key];
  if (value === undefined) report(ctx, path, missing, 'key');
  else if (text && typeof value !== 'string') report(ctx, [...path, key], value === null ? 'is empty: write it as text' : 'must be text: quote it');
}

/** An optional key that must be text when present. */
function optionalText(ctx: RuleContext, parent: Record<string, unknown>, key: string, path: Path): void {
  const value = parent[key];
  if (value !== undefined && value !== null && typeof value !== 'string') report(ctx, [...path, key], `must be text: quote it (${key}: "${typeof value === 'number' || typeof value === 'boolean' ? String(value) : '…'}")`);
}

function checkEntry(ctx: RuleContext, entry: unknown, path: Path): void {
  if (!isMapping(entry)) {
    report(ctx, path, 'is not a mapping: an entry has a name and results');
    return;
  }
  needScalar(ctx, entry, 'name', path, 'has no name: give the model name its results are for', false);
  const results = needList(ctx, entry, 'results', path, 'has no results: give a list of results (task, dataset, metrics)');
  results?.forEach((result, j) => checkResult(ctx, result, [...path, 'results', j]));
}

function checkResult(ctx: RuleContext, result: unknown, path: Path): void {
  if (!isMapping(result)) {
    report(ctx, path, 'is not a mapping: a result has a task, a dataset and metrics');
    return;
  }
  if (needMapping(ctx, result, 'task', path, 'has no task: give task.type (a pipeline tag such as text-generation)')) {
    needScalar(ctx, result.task as Record<string, unknown>, 'type', [...path, 'task'], 'has no type: give the task\'s pipeline tag (e.g. text-generation)', false);
  }
  if (needMapping(ctx, result, 'dataset', path, 'has no dataset: give dataset.type (a dataset id such as cais/mmlu) and dataset.name')) {
    const dataset = result.dataset as Record<string, unknown>;
    const at: Path = [...path, 'dataset'];
    needScalar(ctx, dataset, 'type', at, 'has no type: give the dataset id (e.g. cais/mmlu)', false);
    needScalar(ctx, dataset, 'name', at, 'has no name: give the dataset\'s name as shown (e.g. MMLU (5-Shot))', false);
    for (const key of ['config', 'split', 'revision']) optionalText(ctx, dataset, key, at);
  }
  const metrics = needList(ctx, result, 'metrics', path, 'has no metrics: give a list of metrics, each with a type and a value');
  metrics?.forEach((metric, k) => {
    const at: Path = [...path, 'metrics', k];
    if (!isMapping(metric)) {
      report(ctx, at, 'is not a mapping: a metric has a type and a value');
      return;
    }
    needScalar(ctx, metric, 'type', at, 'has no type: give the metric id (e.g. acc)', false);
    needScalar(ctx, metric, 'value', at, 'has no value: give the score', false);
    optionalText(ctx, metric, 'config', at);
  });
  const source = result.source;
  if (isMapping(source)) {
    const hasName = source.name !== undefined && source.name !== null;
    if (source.url === undefined || source.url === null) {
      if (hasName) report(ctx, [...path, 'source'], 'has a name but no url: give the url of the source', 'key');
    } else if (typeof source.url !== 'string') {
      report(ctx, [...path, 'source', 'url'], 'must be text: the URL of the source');
    }
  }
}
