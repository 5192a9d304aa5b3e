// The front matter hot path skips gray-matter's wrapper when a block has a line that is not a comment:
// each case checks that gray-matter itself agrees (it hands the block to its engine unchanged, or not).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import matter from 'gray-matter';
import { hasContentLine } from '../../server/src/core/parse/yamlDocument';

/** What gray-matter does with a block as readYamlBlock gives it: the text the engine gets, or null when it skips the block. */
function grayMatterHands(block: string): string | null {
  let got: string | null = null;
  const engine = (s: string): object => {
    got = s;
    return {};
  };
  matter(`---${block}\n---\n`, { language: 'yaml', engines: { yaml: engine } });
  return got;
}

const CONTENT = ['\nlicense: mit', '\n# a comment\nlicense: mit', '\n\n  \nkey: 1\n# after', '\n\u00a0key: 1', '\n\u2028key: 1', '\n  - item', '\n"#quoted": 1'];
const SKIPPED = ['\n# only a comment', '\n\n   \n', '\n  # indented\n#another', '\n\u00a0# no-break space then a comment', '\n#a\u2028key: 1', ''];

void describe('gray-matter fast path', () => {
  void it('a block with a line that is not a comment: gray-matter hands it over unchanged, so the fast path may', () => {
    for (const block of CONTENT) {
      assert.equal(hasContentLine(block), true, JSON.stringify(block));
      assert.equal(grayMatterHands(block), block, JSON.stringify(block));
    }
  });

  void it('comments and blank lines only, or a `---` line inside: left to gray-matter', () => {
    for (const block of SKIPPED) assert.equal(hasContentLine(block), false, JSON.stringify(block));
    for (const block of SKIPPED) if (block !== '') assert.equal(grayMatterHands(block), null, JSON.stringify(block));
    assert.equal(hasContentLine('\nkey: 1\n---\nmore: 2'), false);
  });
});
