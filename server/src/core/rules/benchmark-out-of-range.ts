// benchmark-out-of-range: a benchmark score outside 0–100, or not a number.
import { describeKey, describeValue } from '../parse/describe';
import { parseDecimal } from '../vocabulary/readers';
import { defineRule } from './types';

export default defineRule({
  id: 'benchmark-out-of-range',
  severity: 'error',
  description: 'A benchmark score is outside 0–100 or not a number.',
  fixable: 'none',
  scope: 'card',
  docs: {
    summary: 'A benchmark score outside 0–100 or not a number (`150`, `n/a`). Unknown is `-` (body) or `null`\n(front matter).',
    example: { lang: 'markdown', text: '| **MMLU** | 150 | General knowledge across 57 subjects |\n| **GPQA** | n/a | Graduate-level reasoning |' },
    message: 'MMLU score 150 is outside 0–100',
  },
  check(ctx) {
    for (const row of ctx.body?.benchmarks ?? []) {
      const raw = row.raw.trim();
      if (raw === '-' || raw === '') continue;
      const score = parseDecimal(raw.endsWith('%') ? raw.slice(0, -1) : raw);
      if (Number.isNaN(score)) {
        ctx.report(row.scoreRange, `${describeKey(row.name)} score "${describeKey(raw)}" is not a number: write a score from 0 to 100, or - when unknown`);
      } else if (score < 0 || score > 100) {
        ctx.report(row.scoreRange, `${describeKey(row.name)} score ${describeKey(raw)} is outside 0–100`);
      }
    }
    const map = ctx.frontMatter?.data?.benchmarks;
    if (map === null || typeof map !== 'object' || Array.isArray(map)) return;
    const fallback = ctx.valueAt(ctx.entry('benchmarks'), ctx.frontMatterAnchor);
    for (const [name, score] of Object.entries(map as Record<string, unknown>)) {
      if (score === null) continue;
      const at = ctx.valueAt(ctx.benchmarkEntry(name), fallback);
      if (typeof score !== 'number' || Number.isNaN(score)) {
        ctx.report(at, `Benchmark ${describeKey(name)} score ${describeValue(score)} is not a number: write a score from 0 to 100, or null when unknown`);
      } else if (score < 0 || score > 100) {
        ctx.report(at, `Benchmark ${describeKey(name)} score ${score} is outside 0–100`);
      }
    }
  },
});
