// Smoke test of the e2e infrastructure (no extension): code-server + chromium + Quick Open.
// Run `bash test/e2e/setup.sh` first, then `node test/e2e/smoke.mjs`.
// Exits 0 when every step passed; otherwise prints the failing step and exits 1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  E2E_DIR,
  startCodeServer,
  launchBrowser,
  openWorkbench,
  openFile,
  waitForText,
  editorText,
  screenshot,
} from './codeserver.mjs';

const HELLO = 'Hello from the e2e smoke test';
const shot = path.join(E2E_DIR, 'smoke.png');
let step = '(start)';
let server;
let workspace;
let browser;
let page;
const t0 = Date.now();

async function run(name, fn) {
  step = name;
  const t = Date.now();
  const r = await fn();
  console.log(`ok - ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  return r;
}

let failed = false;
try {
  workspace = await run('make workspace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcs-smoke-'));
    fs.writeFileSync(path.join(dir, 'hello.md'), `# Smoke\n\n${HELLO} 🚀\n`);
    return dir;
  });
  server = await run('start code-server', () => startCodeServer({ workspaceDir: workspace }));
  browser = await run('launch chromium', () => launchBrowser());
  page = await run('open workbench', () => openWorkbench(browser, server.url, workspace));
  await run('quick open hello.md', () => openFile(page, 'hello.md'));
  await run('editor shows the text', async () => {
    await waitForText(page, HELLO);
    const text = await editorText(page);
    if (!text.includes(HELLO)) throw new Error(`active editor text does not contain "${HELLO}":\n${text}`);
  });
  await run('screenshot', () => screenshot(page, shot));
} catch (err) {
  failed = true;
  console.error(`not ok - ${step}\n${err?.stack ?? err}`);
  if (page) await screenshot(page, path.join(E2E_DIR, 'smoke-failure.png')).catch(() => {});
  if (server) console.error(`code-server log: ${server.logPath}\n${server.logs().slice(-3000)}`);
} finally {
  if (browser) await browser.close().catch((e) => console.error('browser.close:', e));
  // The run dir (logs, user data) is kept on failure for debugging.
  if (server) await server.stop({ removeRunDir: !failed }).catch((e) => console.error('server.stop:', e));
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
}

if (failed) {
  console.error(`smoke: FAILED at step "${step}"`);
  process.exit(1);
}
console.log(`smoke: passed in ${((Date.now() - t0) / 1000).toFixed(1)}s; screenshot ${shot}`);
