// Property: names Object.prototype already has (`constructor`, `__proto__`, `toString`, …), written as
// field labels and values, benchmark names, tags, links and front matter keys and values, reach every face
// of the card service at every position without a throw, without leaking a prototype member into the
// output (`function Object()`, `[native code]`, `[object Object]`), and with every range inside the document.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CodeActionKind, type Position, type Range } from 'vscode-languageserver-types';
import { analyzeCard, DEFAULT_CONFIG } from '../../server/src/core';
import { createCardService, FIX_ALL_KIND, type CardDocument } from '../../server/src/core/service';
import { SEED, SEED_BOTH, SEED_FM } from './helpers/variants';
import { seeded, SEED_NOTE } from './helpers/seed';

const HOSTILE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__'];
const LEAKS = ['function Object()', '[native code]', '[object Object]', 'function ()'];

/** Body lines with the word `$` in every place a card names something. */
const BODY_PARTS = [
  '# $', '> $, `$`', '**$:** $', '**Organization:** [$](../../labs/$.md)', '**Released:** $', '**Access:** $',
  '- **$:** $', '- **Type:** $', '- **Parameters:** $', '- **Training Tokens:** $', '- **ALScore:** $', '- **Token:Param Ratio:** $',
  '## $', '### $', '| **$** | 50.0 | $ |', '| $ | $ | $ |', '`$`, `$`', '[$](#$) and [$][$]', '[$]: https://example.org/$', '<!-- modelcard-disable $ -->',
];
/** Front matter entries with the word `$` as keys and values, at the top and nested. */
const FM_PARTS = [
  '$: $', '$:\n  $: $', '$:\n  - $', 'benchmarks:\n  $: 50', 'tags: [$]', 'license: $', 'pipeline_tag: $', 'library_name: $', 'base_model: $',
  'datasets: [$]', 'language:\n- $', 'widget:\n- text: $', 'model-index:\n- name: $\n  results:\n  - task:\n      type: $\n    dataset:\n      name: $\n      type: $\n    metrics:\n    - type: $\n      value: 1\n      name: $',
  '"$": 1', '$: &$ {$: $}\n$2: *$',
];

const word = fc.constantFrom(...HOSTILE);
const filled = (parts: string[]): fc.Arbitrary<string> => fc.tuple(fc.constantFrom(...parts), word).map(([p, w]) => p.replaceAll('$', w));

/** A seed card with hostile body lines spliced in at random places, and a hostile front matter block or none. */
const hostileCard = fc
  .record({
    base: fc.constantFrom(SEED, SEED_FM, SEED_BOTH, ''),
    body: fc.array(fc.tuple(fc.nat(), filled(BODY_PARTS)), { maxLength: 8 }),
    fm: fc.option(fc.array(filled(FM_PARTS), { minLength: 1, maxLength: 6 }), { nil: null }),
  })
  .map(({ base, body, fm }) => {
    const lines = base.split('\n');
    for (const [at, line] of body) lines.splice(at % (lines.length + 1), 0, line);
    const text = lines.join('\n');
    if (fm === null) return text;
    // Prepend to a body card; merge into a card that has front matter already.
    return text.startsWith('---\n') ? `---\n${fm.join('\n')}\n${text.slice(4)}` : `---\n${fm.join('\n')}\n---\n${text}`;
  });

/** Every {line, character} in a value lies inside the document; every {start, end} is ordered. */
function assertPositionsInside(value: unknown, lines: readonly string[], where: string, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.line === 'number' && typeof o.character === 'number') {
    assert.ok(o.line >= 0 && o.line < lines.length, `${where}: line ${o.line} outside 0..${lines.length - 1}`);
    assert.ok(o.character >= 0 && o.character <= (lines[o.line] ?? '').length, `${where}: character ${o.character} outside line ${o.line}`);
  }
  const s = o.start as Position | undefined;
  const e = o.end as Position | undefined;
  if (s && e && typeof s === 'object' && typeof e === 'object' && typeof s.line === 'number' && typeof e.line === 'number') {
    assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), `${where}: range ends before it starts ${JSON.stringify(o)}`);
  }
  for (const v of Object.values(o)) assertPositionsInside(v, lines, where, seen);
}

