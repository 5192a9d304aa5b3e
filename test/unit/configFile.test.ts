// Finding .modelcardrc.json: the one lookup the CLI and the language server share.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findConfigFile } from '../../server/src/node/configFile';

void describe('findConfigFile', () => {
  let root = '';
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-rc-'));
    fs.mkdirSync(path.join(root, 'repo', 'models', 'lab'), { recursive: true });
    fs.writeFileSync(path.join(root, 'repo', '.modelcardrc.json'), '{}');
    // A directory with the config's name is not a config file.
    fs.mkdirSync(path.join(root, 'repo', 'models', '.modelcardrc.json'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  void it('finds the nearest file above, skipping a directory of the same name', () => {
    assert.equal(findConfigFile(path.join(root, 'repo', 'models', 'lab')), path.join(root, 'repo', '.modelcardrc.json'));
  });

  void it('stops at stopAt', () => {
    assert.equal(findConfigFile(path.join(root, 'repo', 'models', 'lab'), { stopAt: path.join(root, 'repo', 'models') }), null);
    assert.equal(findConfigFile(path.join(root, 'repo', 'models', 'lab'), { stopAt: path.join(root, 'repo') }), path.join(root, 'repo', '.modelcardrc.json'));
  });

  void it('remembers the answer for every directory it passed, and trusts a walk listing over the disk', () => {
    const memo = new Map<string, string | null>();
    const lab = path.join(root, 'repo', 'models', 'lab');
    const found = findConfigFile(lab, { memo });
    assert.equal(memo.get(lab), found);
    assert.equal(memo.get(path.join(root, 'repo', 'models')), found);
    assert.equal(memo.get(path.join(root, 'repo')), found);
    // A listing that saw no config in repo/ wins over the file on disk; the walk up goes on past it.
    const listed = new Map([[path.join(root, 'repo'), false]]);
    assert.notEqual(findConfigFile(lab, { listed, stopAt: path.join(root, 'repo') }), path.join(root, 'repo', '.modelcardrc.json'));
  });
});
