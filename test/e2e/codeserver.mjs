// Helpers for end-to-end tests that run the extension inside real VS Code (code-server 4.96.4,
// VS Code 1.96) driven by playwright-core in Debian's chromium. Install first with
// `bash test/e2e/setup.sh`. Every wait here polls a page or process condition with a bounded
// timeout; nothing sleeps for a fixed time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Repository root (derived from this file's location). */
export const REPO = path.resolve(HERE, '../..');
/** Folder for everything the e2e tests write (git-ignored). */
export const E2E_DIR = path.join(REPO, '.cache', 'e2e');
/** code-server install made by setup.sh. */
export const CODE_SERVER_DIR = path.join(E2E_DIR, 'code-server');
/** code-server's entry point, run with the current node (must be Node 20). */
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Debian's chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Chromium flags needed as root on this closed-network machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** User settings written for every run: no trust prompt, welcome page, tips, telemetry or updates. */
export const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': true,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'window.restoreWindows': 'none',
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'editor.inlayHints.enabled': 'on',
  'editor.minimap.enabled': false,
  'editor.accessibilitySupport': 'off',
  'editor.experimental.asyncTokenization': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
  'typescript.surveys.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.panel.defaultLocation': 'bottom',
  'notebook.experimental.generate': false,
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms)); // only used between polls

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function assertInstalled() {
  if (!fs.existsSync(CODE_SERVER_ENTRY) || !fs.existsSync(path.join(CODE_SERVER_DIR, '.e2e-setup-complete'))) {
    throw new Error(`code-server is not installed in ${CODE_SERVER_DIR}: run \`bash test/e2e/setup.sh\` first`);
  }
  if (process.versions.node.split('.')[0] !== '20') {
    throw new Error(`code-server 4.96.4 needs Node 20 (native modules were built for it); this is ${process.version}`);
  }
}

function childEnv(runDir) {
  const env = { ...process.env };
  // Inherited VS Code variables (when run from a VS Code terminal) and $PORT would change
  // code-server's behaviour; XDG dirs keep its config/data out of ~.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) delete env[k];
  delete env.PORT;
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  env.XDG_CONFIG_HOME = path.join(runDir, 'xdg', 'config');
  env.XDG_DATA_HOME = path.join(runDir, 'xdg', 'data');
  env.XDG_CACHE_HOME = path.join(runDir, 'xdg', 'cache');
  env.DONT_PROMPT_WSL_INSTALL = '1';
  return env;
}

function runToCompletion(cmd, args, opts, logStream) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d) => {
      out += d;
      logStream.write(d);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const liveGroups = new Set();
function killAllGroups() {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
// Last-resort cleanup if a test forgets stop() or is interrupted: kill remaining code-server groups.
process.on('exit', killAllGroups);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    killAllGroups();
    process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
  });
}

/**
 * Starts code-server with a fresh user-data-dir and extensions-dir under .cache/e2e/run-<timestamp>/,
 * optionally installing a .vsix first; resolves when it answers HTTP.
 * Returns { url, port, pid, runDir, userDataDir, extensionsDir, logPath, logs(), vscodeLogs(), stop({ removeRunDir }) }.
 * `settings` are merged over DEFAULT_SETTINGS.
 */
export async function startCodeServer({ vsixPath, workspaceDir, port, settings = {}, timeoutMs = 60_000 } = {}) {
  assertInstalled();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const runDir = path.join(E2E_DIR, `run-${stamp}-${process.pid}`);
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const logPath = path.join(runDir, 'code-server.log');
  const configPath = path.join(runDir, 'config.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
  );
  fs.writeFileSync(configPath, 'auth: none\ncert: false\n');
  const env = childEnv(runDir);
  const common = ['--config', configPath, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const logStream = fs.createWriteStream(logPath, { flags: 'a' });
  const logs = () => (fs.existsSync(logPath) ? fs.readFileSync(logPath, 'utf8') : '');

  if (vsixPath) {
    const vsix = path.resolve(vsixPath);
    if (!fs.existsSync(vsix)) throw new Error(`vsix not found: ${vsix}`);
    logStream.write(`--- install-extension ${vsix}\n`);
    const r = await runToCompletion(
      process.execPath,
      [CODE_SERVER_ENTRY, ...common, '--force', '--install-extension', vsix],
      { env, cwd: runDir },
      logStream,
    );
    if (r.code !== 0 || !/successfully installed/i.test(r.out)) {
      logStream.end();
      throw new Error(`--install-extension ${vsix} failed (exit ${r.code ?? r.signal}):\n${r.out}`);
    }
  }

  port = port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const args = [
    CODE_SERVER_ENTRY,
    ...common,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (workspaceDir) args.push(path.resolve(workspaceDir));
  logStream.write(`--- start: node ${args.join(' ')}\n`);
  const out = fs.openSync(logPath, 'a');
  // detached: code-server leads its own process group, so stop() can kill the whole tree
  // (server, extension host, pty host, file watcher, language servers).
  const child = spawn(process.execPath, args, { env, cwd: runDir, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const pid = child.pid;
  liveGroups.add(pid);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  let stopped = false;
  /** Stops code-server and its whole process tree (SIGTERM, then SIGKILL after 5 s). Idempotent. */
  const stop = async ({ removeRunDir = false } = {}) => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      /* group already gone */
    }
    const deadline = Date.now() + 5000;
    while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
    if (groupAlive(pid)) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      const hard = Date.now() + 5000;
      while (groupAlive(pid) && Date.now() < hard) await sleep(100);
    }
    liveGroups.delete(pid);
    await new Promise((r) => logStream.end(r));
    if (removeRunDir) fs.rmSync(runDir, { recursive: true, force: true });
  };

  /** Concatenated VS Code logs of this run (server, exthost, extension output channels). */
  const vscodeLogs = () => {
    const root = path.join(userDataDir, 'logs');
    const parts = [];
    const walk = (d) => {
      if (!fs.existsSync(d)) return;
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.log')) parts.push(`===== ${path.relative(root, p)}\n${fs.readFileSync(p, 'utf8')}`);
      }
    };
    walk(root);
    return parts.join('\n');
  };

  // Poll /healthz until it answers (bounded); fail early if the process exits.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during startup (${JSON.stringify(exited)}); log ${logPath}:\n${logs().slice(-4000)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms; log ${logPath}:\n${logs().slice(-4000)}`);
    }
    await Promise.race([sleep(200), exitPromise]);
  }

  return { url, port, pid, runDir, userDataDir, extensionsDir, logPath, logs, vscodeLogs, stop };
}

