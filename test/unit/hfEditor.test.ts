// Completion and hover in Hugging Face cards' front matter, in-process: what is offered where, what replaces
// what, and that leaderboard cards keep the completion and hover they had.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { analyzeCard, DEFAULT_CONFIG } from '../../server/src/core';
import { createCardService, type CardDocument } from '../../server/src/core/service';

const service = createCardService();
/** A Hugging Face card whose metadata lines hold `|` at the cursor. */
function marked(lines: string[], body = ['# Heron 8B', '', 'A fictional model for tests.']): { doc: CardDocument; position: Position } {
  const all = ['---', ...lines, '---', '', ...body, ''];
  const line = all.findIndex((l) => l.includes('|'));
  const character = all[line]?.indexOf('|') ?? -1;
  assert.ok(line >= 0, 'the text marks the cursor with |');
  all[line] = (all[line] ?? '').replace('|', '');
  const doc: CardDocument = { uri: 'file:///w/README.md', analysis: analyzeCard(all.join('\n')), config: DEFAULT_CONFIG, assumeCard: false };
  return { doc, position: { line, character } };
}
const complete = (lines: string[], body?: string[]): CompletionItem[] => {
  const { doc, position } = marked(lines, body);
  return service.completions(doc, position);
};
const hoverText = (lines: string[]): string | null => {
  const { doc, position } = marked(lines);
  const h: Hover | null = service.hover(doc, position);
  return h ? (h.contents as MarkupContent).value : null;
};
const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);
const edit = (item: CompletionItem | undefined): { newText: string; start: number; end: number } => {
  const e = item?.textEdit;
  assert.ok(e && 'range' in e, 'a text edit with a range');
  return { newText: e.newText, start: e.range.start.character, end: e.range.end.character };
};

void describe('Hugging Face completion', () => {
  void it('offers the documented keys not yet present, with hub-docs wording', () => {
    const items = complete(['license: mit', 'pipe|']);
    assert.ok(labels(items).includes('pipeline_tag'));
    assert.ok(labels(items).includes('base_model_relation'));
    assert.ok(!labels(items).includes('license'), 'license is already there');
    assert.ok(!labels(items).includes('access'), 'no leaderboard keys in a Hugging Face card');
    const tag = items.find((i) => i.label === 'pipeline_tag');
    assert.match((tag?.documentation as MarkupContent).value, /indicates the type of task/);
    assert.deepEqual(edit(tag), { newText: 'pipeline_tag: $0', start: 0, end: 4 });
    assert.equal(tag?.command?.command, 'editor.action.triggerSuggest');
    assert.deepEqual(edit(items.find((i) => i.label === 'datasets')), { newText: 'datasets:\n- $0', start: 0, end: 4 });
    assert.deepEqual(edit(items.find((i) => i.label === 'co2_eq_emissions')), { newText: 'co2_eq_emissions:\n  $0', start: 0, end: 4 });
  });

  void it('replaces only the key when the line already has its colon', () => {
    const items = complete(['license: mit', 'pipe|line_tag: text-generation']);
    assert.deepEqual(edit(items.find((i) => i.label === 'pipeline_tag')), { newText: 'pipeline_tag', start: 0, end: 12 });
  });

  void it('offers license ids with their names, replacing what was typed', () => {
    const items = complete(['license: apa|', 'pipeline_tag: text-generation']);
    const apache = items.find((i) => i.label === 'apache-2.0');
    assert.equal(apache?.detail, 'Apache license 2.0');
    assert.deepEqual(edit(apache), { newText: 'apache-2.0', start: 9, end: 12 });
    assert.equal(items.length, 83);
  });

  void it('offers values inside a flow list and a block list', () => {
    const flow = complete(['license: [mit, cc-|]', 'pipeline_tag: text-generation']);
    assert.deepEqual(edit(flow.find((i) => i.label === 'cc-by-4.0')), { newText: 'cc-by-4.0', start: 15, end: 18 });
    const block = complete(['pipeline_tag: text-generation', 'license:', '- mit', '- ll|']);
    assert.deepEqual(edit(block.find((i) => i.label === 'llama3.1')), { newText: 'llama3.1', start: 2, end: 4 });
    const quoted = complete(['license: "ap|"', 'pipeline_tag: text-generation']);
    assert.deepEqual(edit(quoted.find((i) => i.label === 'apache-2.0')), { newText: 'apache-2.0', start: 10, end: 12 });
  });

  void it('offers tasks, libraries, relations and booleans', () => {
    const tasks = complete(['license: mit', 'pipeline_tag: text-|']);
    assert.equal(tasks.find((i) => i.label === 'text-generation')?.detail, 'Text Generation · Natural Language Processing');
    assert.ok(!labels(tasks).includes('conversational'), 'a removed task is not offered');
    assert.ok(labels(complete(['license: mit', 'library_name: |'])).includes('transformers'));
    assert.deepEqual(labels(complete(['base_model: a/b', 'base_model_relation: |'])), ['adapter', 'merge', 'quantized', 'finetune']);
    assert.deepEqual(labels(complete(['license: mit', 'gated: true', 'extra_gated_eu_disallowed: |'])), ['true', 'false']);
    assert.deepEqual(labels(complete(['license: mit', 'gated: |'])), ['true', 'false', 'auto', 'manual']);
  });

  void it('offers tasks for a model-index result task type', () => {
    const items = complete(['license: mit', 'model-index:', '- name: heron-8b', '  results:', '  - task:', '      type: text-gen|']);
    assert.deepEqual(edit(items.find((i) => i.label === 'text-generation')), { newText: 'text-generation', start: 12, end: 20 });
  });

  void it('offers nothing for free text, a key without a list, or after a finished value', () => {
    assert.deepEqual(complete(['license: mit', 'datasets: |']), []);
    assert.deepEqual(complete(['license: mit', 'thumbnail: |']), []);
    assert.deepEqual(complete(['license: Apache 2|']), []);
    assert.deepEqual(complete(['license: mit', 'datasets:', '- |']), []);
  });

  void it('leaves a leaderboard card its own keys and values', () => {
    const lb = ['model_name: Heron 8B', 'organization: Example Labs', 'released: 2024-05', 'access: |'];
    assert.deepEqual(labels(complete(lb)), ['public', 'private', 'unknown']);
    const keys = labels(complete(['model_name: Heron 8B', 'organization: Example Labs', 'acc|']));
    assert.ok(keys.includes('access') && keys.includes('parameters'));
  });
});

