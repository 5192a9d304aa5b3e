// `modelcard fix` on hostile cards: a full disk, bytes that are not UTF-8, a BOM, CRLF, links and hard
// links. Only the fixed span may change, and nothing outside the paths given is ever written.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';
import { fixAll } from '../../server/src/core';
import { writeOps } from '../../server/src/node/write';
import { FORMULA_LINE, GOOD_CARD, NO_FORMULA, POSIX, put, runCli, tempDir, WRONG_ALSCORE } from './helpers/hostile';

const POSIX_ONLY = { skip: !POSIX && 'needs POSIX links and modes' };
const NOTES = 'Written for the Model Card Studio tests.';
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

let dir = '';
before(() => {
  dir = tempDir('modelcard-hostile-fix-');
  // The premise of every byte comparison below: the certain fixes turn these cards into GOOD_CARD.
  assert.equal(fixAll(WRONG_ALSCORE), GOOD_CARD);
  assert.equal(fixAll(NO_FORMULA), GOOD_CARD);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh folder under the suite's temp dir. */
let n = 0;
const folder = (): string => fs.mkdtempSync(path.join(dir, `case${n++}-`));

/** `card` as bytes with `garbage` spliced in place of the notes line's text. */
const withBytes = (card: string, garbage: number[]): Buffer => {
  const [head = '', tail = ''] = card.split(NOTES);
  return Buffer.concat([Buffer.from(head), Buffer.from(garbage), Buffer.from(tail)]);
};

void describe('fix on a full disk', () => {
  const real = { ...writeOps };
  afterEach(() => Object.assign(writeOps, real));
  const failures: [string, () => void][] = [
    ['ENOSPC half way through the write', () => {
      let calls = 0;
      writeOps.writeSync = ((fd: number, data: Uint8Array, offset: number, length: number) => {
        if (calls++ > 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        return real.writeSync(fd, data, offset, Math.ceil(length / 2));
      }) as typeof fs.writeSync;
    }],
    ['EIO on fsync', () => {
      writeOps.fsyncSync = () => {
        throw Object.assign(new Error('i/o error'), { code: 'EIO' });
      };
    }],
    ['EXDEV on rename', () => {
      writeOps.renameSync = () => {
        throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
      };
    }],
  ];
  for (const [name, inject] of failures) {
    void it(`keeps the original bytes, leaves no temporary file, exits 2 with one line: ${name}`, async () => {
      const ws = folder();
      const original = withBytes(crlf(WRONG_ALSCORE), [0xff]);
      const card = put(ws, 'card.md', original);
      inject();
      const out = await run(['fix', 'card.md'], ws);
      assert.equal(out.code, 2);
      // One line for the write; the check after it names the card's stray byte (a file named must be UTF-8).
      assert.deepEqual(out.stderr.slice(1), ['card.md: cannot be read (not UTF-8 text)'], out.stderr.join('\n'));
      assert.match(out.stderr[0] ?? '', /^card\.md: cannot be written \((ENOSPC|EIO|EXDEV)\); the file is unchanged$/);
      assert.ok(fs.readFileSync(card).equals(original), 'the card is byte for byte as before');
      assert.deepEqual(fs.readdirSync(ws), ['card.md'], 'the temporary file is removed');
    });
  }
});

void describe('fix changes only the fixed span', () => {
  void it('keeps bytes that are not UTF-8 elsewhere in the card, byte for byte', () => {
    const ws = folder();
    const garbage = [0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xe2, 0x82, 0x41, 0xc0, 0xaf, 0xe2, 0x82];
    const file = put(ws, 'card.md', withBytes(WRONG_ALSCORE, garbage));
    const r = runCli(ws, 'fix', 'card.md');
    assert.equal(r.signal, null);
    // Fixed; the check after the fix says the card is still not UTF-8 text (exit 2), as for any file named.
    assert.match(r.stdout, /^fixed card\.md$/m);
    assert.equal(r.code, 2, r.stderr + r.stdout);
    assert.match(r.stderr, /card\.md: cannot be read \(not UTF-8 text\)/);
    assert.ok(fs.readFileSync(file).equals(withBytes(GOOD_CARD, garbage)));
  });

  void it('keeps a UTF-8 BOM, and an invalid byte at the very end', () => {
    const ws = folder();
    const bom = [0xef, 0xbb, 0xbf];
    const file = put(ws, 'card.md', Buffer.concat([Buffer.from(bom), Buffer.from(WRONG_ALSCORE), Buffer.from([0xc3])]));
    assert.equal(runCli(ws, 'fix', 'card.md').code, 2, 'fixed, then named as not UTF-8 text');
    assert.ok(fs.readFileSync(file).equals(Buffer.concat([Buffer.from(bom), Buffer.from(GOOD_CARD), Buffer.from([0xc3])])));
  });

  void it('writes an inserted line with CRLF in a CRLF card, and each line break of a mixed card as it was', () => {
    const ws = folder();
    const all = put(ws, 'crlf.md', crlf(NO_FORMULA));
    // Mixed: CRLF up to the ALScore line (where the Formula line goes), LF after it.
    const at = NO_FORMULA.indexOf('- **ALScore:**');
    const mixed = put(ws, 'mixed.md', crlf(NO_FORMULA.slice(0, at)) + NO_FORMULA.slice(at));
    const mixedLf = put(ws, 'mixed-lf.md', NO_FORMULA.slice(0, at) + crlf(NO_FORMULA.slice(at)));
    assert.equal(runCli(ws, 'fix', '.').code, 0);
    assert.equal(fs.readFileSync(all, 'utf8'), crlf(GOOD_CARD));
    assert.ok(GOOD_CARD.indexOf(FORMULA_LINE) > at, 'the Formula line goes after the ALScore line');
    // The ALScore line ends in LF in mixed.md, in CRLF in mixed-lf.md: the new line follows its neighbour.
    assert.equal(fs.readFileSync(mixed, 'utf8'), crlf(GOOD_CARD.slice(0, at)) + GOOD_CARD.slice(at));
    assert.equal(fs.readFileSync(mixedLf, 'utf8'), GOOD_CARD.slice(0, at) + crlf(GOOD_CARD.slice(at)));
  });

  void it('refuses a UTF-16 card or one holding a NUL byte, leaving it as it was', () => {
    const ws = folder();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WRONG_ALSCORE, 'utf16le')]);
    const a = put(ws, 'utf16.md', utf16);
    const b = put(ws, 'nul.md', withBytes(WRONG_ALSCORE, [0]));
    const r = runCli(ws, 'fix', 'utf16.md', 'nul.md');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /utf16\.md: not fixed: not UTF-8 text/);
    assert.match(r.stderr, /nul\.md: not fixed: not UTF-8 text/);
    assert.ok(fs.readFileSync(a).equals(utf16));
    assert.ok(fs.readFileSync(b).equals(withBytes(WRONG_ALSCORE, [0])));
  });
});

