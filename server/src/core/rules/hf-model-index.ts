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
    const top = at(null, 'model-index');
    for (let i = 0; i < index.length; i++) checkEntry(ctx, index[i], at(top, i));
  },
});

/** `model-index[0].results[1].dataset`: a path as the Hub's messages write it. */
export function hubPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Where a value is: the key or index of each step, from the value up. A model-index of a few thousand metrics
 * is checked without a path array per value: the path is made only for a report.
 */
interface At {
  readonly up: At | null;
  readonly step: string | number;
}

function at(up: At | null, step: string | number): At {
  return { up, step };
}

function pathOf(where: At): Path {
  const path: Path = [];
  for (let a: At | null = where; a !== null; a = a.up) path.push(a.step);
  return path.reverse();
}

function report(ctx: RuleContext, where: At, message: string, on: 'key' | 'value' = 'value'): void {
  const path = pathOf(where);
  const range: Range = ctx.at(path, on);
  ctx.report(range, `${hubPath(path)} ${message}`);
}

/** Reports a missing key (at its parent) or a value that is not a mapping; true when `key` holds a mapping. */
function needMapping(ctx: RuleContext, parent: Record<string, unknown>, key: string, where: At, missing: string): boolean {
  const value = parent[key];
  if (value === undefined || value === null) {
    report(ctx, where, missing, 'key');
    return false;
  }
  if (!isMapping(value)) {
    report(ctx, at(where, key), 'is not a mapping: write its keys on the lines below it');
    return false;
  }
  return true;
}

function needList(ctx: RuleContext, parent: Record<string, unknown>, key: string, where: At, missing: string): unknown[] | null {
  const value = parent[key];
  if (value === undefined || value === null) {
    report(ctx, where, missing, 'key');
    return null;
  }
  if (!Array.isArray(value)) {
    report(ctx, at(where, key), 'must be a list: write each item on a line starting with -');
    return null;
  }
  return value as unknown[];
}

/** A required scalar key; `text`: it must be a string (the Hub rejects other types). */
function needScalar(ctx: RuleContext, parent: Record<string, unknown>, key: string, where: At, missing: string, text: boolean): void {
  const value = parent[key];
  if (value === undefined) report(ctx, where, missing, 'key');
  else if (text && typeof value !== 'string') report(ctx, at(where, key), value === null ? 'is empty: write it as text' : 'must be text: quote it');
}

/** An optional key that must be text when present. */
function optionalText(ctx: RuleContext, parent: Record<string, unknown>, key: string, where: At): void {
  const value = parent[key];
  if (value !== undefined && value !== null && typeof value !== 'string') report(ctx, at(where, key), `must be text: quote it (${key}: "${typeof value === 'number' || typeof value === 'boolean' ? String(value) : '…'}")`);
}

/** The keys of a result's dataset that must be text when present. */
const DATASET_TEXT_KEYS = ['config', 'split', 'revision'] as const;

function checkEntry(ctx: RuleContext, entry: unknown, where: At): void {
  if (!isMapping(entry)) {
    report(ctx, where, 'is not a mapping: an entry has a name and results');
    return;
  }
  needScalar(ctx, entry, 'name', where, 'has no name: give the model name its results are for', false);
  const results = needList(ctx, entry, 'results', where, 'has no results: give a list of results (task, dataset, metrics)');
  if (!results) return;
  const list = at(where, 'results');
  for (let j = 0; j < results.length; j++) checkResult(ctx, results[j], at(list, j));
}

function checkResult(ctx: RuleContext, result: unknown, where: At): void {
  if (!isMapping(result)) {
    report(ctx, where, 'is not a mapping: a result has a task, a dataset and metrics');
    return;
  }
  if (needMapping(ctx, result, 'task', where, 'has no task: give task.type (a pipeline tag such as text-generation)')) {
    needScalar(ctx, result.task as Record<string, unknown>, 'type', at(where, 'task'), 'has no type: give the task\'s pipeline tag (e.g. text-generation)', false);
  }
  if (needMapping(ctx, result, 'dataset', where, 'has no dataset: give dataset.type (a dataset id such as cais/mmlu) and dataset.name')) {
    const dataset = result.dataset as Record<string, unknown>;
    const inDataset = at(where, 'dataset');
    needScalar(ctx, dataset, 'type', inDataset, 'has no type: give the dataset id (e.g. cais/mmlu)', false);
    needScalar(ctx, dataset, 'name', inDataset, 'has no name: give the dataset\'s name as shown (e.g. MMLU (5-Shot))', false);
    for (const key of DATASET_TEXT_KEYS) optionalText(ctx, dataset, key, inDataset);
  }
  const metrics = needList(ctx, result, 'metrics', where, 'has no metrics: give a list of metrics, each with a type and a value');
  if (metrics) {
    const list = at(where, 'metrics');
    for (let k = 0; k < metrics.length; k++) {
      const metric = metrics[k];
      const inMetric = at(list, k);
      if (!isMapping(metric)) {
        report(ctx, inMetric, 'is not a mapping: a metric has a type and a value');
        continue;
      }
      needScalar(ctx, metric, 'type', inMetric, 'has no type: give the metric id (e.g. acc)', false);
      needScalar(ctx, metric, 'value', inMetric, 'has no value: give the score', false);
      optionalText(ctx, metric, 'config', inMetric);
    }
  }
  const source = result.source;
  if (isMapping(source)) {
    const hasName = source.name !== undefined && source.name !== null;
    if (source.url === undefined || source.url === null) {
      if (hasName) report(ctx, at(where, 'source'), 'has a name but no url: give the url of the source', 'key');
    } else if (typeof source.url !== 'string') {
      report(ctx, at(at(where, 'source'), 'url'), 'must be text: the URL of the source');
    }
  }
}