void describe('Hugging Face hover', () => {
  void it('explains a key with hub-docs wording and what it accepts', () => {
    const text = hoverText(['lic|ense: mit']);
    assert.match(text ?? '', /^\*\*license\*\*: Example: apache-2\.0/);
    assert.match(text ?? '', /83 \[license ids\]\(https:\/\/huggingface\.co\/docs\/hub\/repositories-licenses\)/);
    assert.match(hoverText(['license: mit', 'base_model_relation|: merge']) ?? '', /One of `adapter`, `merge`, `quantized`, `finetune`/);
  });

  void it('explains nested model-index keys', () => {
    const text = hoverText(['license: mit', 'model-index:', '- name: heron-8b', '  results:', '  - task:', '      type: text-generation', '    dataset:', '      ty|pe: cais/mmlu']);
    assert.match(text ?? '', /^\*\*model-index\.results\.dataset\.type\*\* \(required\): Required\. Example: common_voice/);
  });

  void it('names a license id, a task and a removed task', () => {
    assert.equal(hoverText(['license: cc-by-n|c-4.0']), '**cc-by-nc-4.0**: Creative Commons Attribution Non Commercial 4.0');
    assert.equal(hoverText(['license:', '- mit', '- "apache|-2.0"']), '**apache-2.0**: Apache license 2.0');
    assert.match(hoverText(['license: mit', 'pipeline_tag: fill-m|ask']) ?? '', /^\*\*fill-mask\*\*: Fill-Mask · Natural Language Processing \(\[task page\]\(https:\/\/huggingface\.co\/tasks\/fill-mask\)\)$/);
    assert.match(hoverText(['license: mit', 'pipeline_tag: conversatio|nal']) ?? '', /was removed from the Hub's tasks: use `text-generation`/);
  });

  void it('says nothing on an unknown value or an undocumented key', () => {
    assert.equal(hoverText(['license: as|df']), null);
    assert.equal(hoverText(['license: mit', 'my_k|ey: 1']), null);
  });

  void it('leaves a leaderboard card its own hover', () => {
    const text = hoverText(['model_name: Heron 8B', 'organization: Example Labs', 'released: 2024-05', 'acc|ess: public']);
    assert.match(text ?? '', /^\*\*access\*\*: /);
  });
});

void describe('Hugging Face preview', () => {
  const previewOf = (lines: string[], body?: string[]): ReturnType<typeof service.preview> => {
    const text = ['---', ...lines, '---', '', ...(body ?? ['# Heron 8B', '', 'A fictional model for tests.']), ''].join('\n');
    return service.preview({ uri: 'file:///w/README.md', analysis: analyzeCard(text), config: DEFAULT_CONFIG, assumeCard: false }, 1, true);
  };

  void it('shows the metadata with names, and model-index results as rows', () => {
    const p = previewOf([
      'license: [apache-2.0, other]', 'license_name: heron-license', 'pipeline_tag: text-generation', 'library_name: transformers', 'base_model: example-org/heron-base-8b', 'base_model_relation: finetune',
      'datasets: [HuggingFaceFW/fineweb]', 'language: [en, fr]', 'model-index:', '- name: heron-8b', '  results:', '  - task:', '      type: text-generation', '    dataset:', '      name: MMLU (5-Shot)', '      type: cais/mmlu',
      '    metrics:', '    - type: acc', '      value: 64.6', '    - type: acc_norm', '      value: "0.71"', '    - type: f1', '      value: 20.0 ± 1.2',
    ]);
    const hf = p.huggingface;
    assert.ok(hf);
    assert.deepEqual(hf.licenses, [{ id: 'apache-2.0', name: 'Apache license 2.0' }, { id: 'other', name: 'Other' }]);
    assert.equal(hf.licenseName, 'heron-license');
    assert.deepEqual(hf.pipelineTag, { tag: 'text-generation', name: 'Text Generation · Natural Language Processing' });
    assert.equal(hf.libraryName, 'transformers');
    assert.deepEqual([hf.baseModels, hf.baseModelRelation, hf.datasets, hf.languages], [['example-org/heron-base-8b'], 'finetune', ['HuggingFaceFW/fineweb'], ['en', 'fr']]);
    assert.deepEqual(hf.results, [
      { model: 'heron-8b', task: 'text-generation', dataset: 'MMLU (5-Shot)', metric: 'acc', value: '64.6', number: 64.6 },
      { model: 'heron-8b', task: 'text-generation', dataset: 'MMLU (5-Shot)', metric: 'acc_norm', value: '0.71', number: 0.71 },
      { model: 'heron-8b', task: 'text-generation', dataset: 'MMLU (5-Shot)', metric: 'f1', value: '20.0 ± 1.2', number: null },
    ]);
    assert.equal(hf.resultsTotal, 3);
  });

  void it('caps results and findings so a hostile card cannot build a huge page', () => {
    const metrics = Array.from({ length: 5000 }, (_, i) => [`    - type: m${i}`, '      value: 1']).flat();
    const junk = Array.from({ length: 300 }, (_, i) => `licence${i}: x`);
    const p = previewOf(['license: mit', ...junk, 'model-index:', '- name: heron-8b', '  results:', '  - task:', '      type: text-generation', '    dataset:', '      name: d', '      type: d', '    metrics:', ...metrics]);
    assert.equal(p.huggingface?.results.length, 200);
    assert.equal(p.huggingface?.resultsTotal, 5000);
    assert.ok(p.findingsTotal > 200, `${p.findingsTotal} findings`);
    assert.equal(p.findings.length, 200);
  });

  void it('leaves a leaderboard card without the Hugging Face part', () => {
    const p = previewOf(['model_name: Heron 8B', 'organization: Example Labs', 'released: 2024-05', 'access: public']);
    assert.equal(p.format, 'frontmatter');
    assert.equal(p.huggingface, null);
    assert.equal(p.findingsTotal, p.findings.length);
  });
});
