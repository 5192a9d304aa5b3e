// Broken variants of the seed cards, one fault each, for tests that run over many faults.
import { fixture, insertAfter, replaceLine } from './cards';

export const SEED = fixture('seed.md');
export const SEED_FM = fixture('seed-frontmatter.md');
export const SEED_BOTH = fixture('seed-both.md');

/** [name, line in the seed, replacement (null deletes it)] */
const BODY_EDITS: [string, string, string | null][] = [
  ['wrong ALScore', '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 5.0 (Mid-tier)'],
  ['wrong tier', '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 4.0 (Powerful)'],
  ['no tier', '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 4.0'],
  ['ALScore left -', '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** -'],
  ['ALScore empty', '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:**'],
  ['ALScore invalid', '- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** high'],
  ['wrong ratio', '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:** 232:1 ✅ Compute-optimal'],
  ['wrong ratio label', '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:** 233:1 ⚠️ Under-trained'],
  ['no ratio label', '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:** 233:1'],
  ['ratio left - -', '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:** - -'],
  ['ratio empty', '- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:**'],
  ['P unknown', '- **Parameters:** 78.0B', '- **Parameters:** -'],
  ['T unknown -B', '- **Training Tokens:** 18120.0B', '- **Training Tokens:** -B'],
  ['P invalid', '- **Parameters:** 78.0B', '- **Parameters:** 78 bn'],
  ['P changed', '- **Parameters:** 78.0B', '- **Parameters:** 70.0B'],
  ['access Public', '**Access:** 🟢 Public', '**Access:** Public'],
  ['access Open', '**Access:** 🟢 Public', '**Access:** Open'],
  ['access missing', '**Access:** 🟢 Public', null],
  ['released dec/2024', '**Released:** Dec/2024', '**Released:** dec/2024'],
  ['released tba', '**Released:** Dec/2024', '**Released:** tba'],
  ['released 13/2024', '**Released:** Dec/2024', '**Released:** 13/2024'],
  ['type dense', '- **Type:** Dense', '- **Type:** dense'],
  ['type unknown word', '- **Type:** Dense', '- **Type:** Transformer'],
  ['formula wrong', '- **Formula:** √(Parameters × Tokens) ÷ 300', '- **Formula:** √(P × T) ÷ 300'],
  ['formula missing', '- **Formula:** √(Parameters × Tokens) ÷ 300', null],
  ['dataset missing', '- **Dataset Type:** synthetic, web-scale', null],
  ['duplicate type', '- **Type:** Dense', '- **Type:** Dense\n- **Type:** Dense'],
  ['duplicate params differ', '- **Parameters:** 78.0B', '- **Parameters:** 78.0B\n- **Parameters:** 80.0B'],
  ['benchmark 150', '| **MMLU** | 86.1 | General knowledge |', '| **MMLU** | 150 | General knowledge |'],
  ['benchmark n/a', '| **MMLU** | 86.1 | General knowledge |', '| **MMLU** | n/a | General knowledge |'],
  ['benchmark twice', '| **HLE** | - | Hard expert questions |', '| **HLE** | - | Hard expert questions |\n| **MMLU** | 80.0 | again |'],
  ['tags differ', '`Reasoning`', '`Reasoning`, `SOTA`'],
  ['section missing', '## 📝 Additional Notes', null],
  ['sub-section missing', '### Training Data', null],
  ['title missing', '# Seedling 78B', null],
  ['second title', '## 📝 Additional Notes', '## 📝 Additional Notes\n# Again'],
  ['bad link', '- 🎮 [Try the Model](https://example.org/try)', '- 🎮 [Try the Model](htps://example.org/try)'],
  ['last updated invalid', '**Last Updated:** 2025-10-02', '**Last Updated:** 2025-02-30'],
];

const FM_EDITS: [string, string, string | null][] = [
  ['unknown key', 'parameters: 78B', 'paramters: 78B'],
  ['access Open', 'access: public', 'access: Open'],
  ['released 13/2024', 'released: 2024-12', 'released: 13/2024'],
  ['yaml error', 'access: public', 'access: [public'],
  ['duplicate key', 'license: mit', 'license: mit\naccess: private'],
  ['license other', 'license: mit', 'license: other'],
  ['benchmark 186', '  MMLU: 86.1', '  MMLU: 186.1'],
  ['parameters 7B', 'parameters: 78B', 'parameters: 7B'],
  ['model name missing', 'model_name: Seedling 78B', null],
];

/** Every one-fault variant: body faults of the leaderboard seed, front matter faults of both front matter seeds. */
export const VARIANTS: [name: string, text: string][] = [
  ...BODY_EDITS.map(([name, from, to]): [string, string] => [`body: ${name}`, replaceLine(SEED, from, to)]),
  ...BODY_EDITS.map(([name, from, to]): [string, string] => [`both: ${name}`, replaceLine(SEED_BOTH, from, to)]),
  ...FM_EDITS.map(([name, from, to]): [string, string] => [`frontmatter: ${name}`, replaceLine(SEED_FM, from, to)]),
  ...FM_EDITS.map(([name, from, to]): [string, string] => [`both fm: ${name}`, replaceLine(SEED_BOTH, from, to)]),
  ['body: many faults', [
    ['- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 3.0 (Powerful)'],
    ['- **Token:Param Ratio:** 233:1 ✅ Compute-optimal', '- **Token:Param Ratio:** 233:1'],
    ['**Access:** 🟢 Public', '**Access:** public'],
    ['- **Type:** Dense', '- **Type:** dense'],
    ['**Released:** Dec/2024', '**Released:** DEC/2024'],
    ['- **Formula:** √(Parameters × Tokens) ÷ 300', null],
  ].reduce((t, [a, b]) => replaceLine(t, a ?? '', b ?? null), insertAfter(SEED, '- **Dataset Type:** synthetic, web-scale', '- **Dataset Type:** synthetic, web-scale'))],
];