/** Launches headless Debian chromium through playwright-core (playwright gives it a fresh profile dir). */
export async function launchBrowser({ headless = true, args = [] } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: [...CHROMIUM_ARGS, ...args],
    timeout: 60_000,
  });
}

/** Opens `${url}/?folder=${folder}` at 1400x900 and resolves with the page once the workbench is ready. */
export async function openWorkbench(browser, url, folder, { timeout = 60_000, viewport = { width: 1400, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const target = folder ? `${url}/?folder=${encodeURIComponent(path.resolve(folder))}` : url;
  await page.goto(target, { waitUntil: 'domcontentloaded', timeout });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
  if (folder) {
    // The explorer shows the folder once the remote file system is connected.
    const name = path.basename(path.resolve(folder));
    await page.waitForFunction((n) => document.title.includes(n), name, { timeout });
    await page.locator('.explorer-folders-view').waitFor({ state: 'visible', timeout });
  }
  await focusWorkbench(page);
  return page;
}

/** Gives keyboard focus to the workbench (clicks the status bar's empty area) so shortcuts reach VS Code. */
export async function focusWorkbench(page) {
  const inWorkbench = await page.evaluate(() => {
    const a = document.activeElement;
    return !!a && a !== document.body && !!a.closest('.monaco-workbench');
  });
  if (inWorkbench) return;
  const bar = page.locator('.monaco-workbench .part.statusbar');
  const box = await bar.boundingBox();
  // Middle of the status bar: between the left and right item groups, normally empty.
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const QUICK_INPUT = '.quick-input-widget';

async function openQuickInput(page, key) {
  await focusWorkbench(page);
  const widget = page.locator(QUICK_INPUT);
  // If a quick input is already open, close it first.
  if (await widget.isVisible()) {
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
  await page.keyboard.press(key);
  await widget.waitFor({ state: 'visible' });
  const input = widget.locator('.quick-input-box input');
  await input.waitFor({ state: 'visible' });
  return { widget, input };
}

// Waits (bounded) until a quick-pick row's label is exactly `name` (case-insensitive; and its
// description is `description` when given), moves the list focus onto it with the arrow keys,
// and accepts it with Enter. Fuzzy ranking may put another row first ("Open Locked Preview to
// the Side" above "Open Preview to the Side"), so the focused row alone is not trusted.
async function pickRow(page, { name, description }, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page
      .waitForFunction(
        ({ name, description }) => {
          const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ').trim().toLowerCase();
          const rows = [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')];
          const match = rows.find(
            (r) =>
              norm(r.querySelector('.label-name')?.textContent) === norm(name) &&
              (description === undefined || norm(r.querySelector('.label-description')?.textContent) === norm(description)),
          );
          if (!match) return null;
          const focused = rows.find((r) => r.classList.contains('focused'));
          return { target: Number(match.dataset.index), focused: focused ? Number(focused.dataset.index) : -1 };
        },
        { name, description },
        { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
      )
      .catch(async (err) => {
        const rows = await page
          .locator('.quick-input-widget .quick-input-list .monaco-list-row')
          .evaluateAll((els) => els.map((r) => r.getAttribute('aria-label')))
          .catch(() => []);
        const what = description === undefined ? `"${name}"` : `"${name}" (in "${description}")`;
        throw new Error(`quick pick: no row labelled ${what} within ${timeout} ms; rows shown: ${JSON.stringify(rows)}`, {
          cause: err,
        });
      });
    const { target, focused } = await handle.jsonValue();
    if (focused === target) {
      await page.keyboard.press('Enter');
      return;
    }
    if (Date.now() > deadline) throw new Error(`quick pick: could not focus row "${name}"`);
    const key = target > focused ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(target - focused); i++) await page.keyboard.press(key);
    // Loop: re-check that the focus landed on the matching row (the list may have re-sorted).
  }
}

/** Runs a command by its exact palette title (e.g. "Model Card: Check Workspace") via F1, typing it, Enter. */
export async function runCommand(page, title, { timeout = 20_000 } = {}) {
  const { widget, input } = await openQuickInput(page, 'F1');
  await input.fill(`>${title}`);
  await pickRow(page, { name: title }, timeout);
  await widget.waitFor({ state: 'hidden', timeout });
}

/** Opens a workspace file through Quick Open (Ctrl+P, needs rg) and waits until it is the active tab. */
export async function openFile(page, relativePath, { timeout = 20_000 } = {}) {
  const rel = relativePath.replace(/\\/g, '/');
  const base = path.posix.basename(rel);
  const dir = path.posix.dirname(rel);
  const { widget, input } = await openQuickInput(page, 'Control+P');
  await input.fill(rel);
  await pickRow(page, { name: base, description: dir === '.' ? undefined : dir }, timeout);
  await widget.waitFor({ state: 'hidden', timeout });
  await page
    .locator(`.editor-group-container.active .tab.active[data-resource-name="${base}"]`)
    .waitFor({ state: 'visible', timeout });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
}

/** Waits until the page's visible text (non-breaking spaces as spaces; not inside webview iframes) contains `text`. */
export async function waitForText(page, text, timeout = 20_000) {
  await page.waitForFunction(
    (t) => document.body.innerText.replace(/\u00a0/g, ' ').includes(t),
    text,
    { timeout, polling: 200 },
  );
}

/** Visible text of the active editor's rendered lines (Monaco renders only lines in view; includes inlay hint text). */
export async function editorText(page) {
  const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  return page.evaluate((el) => {
    const rows = [...el.querySelectorAll('.view-line')];
    rows.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return rows.map((r) => r.textContent.replace(/\u00a0/g, ' ')).join('\n');
  }, await lines.elementHandle());
}

/**
 * Inlay hints rendered in the active editor's visible lines, in order. VS Code 1.96 gives them no
 * stable class: each is injected text in `.view-line` spans with a generated `dyn-rule-*` class
 * (the label, plus whitespace-only padding spans), so consecutive such spans are joined and trimmed.
 */
export async function inlayHints(page) {
  const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  return page.evaluate((el) => {
    const rows = [...el.querySelectorAll('.view-line')];
    rows.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    const hints = [];
    for (const row of rows) {
      let cur = null;
      for (const span of row.querySelectorAll(':scope > span > span')) {
        const isHint = [...span.classList].some((c) => c.startsWith('dyn-rule-'));
        if (isHint) cur = (cur ?? '') + span.textContent;
        else if (cur !== null) {
          if (cur.trim()) hints.push(cur.replace(/\u00a0/g, ' ').trim());
          cur = null;
        }
      }
      if (cur !== null && cur.trim()) hints.push(cur.replace(/\u00a0/g, ' ').trim());
    }
    return hints;
  }, await lines.elementHandle());
}

/** Opens the Problems panel; returns aria-labels of its rendered rows ("N problems in file F ...", "Error: msg at line L ..."). */
export async function problems(page, { timeout = 20_000 } = {}) {
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)', { timeout });
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout });
  // Rows render asynchronously; when the status bar counts problems, wait for the list to show them.
  const summary = (await problemSummary(page)) ?? '';
  if (/[1-9]/.test(summary)) {
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible', timeout });
  }
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
}

/** Status bar problem summary, e.g. "Errors: 1, Warnings: 2" or "No Problems" (aria-label of #status.problems). */
export async function problemSummary(page) {
  return page.locator('#status\\.problems').getAttribute('aria-label');
}

/**
 * Frame of the content of a webview (e.g. the Markdown or metrics preview): webviews are an
 * `iframe.webview.ready` holding a second iframe `#active-frame`. Pass `index` when several are open.
 */
export async function webviewFrame(page, { index = 0, timeout = 20_000 } = {}) {
  const outer = page.locator('iframe.webview.ready').nth(index);
  await outer.waitFor({ state: 'attached', timeout });
  const inner = outer.contentFrame().locator('iframe#active-frame');
  await inner.waitFor({ state: 'attached', timeout });
  const handle = await inner.elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForLoadState('domcontentloaded', { timeout });
  return frame;
}

/** Saves a PNG screenshot of the page (creating the folder). */
export async function screenshot(page, file) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}
