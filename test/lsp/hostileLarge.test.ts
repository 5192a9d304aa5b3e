// 1 MB cards over stdio: the server answers every request, and publishes diagnostics, within 1 s.
// Wall time is checked; on a machine already busy with other work (load at or over its cores) the
// server's main-thread CPU time is checked instead, where Linux exposes it. Both are printed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { FRONT_MATTER_CARD, GOOD_CARD } from './cards';
import { TestClient } from './client';

const MB = 1024 * 1024;
const BUDGET_MS = 1000;

/** Repeats `unit` up to `size` characters, ending on a whole line. */
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size).replace(/[^\n]*$/, '');
const before_ = (card: string, marker: string, extra: string): string => card.replace(marker, `${extra}${marker}`);
const notes = (extra: string): string => before_(GOOD_CARD, '## 🔗 Resources', `${extra}\n`);

/** 1 MB cards, each stressing another part of the server. */
const SHAPES: Record<string, string> = {
  'prose notes': notes(fill('Lorem ipsum dolor sit amet, with **bold**, `code` and a [link](https://example.invalid/x).\n')),
  'one 1 MB line': notes(`${'word '.repeat(MB / 5)}\n`),
  'benchmark rows (30,000 duplicate-benchmark findings)': before_(GOOD_CARD, '\n**Analysis:**', fill('| **Bench** | 50.0 | A benchmark |\n')),
  'duplicate fields (43,000 findings with fixes)': before_(GOOD_CARD, '### Training Efficiency', fill('- **Parameters:** 78.0B\n')),
  'headings (56,000 outline symbols)': notes(fill('### Heading\n\ntext\n\n')),
  'mixed CRLF and LF': fill('- **Parameters:** 78.0B\r\nline\n', MB - GOOD_CARD.length) + GOOD_CARD,
  'tag line of 1 MB': GOOD_CARD.replace('> Reasoning, Multilingual', `> ${'Tag, '.repeat(MB / 5)}Tag`),
  'front matter benchmarks map of 1 MB': FRONT_MATTER_CARD.replace('  MMLU: 84.2\n', fill('  MMLU: 84.2\n')),
};

/** Fix-all over tens of thousands of fixes (fixAll merged them quadratically once; it is linear now). */
const FIX_ALL_MANY: Record<string, string> = {
  'duplicate fields (43,000 findings with fixes)': '43,000 fixes',
  'mixed CRLF and LF': '20,000 fixes',
};

/** 12,000 unknown keys, each given a did-you-mean (once a Levenshtein against every known key: > 10 s a MB). */
const MANY_UNKNOWN_KEYS: Record<string, string> = {
  'front matter, unknown keys (250 KB)': FRONT_MATTER_CARD.replace('benchmarks:\n', `${Array.from({ length: 12_000 }, (_, i) => `key_${i}: 1\n`).join('')}benchmarks:\n`),
};

/** CPU ms used so far by the server's main thread (Linux), or null where that is not exposed. */
function mainThreadCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

