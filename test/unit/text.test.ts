// LineIndex: lines and offset <-> position mapping for every kind of line break.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/text';

/** The positions of every offset, counted one character at a time (\r\n is one break). */
function reference(text: string): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, character });
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') {
      out.push({ line, character: character + 1 });
      i++;
      line++;
      character = 0;
    } else if (c === '\n' || c === '\r') {
      line++;
      character = 0;
    } else {
      character++;
    }
  }
  return out;
}

void describe('LineIndex', () => {
  void it('splits on \\n, \\r\\n and a lone \\r, keeping a last empty line', () => {
    assert.deepEqual(new LineIndex('a\nb\r\nc\rd\n').lines, ['a', 'b', 'c', 'd', '']);
    assert.deepEqual(new LineIndex('').lines, ['']);
    assert.equal(new LineIndex('x\n\n').lineCount, 3);
  });

  void it('maps offsets to positions and back, as a character-by-character count does', () => {
    const text = '---\r\nmodel_name: X\r\n---\n# X\n\n**Released:** Dec/2024\rend';
    const index = new LineIndex(text);
    const want = reference(text);
    for (let o = 0; o <= text.length; o++) {
      const pos = index.positionAt(o);
      const expected = want[o];
      assert.ok(expected);
      // Inside a \r\n the position is the line end, like editors place it.
      if (text[o - 1] === '\r' && text[o] === '\n') assert.deepEqual(pos, { line: expected.line, character: expected.character - 1 });
      else assert.deepEqual(pos, expected, `offset ${o}`);
      if (!(text[o - 1] === '\r' && text[o] === '\n')) assert.equal(index.offsetAt(pos), o, `offset ${o} back`);
    }
    assert.equal(index.lineStart(1), 5);
    assert.equal(index.lineStart(3), 24);
    assert.equal(index.offsetAt({ line: 99, character: 0 }), text.length);
    assert.equal(index.offsetAt({ line: -1, character: 5 }), 0);
  });

  void it('round-trips every offset of random text with mixed line breaks', () => {
    const chars = fc.constantFrom('a', 'é', '😀', ' ', '\n', '\r', '\r\n');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((xs) => xs.join('')), (text) => {
        const index = new LineIndex(text);
        assert.equal(index.lines.join('\n').length <= text.length, true);
        for (let o = 0; o <= text.length; o++) {
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          assert.equal(index.offsetAt(index.positionAt(o)), o);
        }
      }),
    );
  });
});
