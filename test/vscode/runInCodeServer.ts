// Runs the extension-host suite in code-server (real VS Code 1.96 on loopback) where VS Code cannot be downloaded.
// The workbench takes the development extension and the suite from its `payload` URL parameter, as VS Code's own web
// integration tests do; the suite's console output reaches the page, where chromium (playwright-core) reads it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { writeWorkspace } from './cards';
import { RESULT_MARKER } from './suite/index';

const REPO = resolve(__dirname, '../../..');
const CODE_SERVER = process.env.CODE_SERVER_ENTRY ?? join(REPO, '.cache/e2e/code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = 5 * 60 * 1000;

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function main(): Promise<number> {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server not found at ${CODE_SERVER}: install it (test/e2e/setup.sh) or set CODE_SERVER_ENTRY`);
  const run = mkdtempSync(join(tmpdir(), 'modelcard-codeserver-'));
  const workspace = writeWorkspace();
  mkdirSync(join(run, 'user/User'), { recursive: true });
  writeFileSync(join(run, 'user/User/settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.ignoreRecommendations': true }));
  const port = await freePort();
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_') && k !== 'PORT' && k !== 'PASSWORD'));
  const args = [CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', join(run, 'user'), '--extensions-dir', join(run, 'extensions'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace];
  const server = spawn(process.execPath, args, { env: { ...env, XDG_CONFIG_HOME: join(run, 'xdg') }, stdio: ['ignore', 'pipe', 'pipe'] });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  try {
    await new Promise<void>((ready, fail) => {
      const onData = (d: Buffer): void => {
        if (String(d).includes('HTTP server listening')) ready();
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', onData);
      server.on('exit', (code) => fail(new Error(`code-server exited with ${code}`)));
    });
    const authority = `127.0.0.1:${port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${authority}${REPO}`],
      ['extensionTestsPath', `vscode-remote://${authority}${join(__dirname, 'suite/index')}`],
    ]);
    const page = await browser.newPage();
    const result = new Promise<number>((done) => {
      page.on('console', (message) => {
        const text = message.text().replace(/%c\s*\w+\s+color: #\w+\s*/, '');
        if (!/^\[network\]|open-vsx|Creating a socket|connection token/.test(text)) console.log(text);
        const m = new RegExp(`${RESULT_MARKER} failures=(\\d+)`).exec(text);
        if (m) done(Number(m[1]));
      });
    });
    await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`no suite result within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)));
    try {
      return await Promise.race([result, timeout]);
    } catch (error) {
      mkdirSync(join(REPO, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(REPO, 'test-results/vscode-suite.png') });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser.close();
    server.kill();
    rmSync(run, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (failures) => process.exit(failures > 0 ? 1 : 0),
  (error: unknown) => {
    console.error('The VS Code suite could not run in code-server:', error);
    process.exit(1);
  },
);