void describe('1 MB cards', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
    // Warm the server's code paths on a normal card, as an editing session would have.
    const uri = 'file:///tmp/large/warm.md';
    await client.open(uri, GOOD_CARD);
    await client.diagnostics(uri, 1);
    await client.close(uri);
  });
  after(async () => client.stop());

  /** Opens the card, times each request, and returns those over the budget. */
  const measure = async (name: string, text: string, options: { edit: boolean; fixAll: boolean }): Promise<[string, number][]> => {
    const uri = `file:///tmp/large/${name.replace(/\W+/g, '-')}.md`;
    const lines = text.split('\n').length;
    const mid = { line: Math.floor(lines / 2), character: 3 };
    const whole = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
    const doc = { textDocument: { uri } };
    const wall: Record<string, number> = {};
    const cpu: Record<string, number> = {};
    const time = async (label: string, fn: () => Promise<unknown>): Promise<void> => {
      const c0 = mainThreadCpuMs(client.process.pid);
      const t0 = performance.now();
      await fn();
      wall[label] = Math.round(performance.now() - t0);
      const c1 = mainThreadCpuMs(client.process.pid);
      if (c0 !== null && c1 !== null) cpu[label] = c1 - c0;
    };
    let diagnostics: Diagnostic[] = [];
    await time('open → diagnostics', async () => {
      const published = client.diagnostics(uri, 1, 60_000);
      await client.open(uri, text);
      diagnostics = await published;
    });
    await time('hover', () => client.request('textDocument/hover', { ...doc, position: mid }));
    await time('completion', () => client.request('textDocument/completion', { ...doc, position: mid }));
    await time('inlay hints', () => client.request('textDocument/inlayHint', { ...doc, range: whole }));
    await time('code actions, whole document', () => client.request('textDocument/codeAction', { ...doc, range: whole, context: { diagnostics: [] } }));
    // As an editor does after select-all: every published diagnostic sent back with the request.
    await time('code actions, all diagnostics sent', () => client.request('textDocument/codeAction', { ...doc, range: whole, context: { diagnostics } }));
    await time('code actions, one line', () => client.request('textDocument/codeAction', { ...doc, range: { start: mid, end: mid }, context: { diagnostics: [] } }));
    if (options.fixAll) await time('fix all', () => client.request('textDocument/codeAction', { ...doc, range: whole, context: { diagnostics: [], only: ['source.fixAll.modelcard'] } }));
    await time('symbols', () => client.request('textDocument/documentSymbol', doc));
    await time('preview', () => client.request('modelCard/preview', { uri }));
    if (options.edit) {
      // The edit's debounce (10 ms per 50 KB) is part of what the user waits for: it is counted.
      await time('edit → diagnostics', async () => {
        const version = await client.change(uri, [{ range: { start: mid, end: mid }, text: 'x' }]);
        await client.diagnostics(uri, version, 60_000);
      });
    }
    await client.close(uri);
    // At most 1,000 diagnostics go to the editor, then one note naming how many more there are.
    assert.ok(diagnostics.length <= 1001, `${diagnostics.length} diagnostics published`);
    if (diagnostics.length === 1001) assert.match(diagnostics[1000]?.message ?? '', /^[\d,]+ more problems are not shown/);
    const busy = (os.loadavg()[0] ?? 0) >= os.cpus().length && Object.keys(cpu).length > 0;
    console.log(`${name}: wall ${JSON.stringify(wall)} main-thread CPU ${JSON.stringify(cpu)}${busy ? ' (machine busy: CPU checked)' : ''}`);
    return Object.entries(busy ? cpu : wall).filter(([, ms]) => ms > BUDGET_MS);
  };

  for (const [name, text] of Object.entries(SHAPES)) {
    void it(`answers within 1 s: ${name}`, { timeout: 120_000 }, async () => {
      assert.ok(text.length >= 0.95 * MB, `${name} is ${text.length} characters`);
      assert.deepEqual(await measure(name, text, { edit: true, fixAll: !(name in FIX_ALL_MANY) }), [], `${name}: over ${BUDGET_MS} ms`);
    });
  }
  void it('outlines 20,000 repeated front matter keys within 1 s (a parent lookup was quadratic: 11 s)', { timeout: 120_000 }, async () => {
    const uri = 'file:///tmp/large/repeated-keys.md';
    const text = FRONT_MATTER_CARD.replace('benchmarks:\n', `${'benchmarks:\n  MMLU: 1\n'.repeat(20_000)}benchmarks:\n`);
    // The analysis itself is engine work (about 2 s here): only the outline is timed.
    const published = client.diagnostics(uri, 1, 60_000);
    await client.open(uri, text);
    await published;
    const c0 = mainThreadCpuMs(client.process.pid);
    const t0 = performance.now();
    const symbols = await client.request<{ children?: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const wall = performance.now() - t0;
    const c1 = mainThreadCpuMs(client.process.pid);
    await client.close(uri);
    const busy = (os.loadavg()[0] ?? 0) >= os.cpus().length && c0 !== null && c1 !== null;
    console.log(`repeated keys outline: wall ${Math.round(wall)} ms, main-thread CPU ${c0 === null || c1 === null ? '?' : c1 - c0} ms`);
    assert.ok((busy ? (c1 ?? 0) - (c0 ?? 0) : wall) <= BUDGET_MS);
    const count = (list: { children?: unknown[] }[]): number => list.reduce((n, s) => n + 1 + count((s.children ?? []) as { children?: unknown[] }[]), 0);
    assert.ok(count(symbols) > 1000 && count(symbols) <= 5000, `${count(symbols)} symbols: the outline is capped at 5,000`);
  });

  for (const [name, count] of Object.entries(FIX_ALL_MANY)) {
    void it(`fix-all within 1 s: ${name}, ${count}`, { timeout: 120_000 }, async () => {
      assert.deepEqual(await measure(`${name}, fix all`, SHAPES[name] ?? '', { edit: false, fixAll: true }), [], `${name}: over ${BUDGET_MS} ms`);
    });
  }
  for (const [name, text] of Object.entries(MANY_UNKNOWN_KEYS)) {
    void it(`answers within 1 s: ${name}`, { timeout: 120_000 }, async () => {
      assert.deepEqual(await measure(name, text, { edit: false, fixAll: true }), [], `${name}: over ${BUDGET_MS} ms`);
    });
  }
});
