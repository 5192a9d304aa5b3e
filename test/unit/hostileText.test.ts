// Hostile text: escape sequences and newlines from cards and file names never reach the terminal raw
// (JSON and SARIF stay exact), and bytes that are not UTF-8 survive a decode/encode round trip.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as fc from 'fast-check';
import { escapeControl } from '../../server/src/cli/terminal';
import { decodeCard, encodeCard, firstInvalidByte } from '../../server/src/node/utf8';
import { POSIX, put, runCli, tempDir, WRONG_ALSCORE } from './helpers/hostile';

// Sets the window title, clears the screen, and a bidi override that reverses what follows.
const ATTACK = '\x1b]0;pwned\x07\x1b[2J\x1b[H\u202eevil\u0085\x9b31m\x7f';
// What a terminal must never receive from us: C0 except tab and newline, DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

let dir = '';
before(() => {
  dir = tempDir('modelcard-hostile-text-');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

void describe('terminal output', () => {
  void it('escapes C0, DEL, C1 and bidi controls, and keeps tab and ordinary text', () => {
    assert.equal(escapeControl('a\tb'), 'a\tb');
    assert.equal(escapeControl('a\nb\r'), 'a\\nb\\r');
    assert.equal(escapeControl('\x1b[2J'), '\\x1b[2J');
    assert.equal(escapeControl('\x7f\x85\u202e\u2066'), '\\x7f\\x85\\u202e\\u2066');
    assert.equal(escapeControl('Ünïcödé ✅ 🟢 √'), 'Ünïcödé ✅ 🟢 √');
  });

  void it('a card whose text holds escape sequences: check, fix and metrics print them escaped', () => {
    const card = WRONG_ALSCORE.replace('# Aurora 78B', `# Aurora ${ATTACK}`).replace('- **ALScore:** 3.1', `- **ALScore:** 3.1${ATTACK}`);
    put(dir, 'attack.md', card);
    for (const args of [['check', 'attack.md'], ['metrics', 'attack.md'], ['fix', 'attack.md']]) {
      const r = runCli(dir, ...args);
      assert.equal(r.signal, null);
      assert.doesNotMatch(r.stdout, RAW, `${args.join(' ')} stdout`);
      assert.doesNotMatch(r.stderr, RAW, `${args.join(' ')} stderr`);
    }
    assert.match(runCli(dir, 'metrics', 'attack.md').stdout, /^Aurora \\x1b\]0;pwned\\x07/);
  });

  void it('a file name with a newline and an ESC stays on one output line, in findings, notes and errors', { skip: !POSIX && 'such names need POSIX' }, () => {
    const ws = tempDir('modelcard-hostile-names-');
    const name = 'evil\nname\x1b[31m.md';
    put(ws, name, WRONG_ALSCORE.replace('- **Formula:** √(Parameters × Tokens) ÷ 300\n', ''));
    fs.symlinkSync('/dev/zero', path.join(ws, 'zero\n\x1b[2J.md'));
    const check = runCli(ws, 'check', '.');
    assert.equal(check.code, 1, check.stderr);
    const lines = check.stdout.trimEnd().split('\n');
    for (const l of lines.slice(0, -1)) assert.ok(l.startsWith('evil\\nname\\x1b[31m.md:'), l);
    const fix = runCli(ws, 'fix', '.');
    assert.match(fix.stdout, /^fixed evil\\nname\\x1b\[31m\.md$/m);
    const zero = runCli(ws, 'check', 'zero\n\x1b[2J.md');
    assert.equal(zero.stderr, 'modelcard: zero\\n\\x1b[2J.md: cannot be read (not a regular file: a character device)\n');
    for (const r of [check, fix, zero]) assert.doesNotMatch(r.stdout + r.stderr, RAW);
    fs.rmSync(ws, { recursive: true, force: true });
  });

  void it('JSON and SARIF carry the same text exactly, JSON-escaped, with no raw control character', () => {
    const card = WRONG_ALSCORE.replace('- **ALScore:** 3.1', `- **ALScore:** 3.1${ATTACK}`);
    put(dir, 'json.md', card);
    const json = runCli(dir, 'check', 'json.md', '--format', 'json');
    const sarif = runCli(dir, 'check', 'json.md', '--format', 'sarif');
    for (const r of [json, sarif]) {
      // JSON escapes C0 itself (SARIF's own line breaks aside); DEL, C1 and bidi marks are legal JSON text.
      // eslint-disable-next-line no-control-regex -- the test looks for raw C0 characters
      assert.doesNotMatch(r.stdout, /[\x00-\x09\x0B-\x1F]/);
      assert.ok(r.stdout.includes('\\u001b]0;pwned\\u0007'), 'the ESC is JSON-escaped, not dropped');
    }
    const parsed = JSON.parse(json.stdout) as { files: { diagnostics: { message: string }[] }[] };
    assert.ok(parsed.files[0]?.diagnostics.some((d) => d.message.includes(ATTACK)), 'the message is exact once parsed');
  });
});

void describe('card bytes', () => {
  void it('decode/encode gives back any bytes at all, BOM or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const buf = Buffer.from(bytes);
        const d = decodeCard(buf, true);
        assert.ok(encodeCard(d.text, d.bom).equals(buf));
      }),
      { numRuns: 2000 },
    );
  });

  void it('decodes valid UTF-8 as Node does, and names the line of the first bad byte', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const buf = Buffer.from(text, 'utf8');
        assert.equal(firstInvalidByte(buf), -1);
        assert.deepEqual(decodeCard(buf, true), { text: text.startsWith('\uFEFF') ? text.slice(1) : text, bom: text.startsWith('\uFEFF'), invalidLine: null });
      }),
    );
    // Overlong, surrogate, past U+10FFFF, a lone continuation, and a truncated sequence at the end.
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82]]) {
      const buf = Buffer.concat([Buffer.from('line 1\nline 2\nab'), Buffer.from(bad)]);
      assert.equal(firstInvalidByte(buf), 16, bad.join(','));
      assert.equal(decodeCard(buf, false).invalidLine, 3);
      assert.ok(decodeCard(buf, false).text.endsWith('\uFFFD'));
    }
  });

  void it('keeps an edit next to an escaped byte, and a real surrogate pair, as they are', () => {
    const buf = Buffer.concat([Buffer.from('a'), Buffer.from([0xff]), Buffer.from('😀 \u{10080}')]);
    const d = decodeCard(buf, true);
    const edited = d.text.replace('a', 'bb');
    assert.ok(encodeCard(edited, false).equals(Buffer.concat([Buffer.from('bb'), Buffer.from([0xff]), Buffer.from('😀 \u{10080}')])));
  });
});
