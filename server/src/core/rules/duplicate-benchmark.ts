// duplicate-benchmark: the same benchmark appears twice in the table.
import { describeKey } from '../parse/describe';
import { defineRule } from './types';

export default defineRule({
  id: 'duplicate-benchmark',
  severity: 'warning',
  description: 'The same benchmark is listed twice.',
  fixable: 'none',
  scope: 'card',
  docs: {
    summary: 'The same benchmark appears twice in the table.',
    example: { lang: 'markdown', text: '| **HLE** | - | High-level evaluation |\n| **HLE** | 4.1 | High-level evaluation |' },
    message: 'Benchmark HLE is listed twice (first on line 47)',
  },
  check(ctx) {
    const seen = new Map<string, number>();
    for (const row of ctx.body?.benchmarks ?? []) {
      const key = row.name.toLowerCase();
      const firstLine = seen.get(key);
      if (firstLine !== undefined) ctx.report(row.nameRange, `Benchmark ${describeKey(row.name)} is listed twice (first on line ${firstLine + 1})`);
      else seen.set(key, row.line);
    }
  },
});
