// The Hugging Face value lists embedded in lists.ts equal ../shared/hf/*.txt (run `npm run gen:hf` when they drift).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  HF_LIBRARY_NAMES,
  HF_LICENSE_IDS,
  HF_PIPELINE_TAGS,
  HF_REMOVED_PIPELINE_TAGS,
} from '../../server/src/core/vocabulary/huggingface/lists';
import { REPO_ROOT, SHARED } from '../helpers/paths';

const SHARED_HF = path.join(SHARED, 'hf');
const skip = fs.existsSync(SHARED_HF) ? false : `no lists at ${SHARED_HF}`;

/** One id a line, trimmed, blank lines dropped: what scripts/gen-hf-lists.mjs reads. */
function readList(name: string): string[] {
  return fs
    .readFileSync(path.join(SHARED_HF, name), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const DRIFT = 'lists.ts drifted from ../shared/hf: run npm run gen:hf';

void describe('Hugging Face value lists', () => {
  void it('license ids equal ../shared/hf/license_ids.txt', { skip }, () => {
    assert.deepEqual([...HF_LICENSE_IDS], readList('license_ids.txt'), DRIFT);
  });

  void it('pipeline tags equal ../shared/hf/pipeline_tags.txt', { skip }, () => {
    assert.deepEqual([...HF_PIPELINE_TAGS], readList('pipeline_tags.txt'), DRIFT);
  });

  void it('library names equal ../shared/hf/library_names.txt', { skip }, () => {
    assert.deepEqual([...HF_LIBRARY_NAMES], readList('library_names.txt'), DRIFT);
  });

  void it('the header states the counts of the current lists', { skip }, () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'server', 'src', 'core', 'vocabulary', 'huggingface', 'lists.ts'), 'utf8');
    assert.match(text, new RegExp(`HF_LICENSE_IDS \\(${readList('license_ids.txt').length}\\)`), DRIFT);
    assert.match(text, new RegExp(`HF_PIPELINE_TAGS \\(${readList('pipeline_tags.txt').length}\\)`), DRIFT);
    assert.match(text, new RegExp(`HF_LIBRARY_NAMES \\(${readList('library_names.txt').length}\\)`), DRIFT);
  });

  void it('are frozen, lower case where the Hub wants it, and free of duplicates', () => {
    for (const list of [HF_LICENSE_IDS, HF_PIPELINE_TAGS, HF_LIBRARY_NAMES]) {
      assert.ok(Object.isFrozen(list));
      assert.equal(new Set(list).size, list.length);
    }
    assert.ok(Object.isFrozen(HF_REMOVED_PIPELINE_TAGS));
    for (const id of [...HF_LICENSE_IDS, ...HF_PIPELINE_TAGS]) assert.equal(id, id.toLowerCase());
    assert.ok(HF_LICENSE_IDS.includes('other'));
  });

  void it('removed pipeline tags are not listed and name a listed replacement', () => {
    for (const r of HF_REMOVED_PIPELINE_TAGS) {
      assert.ok(Object.isFrozen(r));
      assert.ok(!HF_PIPELINE_TAGS.includes(r.tag), r.tag);
      assert.ok(HF_PIPELINE_TAGS.includes(r.replacement), r.replacement);
    }
    assert.deepEqual(
      HF_REMOVED_PIPELINE_TAGS.map((r) => r.tag),
      ['conversational', 'text2text-generation'],
    );
  });
});
