// Generates realistic Hugging Face model card READMEs (seeded): metadata of varied size over a free body,
// shaped like the cards the Trainer and model authors write, for the Hugging Face race of the benchmark.
import * as fs from 'fs';
import * as path from 'path';
import { rng } from './corpus';

const ORGS = ['example-org', 'northwind-ai', 'orbital-nlp', 'bluefin-research', 'kestrel-labs', 'halcyon-ml', 'quanta', 'tidewater-ai'];
const BASES = ['bert-base-uncased', 'roberta-base', 'gpt2', 'example-org/heron-base-8b', 'northwind-ai/nova-7b', 'distilbert-base-uncased', 'facebook/wav2vec2-base', 't5-small'];
const TASKS: [pipeline: string, library: string][] = [
  ['text-generation', 'transformers'], ['text-classification', 'transformers'], ['token-classification', 'transformers'], ['automatic-speech-recognition', 'transformers'],
  ['fill-mask', 'transformers'], ['sentence-similarity', 'sentence-transformers'], ['text-to-image', 'diffusers'], ['translation', 'transformers'], ['summarization', 'transformers'],
];
const LICENSES = ['apache-2.0', 'mit', 'cc-by-4.0', 'cc-by-nc-4.0', 'llama3.1', 'openrail', 'other'];
const LANGUAGES = ['en', 'fr', 'de', 'es', 'zh', 'ja', 'ar', 'hi', 'pt', 'ru', 'ko', 'it', 'nl', 'sv'];
const DATASETS = ['HuggingFaceFW/fineweb', 'squad', 'glue', 'imdb', 'conll2003', 'common_voice', 'wikitext', 'cais/mmlu', 'openai/gsm8k', 'allenai/c4'];
const TAGS = ['generated_from_trainer', 'chat', 'llama', 'code', 'text-generation-inference', 'lora', 'peft', 'merge', 'gguf', 'multilingual', 'instruct', 'finetuned'];
const METRICS = ['accuracy', 'f1', 'wer', 'bleu', 'rouge', 'exact_match'];
const PARAGRAPHS = [
  'This model is a fine-tuned version of the base model on an instruction dataset. It achieves the results below on the evaluation set.',
  'The model was trained with mixed precision on eight GPUs for three epochs, with a cosine learning rate schedule and a warm-up of 500 steps.',
  'It is intended for research on text generation and should not be used to make decisions about people. Outputs may contain factual errors.',
  'Evaluation follows the Open LLM Leaderboard harness with the same few-shot settings; scores may differ slightly from those reported elsewhere.',
  'The tokenizer is the base model\'s, extended with a few special tokens for the chat template shown below.',
  'Training data were deduplicated and filtered for quality; personal information was removed with a rule-based filter before training.',
];

/** One Hugging Face README: `i` makes the name unique. */
export function generateHfCard(i: number, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => {
    const x = list[Math.floor(random() * list.length)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  };
  const some = <T>(list: readonly T[], p: number): T[] => list.filter(() => random() < p);
  const [pipeline, library] = pick(TASKS);
  const org = pick(ORGS);
  const name = `${pick(['heron', 'nova', 'vega', 'lyra', 'atlas', 'quill'])}-${i}-${pick(['7b', '1.3b', 'base', 'large', 'small', 'chat'])}`;
  const license = pick(LICENSES);
  const meta: string[] = ['---', `license: ${license}`];
  if (license === 'other') meta.push(`license_name: ${org}-license`, 'license_link: LICENSE');
  const langs = some(LANGUAGES, 0.15);
  if (langs.length > 0) meta.push('language:', ...langs.map((l) => `- ${l}`));
  meta.push(`library_name: ${library}`, `pipeline_tag: ${pipeline}`);
  if (random() < 0.7) meta.push(`base_model: ${pick(BASES)}`);
  const tags = some(TAGS, 0.3);
  if (tags.length > 0) meta.push('tags:', ...tags.map((t) => `- ${t}`));
  const datasets = some(DATASETS, 0.2);
  if (datasets.length > 0) meta.push('datasets:', ...datasets.map((d) => `- ${d}`));
  const metrics = some(METRICS, 0.25);
  if (metrics.length > 0) meta.push('metrics:', ...metrics.map((m) => `- ${m}`));
  if (random() < 0.3) meta.push('widget:', ...Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => `- text: "Example input number ${k} for the widget."\n  example_title: Example ${k}`));
  if (random() < 0.45) {
    meta.push('model-index:', `- name: ${name}`, '  results:');
    for (let r = 0; r < 1 + Math.floor(random() * 6); r++) {
      const ds = pick(DATASETS);
      meta.push('  - task:', `      type: ${pipeline}`, `      name: ${pipeline.replace(/-/g, ' ')}`, '    dataset:', `      name: ${ds.split('/').pop() ?? ds}`, `      type: ${ds}`, '      split: test', '    metrics:');
      for (const m of some(METRICS, 0.4).concat(['accuracy'])) meta.push(`    - type: ${m}`, `      value: ${(random() * 100).toFixed(2)}`, `      name: ${m}`);
      if (random() < 0.5) meta.push('    source:', '      name: Open LLM Leaderboard', `      url: https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard?query=${org}/${name}`);
    }
  }
  if (random() < 0.1) meta.push('co2_eq_emissions:', `  emissions: ${Math.round(random() * 100000)}`, '  source: code carbon', '  training_type: fine-tuning');
  if (random() < 0.1) meta.push('inference: false');
  meta.push('---', '');

  const body: string[] = [`# ${name}`, '', pick(PARAGRAPHS), '', '## Model description', '', pick(PARAGRAPHS), pick(PARAGRAPHS), '', '## Intended uses & limitations', '', pick(PARAGRAPHS), ''];
  body.push('## How to use', '', '```python', `from transformers import pipeline`, `pipe = pipeline("${pipeline}", model="${org}/${name}")`, 'print(pipe("Hello, I am"))', '```', '');
  body.push('## Training procedure', '', '### Training hyperparameters', '', 'The following hyperparameters were used during training:');
  body.push(`- learning_rate: ${(random() * 1e-4).toExponential(1)}`, `- train_batch_size: ${pick([8, 16, 32, 64])}`, `- seed: ${Math.floor(random() * 100)}`, '- optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08', `- num_epochs: ${1 + Math.floor(random() * 5)}`, '');
  body.push('### Training results', '', '| Training Loss | Epoch | Step | Validation Loss | Accuracy |', '|:-------------:|:-----:|:----:|:---------------:|:--------:|');
  for (let r = 0; r < 3 + Math.floor(random() * 15); r++) body.push(`| ${(2 - r * 0.05).toFixed(4)} | ${(r + 1).toFixed(1)} | ${(r + 1) * 500} | ${(2.1 - r * 0.04).toFixed(4)} | ${(0.5 + r * 0.02).toFixed(4)} |`);
  body.push('', '### Framework versions', '', '- Transformers 4.44.2', '- Pytorch 2.4.0', '- Datasets 2.21.0', '- Tokenizers 0.19.1', '');
  return meta.join('\n') + body.join('\n');
}

/** Writes `n` Hugging Face READMEs as `<org>/<name>/README.md` under `dir`. */
export function writeHfCorpus(dir: string, n: number, seed = 11): string[] {
  const random = rng(seed);
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = generateHfCard(i, random);
    const file = path.join(dir, `model-${i}`, 'README.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
