// Every id of the Hub's lists has its display name: a list refreshed without names fails here.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HF_LICENSE_IDS, HF_PIPELINE_TAGS, HF_REMOVED_PIPELINE_TAGS } from '../../server/src/core/vocabulary/huggingface/lists';
import { HF_LICENSE_NAMES, HF_TASK_NAMES } from '../../server/src/core/vocabulary/huggingface/names';

void describe('Hugging Face names', () => {
  void it('names every license id and no other', () => {
    assert.deepEqual([...HF_LICENSE_NAMES.keys()], [...HF_LICENSE_IDS]);
  });

  void it('names every task, removed tasks included', () => {
    const tags = [...HF_PIPELINE_TAGS, ...HF_REMOVED_PIPELINE_TAGS.map((r) => r.tag)];
    assert.deepEqual([...HF_TASK_NAMES.keys()].sort(), [...tags].sort());
    assert.equal(HF_TASK_NAMES.get('text-generation')?.name, 'Text Generation');
    assert.equal(HF_TASK_NAMES.get('constructor'), undefined);
  });
});
