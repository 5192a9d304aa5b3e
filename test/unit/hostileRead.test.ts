// Hostile files named to or met by the CLI: FIFOs, devices, sockets, huge files, links out of the folder.
// Every run has a time limit: a hang fails the test, never the suite.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readListedFile } from '../../server/src/node/read';
import { collectFiles } from '../../server/src/node/walk';
import { REPO_ROOT } from './helpers/cards';
import { GOOD_CARD, mkfifo, POSIX, put, runCli, runNode, tempDir, WRONG_ALSCORE } from './helpers/hostile';

const OPTS = { timeout: 60_000, skip: !POSIX && 'FIFOs, devices and symlinks need a POSIX system' };
const TEN_MB = 10 * 1024 * 1024;

let dir = '';
before(() => {
  dir = tempDir('modelcard-hostile-read-');
  put(dir, 'ok.md', GOOD_CARD);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Asserts a run ended by itself (no time-out) with `code`, and stderr names `file` and `why`. */
function assertRefused(r: ReturnType<typeof runCli>, file: string, why: RegExp, code = 2): void {
  assert.equal(r.signal, null, `killed after the time limit: ${r.stderr}`);
  assert.equal(r.code, code, r.stderr);
  const line = r.stderr.split('\n').find((l) => l.includes(file));
  assert.ok(line, r.stderr);
  assert.match(line, why);
}

void describe('hostile files named on the command line', () => {
  void it('a FIFO is refused at once by check, metrics and fix (no writer ever comes)', OPTS, () => {
    assert.ok(mkfifo(path.join(dir, 'fifo.md')));
    for (const cmd of ['check', 'fix']) assertRefused(runCli(dir, cmd, 'fifo.md', 'ok.md'), 'fifo.md', /not a regular file: a FIFO/);
    assertRefused(runCli(dir, 'metrics', 'fifo.md'), 'fifo.md', /not a regular file: a FIFO/);
  });

  void it('a link to /dev/zero, /dev/urandom or /dev/null is refused without reading a byte', OPTS, () => {
    for (const dev of ['/dev/zero', '/dev/urandom', '/dev/null']) {
      const name = `${path.basename(dev)}.md`;
      fs.symlinkSync(dev, path.join(dir, name));
      for (const cmd of ['check', 'metrics']) assertRefused(runCli(dir, cmd, name), name, /not a regular file: a character device/);
      assertRefused(runCli(dir, 'fix', name), name, /not fixed: it links to \/dev\/\w+, outside the paths given/);
    }
  });

  void it('a chain of links ending in a FIFO, and a Unix socket, are refused', OPTS, async () => {
    assert.ok(mkfifo(path.join(dir, 'chain-end')));
    fs.symlinkSync('chain-end', path.join(dir, 'chain-2'));
    fs.symlinkSync('chain-2', path.join(dir, 'chain.md'));
    assertRefused(runCli(dir, 'check', 'chain.md'), 'chain.md', /a FIFO/);
    const sock = path.join(dir, 'sock.md');
    const server = net.createServer().listen(sock);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      assertRefused(runCli(dir, 'check', 'sock.md'), 'sock.md', /not a regular file: a socket/);
    } finally {
      server.close();
    }
  });

  void it('a file over 10 MB is "too large", one of 10 MB is read', OPTS, () => {
    const big = put(dir, 'big/big.md', Buffer.alloc(TEN_MB + 1, 0x61));
    assertRefused(runCli(dir, 'check', 'big/big.md'), 'big.md', /too large: 10\.0 MB, the limit is 10 MB/);
    assertRefused(runCli(dir, 'fix', 'big'), 'big.md', /too large/);
    fs.truncateSync(big, TEN_MB);
    const r = runCli(dir, 'check', 'big/big.md', '--format', 'json');
    assert.equal(r.signal, null);
    assert.equal(r.stderr, '');
    fs.rmSync(path.join(dir, 'big'), { recursive: true });
  });

  void it('a directory named as a card, and --config naming a FIFO, give one clear error', OPTS, () => {
    fs.mkdirSync(path.join(dir, 'folder.md'), { recursive: true });
    assertRefused(runCli(dir, 'metrics', 'folder.md'), 'folder.md', /is a directory/);
    assert.ok(mkfifo(path.join(dir, 'rc-fifo.json')));
    assertRefused(runCli(dir, 'check', 'ok.md', '--config', 'rc-fifo.json'), 'rc-fifo.json', /not a regular file: a FIFO/);
  });
});

void describe('hostile files met by the walk', () => {
  void it('a FIFO, a device link or a socket in a walked folder is skipped; the cards beside it are checked', OPTS, () => {
    const ws = tempDir('modelcard-hostile-walk-');
    put(ws, 'cards/a.md', WRONG_ALSCORE);
    assert.ok(mkfifo(path.join(ws, 'cards', 'pipe.md')));
    fs.symlinkSync('/dev/zero', path.join(ws, 'cards', 'zero.md'));
    const r = runCli(ws, 'check', 'cards', '--format', 'json');
    assert.equal(r.signal, null);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['cards/a.md']);
    fs.rmSync(ws, { recursive: true, force: true });
  });

  void it('a walked file is read without a stat: whole past its reused buffer, refused past the cap, an empty one empty, a FIFO refused', OPTS, () => {
    const ws = tempDir('modelcard-hostile-listed-');
    const copy = (bytes: Buffer): Buffer => Buffer.from(bytes);
    const large = put(ws, 'large.md', Buffer.alloc(600 * 1024, 0x62));
    const small = put(ws, 'small.md', 'abc');
    // A large file, then a small one into the same buffer: each read whole, nothing of the other.
    assert.deepEqual(readListedFile(large, TEN_MB, copy), fs.readFileSync(large));
    assert.equal(readListedFile(small, TEN_MB, (b) => b.toString('utf8')), 'abc');
    assert.throws(() => readListedFile(large, 100 * 1024, copy), /too large: 600 KB, the limit is 100 KB/);
    assert.equal(readListedFile(put(ws, 'empty.md', ''), TEN_MB, (b) => b.length), 0);
    const fifo = path.join(ws, 'pipe.md');
    assert.ok(mkfifo(fifo));
    assert.throws(() => readListedFile(fifo, TEN_MB, copy), /not a regular file: a FIFO/);
    fs.rmSync(ws, { recursive: true, force: true });
  });

  void it('a file replaced by a FIFO between the walk and the read is refused, not waited on', OPTS, () => {
    const ws = tempDir('modelcard-hostile-race-');
    put(ws, 'a.md', GOOD_CARD);
    put(ws, 'b.md', GOOD_CARD);
    // In a child: were the read to block, only the child would hang (and be killed).
    const out = path.join(REPO_ROOT, 'out', 'server', 'src', 'cli');
    const script = `
      const fs = require('fs'), cp = require('child_process');
      const { collectFiles } = require(${JSON.stringify(path.join(REPO_ROOT, 'out', 'server', 'src', 'node', 'walk'))});
      const { checkFiles } = require(${JSON.stringify(path.join(out, 'check'))});
      const { ConfigResolver } = require(${JSON.stringify(path.join(out, 'configPerFile'))});
      const walked = collectFiles(['.'], process.cwd());
      fs.rmSync('a.md');
      cp.execFileSync('mkfifo', ['a.md']);
      const r = checkFiles(walked.files, new ConfigResolver(null, process.cwd()));
      console.log(JSON.stringify({ reports: r.reports.map((x) => x.path), ioErrors: r.ioErrors }));`;
    const r = runNode(script, ws);
    assert.equal(r.signal, null, 'the check hung on the FIFO');
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout) as { reports: string[]; ioErrors: string[] };
    assert.deepEqual(result.reports, ['b.md']);
    assert.deepEqual(result.ioErrors, ['a.md: cannot be read (not a regular file: a FIFO)']);
    fs.rmSync(ws, { recursive: true, force: true });
  });

  void it('never leaves its root through a folder link: not to /, not to an ancestor, not to a sibling', OPTS, () => {
    const ws = tempDir('modelcard-hostile-links-');
    put(ws, 'outside/secret.md', WRONG_ALSCORE);
    put(ws, 'root/cards/a.md', GOOD_CARD);
    put(ws, 'root/cards/v2/b.md', GOOD_CARD);
    fs.symlinkSync('/', path.join(ws, 'root', 'cards', 'slash'));
    fs.symlinkSync('..', path.join(ws, 'root', 'cards', 'up'));
    fs.symlinkSync(path.join(ws, 'outside'), path.join(ws, 'root', 'cards', 'sibling'));
    fs.symlinkSync('v2', path.join(ws, 'root', 'cards', 'latest')); // inside the root: followed, each file once
    const walked = collectFiles(['cards'], path.join(ws, 'root'));
    assert.deepEqual(walked.files.map((f) => f.display), ['cards/a.md', 'cards/latest/b.md']);
    const r = runCli(path.join(ws, 'root'), 'check', 'cards', '--format', 'json');
    assert.equal(r.signal, null);
    assert.equal(r.code, 0, r.stdout);
    fs.rmSync(ws, { recursive: true, force: true });
  });

  void it('a symlinked .modelcardrc.json applies alike when a file or its folder is checked', OPTS, () => {
    const ws = tempDir('modelcard-hostile-rc-');
    put(ws, 'shared/rc.json', JSON.stringify({ rules: { 'alscore-mismatch': 'off' } }));
    put(ws, 'cards/a.md', WRONG_ALSCORE);
    fs.symlinkSync(path.join('..', 'shared', 'rc.json'), path.join(ws, 'cards', '.modelcardrc.json'));
    assert.equal(runCli(ws, 'check', 'cards/a.md').code, 0, 'file: the linked config turns the rule off');
    assert.equal(runCli(ws, 'check', 'cards').code, 0, 'folder: the same');
    fs.rmSync(path.join(ws, 'cards', '.modelcardrc.json'));
    fs.symlinkSync(path.join(ws, 'missing.json'), path.join(ws, 'cards', '.modelcardrc.json'));
    assert.equal(runCli(ws, 'check', 'cards/a.md').code, 1, 'a dangling link is no config');
    assert.equal(runCli(ws, 'check', 'cards').code, 1, 'for the folder neither');
    fs.rmSync(ws, { recursive: true, force: true });
  });
});

void describe('hostile sizes that are allowed', () => {
  void it('a card with one 1 MB line, and a 5 MB card, are checked and fixed in time', { timeout: 60_000 }, () => {
    const ws = tempDir('modelcard-hostile-size-');
    put(ws, 'line.md', WRONG_ALSCORE.replace('Written for the Model Card Studio tests.', 'x'.repeat(1024 * 1024)));
    put(ws, 'five.md', WRONG_ALSCORE.replace('Written for the Model Card Studio tests.', 'Some notes on the model.\n'.repeat(200_000)));
    for (const cmd of ['check', 'fix']) {
      const r = runCli(ws, cmd, 'line.md', 'five.md');
      assert.equal(r.signal, null, `${cmd} timed out`);
      assert.equal(r.stderr, '', cmd);
    }
    assert.equal(runCli(ws, 'check', '.').code, 0, 'fixed');
    fs.rmSync(ws, { recursive: true, force: true });
  });
});
