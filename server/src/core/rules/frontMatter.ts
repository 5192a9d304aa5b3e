// Rules on YAML front matter: syntax, unknown keys, values that break the schema, required keys.
import type { RuleContext } from '../context';
import type { FrontMatterEntry } from '../parseFrontMatter';
import { FRONT_MATTER_KEYS } from '../constants';
import { describeKey, describeValue } from '../parse/describe';
import { lazySchemas } from '../lazy';
import { lineRange } from '../text';
import type { Range } from '../types';
import { urlProblem } from './structure';

const REQUIRED_WITHOUT_BODY = ['model_name', 'organization', 'released', 'access'];

export function checkFrontMatter(ctx: RuleContext, hasBody: boolean): void {
  const fm = ctx.frontMatter;
  if (!fm) return;
  // Every YAML error and warning at its own position, and the alias, depth and size limits.
  for (const p of fm.problems) ctx.report('frontmatter-syntax', p.range, p.message, p.severity === 'warning' ? { severity: 'warning' } : {});
  const openRange = lineRange(fm.openLine, 0, 3);

  // After a YAML error the parser's recovery may misplace keys: only the keys above it are checked.
  const errorLine = fm.data === null ? Math.min(...fm.problems.filter((p) => p.severity === 'error').map((p) => p.range.start.line)) : Infinity;
  const seen = new Map<string, FrontMatterEntry>();
  for (const entry of fm.entries.filter((e) => e.path.length === 1 && e.line < errorLine)) {
    const first = seen.get(entry.key);
    if (first) ctx.report('duplicate-field', entry.keyRange, `Key ${describeKey(entry.key)} is given twice (first on line ${first.line + 1}); the last one wins`);
    else seen.set(entry.key, entry);
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(entry.key)) {
      const near = nearestKey(entry.key);
      ctx.report('unknown-key', entry.keyRange, `Unknown front matter key "${describeKey(entry.key)}"${near ? `: did you mean "${near}"?` : ` (known keys: ${FRONT_MATTER_KEYS.join(', ')})`}`, {
        ...(near ? { suggestions: [ctx.replace(`Rename to ${near}`, entry.keyRange, near)] } : {}),
      });
    }
  }

  const data = fm.data;
  if (!data) return;
  // One parse of the whole mapping; the keys its issues point at are the invalid ones.
  const schema = lazySchemas().FrontMatterSchema;
  const parsed = schema.safeParse(data);
  const invalid = new Set<PropertyKey>(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0]));
  for (const [key, value] of Object.entries(data)) {
    // Own keys only: a key such as `constructor` is unknown, not Object.prototype's.
    if (!Object.hasOwn(schema.shape, key)) continue;
    const entry = ctx.entry(key);
    const at = ctx.valueAt(entry, openRange);
    if (key === 'benchmarks' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      checkBenchmarks(ctx, value as Record<string, unknown>, at);
      continue;
    }
    if (invalid.has(key)) {
      ctx.report('invalid-value', at, `${key}: ${describeValue(value, entry?.raw)} is not valid: expected ${expectation(key)}`);
    } else if (key === 'license_link' && typeof value === 'string') {
      const problem = urlProblem(value);
      if (problem) ctx.report('invalid-value', at, `license_link ${describeValue(value)} ${problem}`);
    }
  }

  if (!hasBody) {
    for (const key of REQUIRED_WITHOUT_BODY) {
      if (data[key] === undefined || data[key] === null) {
        ctx.report('missing-field', openRange, `Required key ${key} is missing (a card without a leaderboard body needs ${REQUIRED_WITHOUT_BODY.join(', ')})`);
      }
    }
  }
  if (data.license === 'other') {
    for (const key of ['license_name', 'license_link']) {
      if (data[key] === undefined) ctx.report('missing-field', ctx.valueAt(ctx.entry('license'), openRange), `license: other needs ${key}`);
    }
  }
}

function checkBenchmarks(ctx: RuleContext, map: Record<string, unknown>, fallback: Range): void {
  for (const [name, score] of Object.entries(map)) {
    const entry = ctx.benchmarkEntry(name);
    const at = ctx.valueAt(entry, fallback);
    if (score === null) continue;
    if (typeof score !== 'number' || Number.isNaN(score)) {
      ctx.report('benchmark-out-of-range', at, `Benchmark ${describeKey(name)} score ${describeValue(score, entry?.raw)} is not a number: write a score from 0 to 100, or null when unknown`);
    } else if (score < 0 || score > 100) {
      ctx.report('benchmark-out-of-range', at, `Benchmark ${describeKey(name)} score ${describeValue(score, entry?.raw)} is outside 0–100`);
    }
  }
}

const EXPECT: Record<string, string> = {
  model_name: 'the model name as text',
  organization: 'the lab name as text',
  released: 'YYYY-MM, YYYY-MM-DD, Mon/YYYY (e.g. Dec/2024) or TBA',
  access: 'public, private or unknown',
  architecture: 'dense, moe, hybrid, matformer, compound or coe',
  parameters: 'a count such as 78B, 78.0B, 135M, 1.8T or 7e9',
  active_parameters: 'a count such as 37B',
  training_tokens: 'a count such as 18120B, 1.8T or 15e12',
  dataset_type: 'a list of strings, e.g. [synthetic, web-scale]',
  tags: 'a list of strings, e.g. [Reasoning, SOTA]',
  last_updated: 'a date YYYY-MM-DD',
  benchmarks: 'a mapping of benchmark names to scores from 0 to 100 (or null), e.g. MMLU: 80.1',
  license: 'a license id as text, e.g. apache-2.0',
  license_name: 'the license name as text',
  license_link: 'a URL or path as text',
  pipeline_tag: 'text, e.g. text-generation',
  library_name: 'text, e.g. transformers',
  'model-index': 'a list (Hugging Face model-index)',
};

function expectation(key: string): string {
  return (Object.hasOwn(EXPECT, key) ? EXPECT[key] : undefined) ?? 'text or a list of text';
}

/** The known key nearest to a misspelt one (edit distance ≤ 3, or a case/separator variant). */
export function nearestKey(key: string): string | null {
  // A key far longer than any known one is no typo of it, and the distances would cost |key| each.
  if (key.length > LONGEST_KEY + 3) return null;
  const folded = key.toLowerCase().replace(/[-\s]/g, '_');
  // Words in another order count too: paramters_active is near active_parameters.
  const sortedWords = (k: string): string => k.replace(/-/g, '_').split('_').sort().join('_');
  const foldedSorted = sortedWords(folded);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const known of FRONT_MATTER_KEYS) {
    if (known.replace(/-/g, '_') === folded) return known;
    const d = Math.min(levenshtein(folded, known), levenshtein(foldedSorted, sortedWords(known)));
    if (d < bestDistance) {
      bestDistance = d;
      best = known;
    }
  }
  return bestDistance <= Math.min(3, Math.max(1, Math.floor(key.length / 3))) ? best : null;
}

const LONGEST_KEY = Math.max(...FRONT_MATTER_KEYS.map((k) => k.length));

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
