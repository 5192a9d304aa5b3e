// The shared sample repository (../shared/cards, skipped when absent): the repository rules find its real
// defects (free-text link targets, architecture pages that do not exist, prose links to cards the sample
// left out) and nothing else.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { loadRepositorySync } from '../../server/src/node/repository';
import { SHARED_REPO } from '../helpers/paths';

const skip = fs.existsSync(`${SHARED_REPO}/models`) ? false : `no shared sample at ${SHARED_REPO}`;

void describe('shared sample repository', () => {
  void it('has only its real broken links', { skip }, () => {
    const { index } = loadRepositorySync(SHARED_REPO);
    const found = index.paths().flatMap((p) => index.findings(p).map((f) => `${f.rule} ${p}:${f.range.start.line + 1}:${f.range.start.character + 1}`));
    assert.deepEqual(found, [
      'broken-link architectures/dense.md:32:90',
      'broken-link architectures/dense.md:35:89',
      'broken-link insights/architecture-innovations-2025.md:29:15',
      'broken-link insights/architecture-innovations-2025.md:30:12',
      'broken-link models/baidu/plato-xl.md:49:22',
      'broken-link models/cerebras/sparse-llama-7b.md:58:27',
      'broken-link models/fireworks/f1.md:58:29',
      'broken-link models/google-deepmind/gemma-3n.md:58:30',
      'broken-link models/google/lamda-2.md:49:22',
      'broken-link models/ibm/granite.md:58:22',
      'broken-link models/sambanova/samba-1.md:58:24',
      'broken-link rankings/by-date.md:13:89',
      'broken-link rankings/by-date.md:20:90',
      'broken-link rankings/by-parameters.md:20:96',
      'broken-link rankings/by-parameters.md:33:95',
    ]);
    // Every row of its tables agrees with its card.
    assert.ok(index.paths().some((p) => index.isDerivedPage(p)));
  });
});