function assertClean(output: unknown, lines: readonly string[], where: string): void {
  const json = JSON.stringify(output) ?? '';
  for (const leak of LEAKS) assert.ok(!json.includes(leak), `${where} leaks ${leak}: ${json.slice(Math.max(0, json.indexOf(leak) - 120), json.indexOf(leak) + 60)}`);
  assertPositionsInside(output, lines, where);
}

/** Positions worth asking at: line starts and ends, past the end, and the start, middle and end of every hostile word. */
function positionsOf(lines: readonly string[]): Position[] {
  const out: Position[] = [];
  lines.forEach((text, line) => {
    out.push({ line, character: 0 }, { line, character: text.length }, { line, character: text.length + 3 });
    for (const w of HOSTILE) {
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push({ line, character: at }, { line, character: at + (w.length >> 1) }, { line, character: at + w.length });
    }
  });
  out.push({ line: lines.length, character: 0 }, { line: -1, character: 0 }, { line: 0, character: -1 });
  return out;
}

const service = createCardService({
  otherBenchmarks: () => HOSTILE,
  labs: () => HOSTILE.map((slug) => ({ slug, name: slug, link: `../../labs/${slug}.md` })),
  now: () => new Date('2025-06-15T12:00:00Z'),
});

/** Calls every method of the service on one card, at every position of `positionsOf`. */
function everyFace(text: string, assumeCard: boolean): void {
  const doc: CardDocument = { uri: 'file:///w/models/card.md', analysis: analyzeCard(text, { assumeCard }), config: DEFAULT_CONFIG, assumeCard };
  const lines = doc.analysis.index.lines;
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  const diagnostics = service.diagnostics(doc);
  assertClean(diagnostics, lines, 'diagnostics');
  assertClean(service.documentSymbols(doc), lines, 'documentSymbols');
  assertClean(service.inlayHints(doc, whole), lines, 'inlayHints');
  assertClean(service.preview(doc, 1, true), lines, 'preview');
  assertClean(service.codeActions(doc, whole, { diagnostics: [] }), lines, 'codeActions (no diagnostics)');
  assertClean(service.codeActions(doc, whole, { diagnostics, only: [CodeActionKind.QuickFix, FIX_ALL_KIND] }), lines, 'codeActions (fix all)');
  for (const d of diagnostics) assertClean(service.codeActions(doc, d.range, { diagnostics: [d] }), lines, `codeActions ${String(d.code)}`);
  for (const p of positionsOf(lines)) {
    const at = `${p.line}:${p.character} ${JSON.stringify(lines[p.line] ?? '')}`;
    assertClean(service.hover(doc, p), lines, `hover ${at}`);
    assertClean(service.completions(doc, p), lines, `completion ${at}`);
  }
}

void describe('hostile names at every face of the card service', () => {
  void it('no throw, no prototype member in any output, every range inside', (t) => {
    t.diagnostic(SEED_NOTE);
    fc.assert(
      fc.property(hostileCard, fc.boolean(), (text, assumeCard) => everyFace(text, assumeCard)),
      seeded(25),
    );
  });

  void it('each hostile word in each place, once (the cases random choice may miss)', () => {
    for (const w of HOSTILE) {
      const body = BODY_PARTS.map((p) => p.replaceAll('$', w)).join('\n');
      const fm = FM_PARTS.map((p) => p.replaceAll('$', w)).join('\n');
      everyFace(`${SEED}\n${body}\n`, false);
      everyFace(`---\n${fm}\n---\n${SEED}`, false);
      everyFace(`---\n${fm}\n---\n${body}\n`, true);
    }
  });
});