void describe('fix and links', () => {
  void it('keeps the card\'s permission bits; a hard link keeps the old content', POSIX_ONLY, () => {
    const ws = folder();
    const card = put(ws, 'card.md', WRONG_ALSCORE);
    fs.chmodSync(card, 0o640);
    fs.linkSync(card, path.join(ws, 'hardlink.txt'));
    assert.equal(runCli(ws, 'fix', 'card.md').code, 0);
    assert.equal(fs.readFileSync(card, 'utf8'), GOOD_CARD);
    assert.equal(fs.statSync(card).mode & 0o777, 0o640);
    assert.equal(fs.readFileSync(path.join(ws, 'hardlink.txt'), 'utf8'), WRONG_ALSCORE, 'the other link is another file now');
    assert.equal(fs.statSync(card).nlink, 1);
  });

  void it('writes through a link to a card inside the folder, and the link stays a link', POSIX_ONLY, () => {
    const ws = folder();
    const target = put(ws, 'cards/real.txt', WRONG_ALSCORE);
    fs.symlinkSync('real.txt', path.join(ws, 'cards', 'card.md'));
    assert.equal(runCli(ws, 'fix', 'cards').code, 0);
    assert.ok(fs.lstatSync(path.join(ws, 'cards', 'card.md')).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), GOOD_CARD);
  });

  void it('never writes outside the paths given: file links, folder links and link chains out are skipped', POSIX_ONLY, () => {
    const ws = folder();
    const outside = put(ws, 'outside/victim.md', WRONG_ALSCORE);
    put(ws, 'repo/ok.md', WRONG_ALSCORE);
    fs.symlinkSync(path.join('..', 'outside', 'victim.md'), path.join(ws, 'repo', 'link.md'));
    fs.symlinkSync('link.md', path.join(ws, 'repo', 'chain.md'));
    fs.symlinkSync(path.join(ws, 'outside'), path.join(ws, 'repo', 'dirlink'));
    fs.symlinkSync(ws, path.join(ws, 'repo', 'up'));
    const r = runCli(ws, 'fix', 'repo');
    assert.equal(r.signal, null);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /repo\/link\.md: not fixed: it links to .*outside[\\/]victim\.md, outside the paths given/);
    assert.match(r.stderr, /repo\/chain\.md: not fixed/);
    assert.equal(r.stderr.trim().split('\n').length, 2, r.stderr);
    assert.equal(fs.readFileSync(outside, 'utf8'), WRONG_ALSCORE, 'the file outside is untouched');
    assert.equal(fs.readFileSync(path.join(ws, 'repo', 'ok.md'), 'utf8'), GOOD_CARD, 'the card inside is fixed');
    // Named on its own, the link is still outside the folder it sits in.
    assert.equal(runCli(path.join(ws, 'repo'), 'fix', 'link.md').code, 2);
    assert.equal(fs.readFileSync(outside, 'utf8'), WRONG_ALSCORE);
    // Given both folders, the link's target is inside what was given.
    assert.equal(runCli(ws, 'fix', 'repo', 'outside').code, 0);
    assert.equal(fs.readFileSync(outside, 'utf8'), GOOD_CARD);
  });
});
