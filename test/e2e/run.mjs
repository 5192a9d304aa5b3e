// End-to-end test of the packaged extension in real VS Code (code-server 4.96.4, VS Code 1.96),
// driven by playwright-core in Debian's chromium: it checks what a person sees.
//
//   bash test/e2e/setup.sh          # once: chromium, emoji fonts, ripgrep, code-server (cached in .cache/e2e)
//   npm run package                 # builds model-card-studio.vsix
//   node test/e2e/run.mjs           # or both at once: npm run test:e2e
//
// Every check is a named step printed as `ok - <step>` or `not ok - <step>`. A failing check saves
// .cache/e2e/failure-<step>.png, prints the error and the tail of the code-server and VS Code logs,
// and the remaining checks still run (each sets up what it needs); the exit code is 1 if any step
// failed. Waits poll conditions in the page, never fixed sleeps.
//
// The workspace: test/e2e/fixtures, examples/, and a small fictional leaderboard repository written by
// repository.mjs (models/, labs/, rankings/ at its root), so the rules across files run as in a real one.
//
// When every step passes (or with UPDATE_SCREENSHOTS=1) it writes docs/editor.png, docs/preview.png and
// docs/leaderboard.png.
// Env: E2E_HEADED=1 shows the browser; E2E_KEEP=1 keeps the run folder (logs, user data) after a pass.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  E2E_DIR,
  REPO,
  startCodeServer,
  launchBrowser,
  openWorkbench,
  focusWorkbench,
  runCommand,
  openFile,
  editorText,
  inlayHints,
  problems,
  problemSummary,
  webviewFrame,
} from './codeserver.mjs';
import { webExtensionHost } from './webHost.mjs';
import { writeRepository, REPO_CARD, RANKINGS } from './repository.mjs';

const FIXTURES = path.join(REPO, 'test', 'e2e', 'fixtures');
const EXAMPLES = path.join(REPO, 'examples');
/** The example cards by the ALScore their P and T give, highest first (Heron MoE √(236 × 8100) ÷ 300 = 4.6, …). */
const EXAMPLES_BY_ALSCORE = [['Heron MoE', '4.6'], ['Kestrel 70B', '3.4'], ['Corvid 34B', '1.8'], ['Wren 1.5B', '0.2']];
const VSIX = path.join(REPO, 'model-card-studio.vsix');
const DOCS = path.join(REPO, 'docs');
const STEP_TIMEOUT = 30_000;

// ---------------------------------------------------------------------------------------------
// What the fixtures must produce. Lines are 1-based, as the Problems panel shows them; they are
// checked against the fixture text first, so an edited fixture fails loudly instead of drifting.
const BROKEN = 'cards/osprey-70b-broken.md';
const CLEAN = 'cards/heron-8b.md';
const XSS = 'cards/xss.md';
const NEW = 'cards/new-card.md';
const EXPECTED_FINDINGS = [
  { rule: 'invalid-value', severity: 'Error', line: 6, col: 15, lineText: '**Released:** 13/2024', message: 'Release "13/2024" is not a valid date' },
  { rule: 'ratio-mismatch', severity: 'Error', line: 21, col: 26, lineText: '- **Token:Param Ratio:** 200:1 ✅ Compute-optimal', message: 'Token:Param ratio 200:1 does not follow from 70.0B parameters and 15000.0B tokens' },
  { rule: 'alscore-mismatch', severity: 'Error', line: 24, col: 16, lineText: '- **ALScore:** 5.0 (Mid-tier)', message: 'ALScore 5.0 does not follow from 70.0B parameters and 15000.0B tokens' },
];
const ALSCORE_HINT = '= √(70 × 15000) ÷ 300 = 3.42';
const QUICK_FIX = 'Write ALScore 3.4 (Mid-tier)';
const FIXED_LINE = '- **ALScore:** 3.4 (Mid-tier)';
const CLEAN_PARAMS = { line: 19, lineText: '- **Parameters:** 8.0B', value: '8.0B', newValue: '400.0B' };
const XSS_SCRIPT = '<script>window.__pwned=1</script>';
const XSS_IMG = '<img src=x onerror="window.__pwned=1">';
/** User settings of both code-server runs. */
const EDITOR_SETTINGS = {
  // Keep the editor simple and predictable for reading rendered lines.
  'editor.stickyScroll.enabled': false,
  'editor.codeLens': false,
  // Not 'editor.lightbulb.enabled': 'off': in VS Code 1.96 it makes Ctrl+. answer "No code actions available".
  'editor.hover.enabled': false,
  'markdown.validate.enabled': false,
  'editor.cursorBlinking': 'solid', // screenshots do not depend on the blink phase
  'editor.scrollbar.vertical': 'visible', // no fading scrollbar in the screenshots
  'workbench.editor.wrapTabs': true, // no fading tab-bar scrollbar either
  'breadcrumbs.enabled': false, // two symbol providers (Markdown's, the extension's) race to fill them
  'workbench.editor.enablePreview': false,
  ...(process.env.E2E_TRACE === '1' ? { 'modelCard.trace.server': 'verbose' } : {}),
};

// ---------------------------------------------------------------------------------------------
// Step runner

const results = [];
let server;
/** Every code-server started (the desktop run, then the web one), stopped at the end. */
const servers = [];
let browser;
let page;
let workspace;
/** What the fictional leaderboard repository in the workspace must produce (repository.mjs). */
let repo;
const dialogs = [];
const shots = {}; // docs screenshots (PNG buffers), written only when the run passes
const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Runs a setup step: a failure ends the run. */
async function setup(name, fn) {
  const t = Date.now();
  try {
    const r = await fn();
    console.log(`ok - ${name} (${secs(Date.now() - t)})`);
    results.push({ name, ok: true });
    return r;
  } catch (err) {
    await reportFailure(name, err);
    throw new Fatal(name);
  }
}

/** Runs a check: a failure is reported and the next checks still run. */
async function check(name, fn) {
  const t = Date.now();
  try {
    await fn();
    console.log(`ok - ${name} (${secs(Date.now() - t)})`);
    results.push({ name, ok: true });
  } catch (err) {
    await reportFailure(name, err);
    // Leave no menu, suggest widget or quick input open for the next check.
    if (page) await closeWidgets().catch(() => {});
  }
}

class Fatal extends Error {}

async function reportFailure(name, err) {
  results.push({ name, ok: false });
  console.log(`not ok - ${name}`);
  console.error(indent(String(err?.stack ?? err)));
  if (page) {
    const file = path.join(E2E_DIR, `failure-${slug(name)}.png`);
    try {
      fs.mkdirSync(E2E_DIR, { recursive: true });
      await page.screenshot({ path: file, timeout: 10_000 });
      console.error(`  screenshot: ${path.relative(REPO, file)}`);
    } catch (e) {
      console.error(`  (no screenshot: ${e.message})`);
    }
  }
  if (server) {
    console.error(`  ---- code-server log (tail), ${server.logPath}`);
    console.error(indent(server.logs().split('\n').filter((l) => l.trim()).slice(-10).join('\n')));
    console.error('  ---- VS Code logs (tail of each)');
    console.error(indent(tailLogs(server.vscodeLogs(), 8)));
  }
}

const indent = (s) => s.replace(/^/gm, '  ');

/** Last `n` lines of each `===== file` section of vscodeLogs(). */
function tailLogs(all, n) {
  return all
    .split(/^(?====== )/m)
    .filter((s) => s.trim())
    .map((s) => {
      const [head, ...rest] = s.split('\n');
      const body = rest.filter((l) => l.trim());
      return body.length ? [head, ...body.slice(-n)].join('\n') : null;
    })
    .filter(Boolean)
    .join('\n');
}

/** Polls `fn` until it returns a truthy value (returned), or throws with `describe()` after `timeout`. */
async function until(fn, describe, timeout = STEP_TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  let lastErr;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      const what = typeof describe === 'function' ? await describe(last) : describe;
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastErr ? `\n  last error: ${lastErr.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 150)); // between polls only
  }
}

// ---------------------------------------------------------------------------------------------
// Workbench helpers specific to these checks

async function closeWidgets() {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
}

/** Makes the first editor group active and focused (the preview opens in the second). */
async function focusFirstGroup() {
  await runCommand(page, 'View: Focus First Editor Group');
  await page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
}

/** Moves the cursor of the active editor with Go to Line (Ctrl+G `line:col`) and waits for the status bar to show it. */
async function goTo(line, col) {
  await focusWorkbench(page);
  const widget = page.locator('.quick-input-widget');
  if (await widget.isVisible()) {
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
  await page.keyboard.press('Control+G');
  await widget.waitFor({ state: 'visible' });
  const input = widget.locator('.quick-input-box input');
  await input.fill(`:${line}:${col}`);
  await until(async () => /line/i.test((await widget.innerText()).replace(/\u00a0/g, ' ')), 'the Go to Line prompt', 10_000);
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden' });
  const want = `Ln ${line}, Col ${col}`;
  await until(
    async () => ((await page.locator('#status\\.editor\\.selection').innerText()) ?? '').includes(want),
    async () => `the status bar to show "${want}" (it shows "${await page.locator('#status\\.editor\\.selection').innerText().catch(() => '?')}")`,
    10_000,
  );
  await page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** Opens the Quick Fix menu (Ctrl+.) at the cursor, moves the keyboard focus onto the item `title` as a person would, and applies it. */
async function applyQuickFix(title) {
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: 15_000 });
  const rowSel = '.action-widget .monaco-list-row.action';
  const item = await until(
    async () => {
      const labels = await page.locator(rowSel).evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') || e.innerText).replace(/\u00a0/g, ' ').trim()));
      const i = labels.findIndex((l) => l.includes(title));
      return i >= 0 ? { i, labels } : null;
    },
    async () => `"${title}" in the Quick Fix menu; it lists ${JSON.stringify(await page.locator(rowSel).allInnerTexts().catch(() => []))}`,
    15_000,
  );
  // Move the keyboard focus onto the item (as a person would with the arrow keys), then Enter.
  await until(
    async () => {
      const focused = await page.locator(`${rowSel}.focused`).first().innerText().catch(() => '');
      if (focused.replace(/\u00a0/g, ' ').includes(title)) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    },
    `the keyboard focus on "${title}" (items: ${JSON.stringify(item.labels)})`,
    10_000,
  );
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden', timeout: 10_000 });
}

/**
 * Rows of the Problems panel, read without changing focus: `{ kind: 'file', name, label }` for a
 * file row and `{ kind: 'marker', label, text, file }` for a finding (file = the file row above it).
 */
async function problemRows() {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els) =>
    els
      .map((r) => ({
        top: parseFloat(r.style.top) || 0,
        label: (r.getAttribute('aria-label') ?? '').replace(/\u00a0/g, ' '),
        text: r.innerText.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim(),
        isFile: !!r.querySelector('.file-icon, .monaco-icon-label.file-icon') || r.getAttribute('aria-level') === '1',
        name: r.querySelector('.label-name')?.textContent ?? '',
      }))
      .sort((a, b) => a.top - b.top),
  );
  let file = null;
  return rows.map((r) => {
    if (r.isFile) {
      file = r.name;
      return { kind: 'file', name: r.name, label: r.label, text: r.text };
    }
    return { kind: 'marker', label: r.label, text: r.text, file };
  });
}

/** Parses a marker row's aria-label, e.g. "Error: msg at line 24 and character 16. generated by modelcard". */
function parseMarker(label) {
  const m = /^(Error|Warning|Info)\w*: ([\s\S]*) at line (\d+) and character (\d+)\./.exec(label);
  return m ? { severity: m[1], message: m[2], line: Number(m[3]), col: Number(m[4]) } : null;
}

function findMarker(rows, file, f) {
  return rows.find((r) => {
    if (r.kind !== 'marker' || r.file !== file) return false;
    const p = parseMarker(r.label);
    return p && p.severity === f.severity && p.line === f.line && p.col === f.col && p.message.includes(f.message) && r.text.includes(f.rule);
  });
}

/** The inner frame of the metrics preview webview (looked up afresh: the webview may reload). */
async function previewFrame() {
  return webviewFrame(page, { timeout: 10_000 });
}

/** The Leaderboard's frame among the open webviews, or null. */
async function leaderboardFrame() {
  const count = await page.locator('iframe.webview.ready').count();
  for (let index = 0; index < count; index++) {
    const frame = await webviewFrame(page, { index, timeout: 5_000 }).catch(() => null);
    if (frame && (await frame.evaluate(() => !!document.getElementById('board')).catch(() => false))) return frame;
  }
  return null;
}

async function previewText(id) {
  const frame = await previewFrame();
  return frame.evaluate((i) => document.getElementById(i)?.textContent ?? null, id);
}

/** `typeof window.__pwned` in the page and in every frame (workbench, webview host frames, preview). */
async function pwnedEverywhere() {
  const seen = [];
  for (const f of page.frames()) {
    const v = await f.evaluate(() => typeof window.__pwned).catch((e) => `(not evaluated: ${e.message.split('\n')[0]})`);
    seen.push({ url: f.url().replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, ''), pwned: v });
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------
// The run

function makeWorkspace() {
  // A fixed folder name inside a fresh temp folder: the name shows in the window title and explorer,
  // so the docs screenshots stay the same from run to run.
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mcs-e2e-')), 'model-cards');
  workspace = dir; // removed in the finally block, even when a check below fails
  fs.cpSync(FIXTURES, dir, { recursive: true });
  // The example cards too, for the Leaderboard view.
  fs.cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
  // And a small leaderboard repository (models/, labs/, rankings/ at the root) for the rules across files.
  repo = writeRepository(dir);
  // The expected lines must match the fixture text, or the test would assert the wrong thing.
  const lines = fs.readFileSync(path.join(dir, BROKEN), 'utf8').split('\n');
  for (const f of EXPECTED_FINDINGS) {
    if (lines[f.line - 1] !== f.lineText) throw new Error(`${BROKEN}:${f.line} is "${lines[f.line - 1]}", expected "${f.lineText}"`);
  }
  const clean = fs.readFileSync(path.join(dir, CLEAN), 'utf8').split('\n');
  if (clean[CLEAN_PARAMS.line - 1] !== CLEAN_PARAMS.lineText) throw new Error(`${CLEAN}:${CLEAN_PARAMS.line} is "${clean[CLEAN_PARAMS.line - 1]}"`);
  if (fs.readFileSync(path.join(dir, NEW), 'utf8') !== '') throw new Error(`${NEW} must be empty`);
  return dir;
}

async function main() {
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} not found: run \`npm run package\` first (npm run test:e2e does both)`);
  workspace = await setup('make a workspace of cards', makeWorkspace);
  server = await setup('start code-server with the .vsix installed', () =>
    startCodeServer({
      vsixPath: VSIX,
      workspaceDir: workspace,
      settings: EDITOR_SETTINGS,
    }),
  );
  servers.push(server);
  browser = await setup('launch chromium', () => launchBrowser({ headless: process.env.E2E_HEADED !== '1' }));
  page = await setup('open the workbench', async () => {
    const p = await openWorkbench(browser, server.url, workspace);
    p.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    return p;
  });
  await setup('extension is installed and activates on a card', async () => {
    await openFile(page, BROKEN);
    // The language server publishes diagnostics once it runs: the status bar counts them.
    await until(async () => /Errors?: [1-9]/.test((await problemSummary(page)) ?? ''), async () => `errors in the status bar (it says "${await problemSummary(page)}")`, 120_000);
  });

  // 1. Problems panel
  await check('Problems panel lists the broken card\'s findings at their lines', async () => {
    await problems(page);
    const brokenName = path.posix.basename(BROKEN);
    const rows = await until(
      async () => {
        const r = await problemRows();
        return EXPECTED_FINDINGS.every((f) => findMarker(r, brokenName, f)) ? r : null;
      },
      async () => `rows for ${EXPECTED_FINDINGS.map((f) => `${f.rule}@${f.line}:${f.col}`).join(', ')}; rows shown:\n${JSON.stringify(await problemRows(), null, 1)}`,
    );
    const extra = rows.filter((r) => r.kind === 'marker' && r.file === brokenName && !EXPECTED_FINDINGS.some((f) => findMarker([r], brokenName, f)));
    if (extra.length) throw new Error(`unexpected findings for ${brokenName}:\n${extra.map((r) => r.label).join('\n')}`);
    for (const f of EXPECTED_FINDINGS) {
      const r = findMarker(rows, brokenName, f);
      if (!/modelcard/.test(r.label + r.text)) throw new Error(`finding ${f.rule} does not name its source "modelcard": ${r.label} | ${r.text}`);
    }
  });

  // 2. Inlay hint
  await check('inlay hint shows the computed ALScore on the ALScore line', async () => {
    const al = EXPECTED_FINDINGS.find((f) => f.rule === 'alscore-mismatch');
    // From the top of the card all three findings' lines fit in view at 1400x900 (for docs/editor.png);
    // if the ALScore line is not rendered there, Go to Line brings it into view.
    await goTo(1, 1);
    const top = await until(async () => (await editorText(page)).includes('# Osprey 70B'), 'the top of the card in view', 10_000).catch(() => false);
    if (!top || !(await editorText(page)).split('\n').some((l) => l.startsWith(al.lineText))) await goTo(al.line, 1);
    await until(
      async () => (await inlayHints(page)).includes(ALSCORE_HINT),
      async () => `inlay hint "${ALSCORE_HINT}"; hints shown: ${JSON.stringify(await inlayHints(page))}`,
    );
    const text = await editorText(page);
    const line = text.split('\n').find((l) => l.startsWith(al.lineText));
    if (!line || !line.includes(ALSCORE_HINT)) throw new Error(`the ALScore line does not carry the hint: ${JSON.stringify(line)}`);
    // docs/editor.png: the card with its hints, and the Problems panel listing the findings.
    await page.mouse.move(0, 0);
    shots.editor = await page.screenshot();
  });

  // 3. Quick fix from the Quick Fix menu
  await check(`quick fix "${QUICK_FIX}" from the Quick Fix menu corrects the ALScore`, async () => {
    const al = EXPECTED_FINDINGS.find((f) => f.rule === 'alscore-mismatch');
    await goTo(al.line, al.col);
    await applyQuickFix(QUICK_FIX);
    await until(
      async () => (await editorText(page)).split('\n').some((l) => l.startsWith(FIXED_LINE)),
      async () => `the editor to show "${FIXED_LINE}"; it shows:\n${await editorText(page)}`,
    );
    const brokenName = path.posix.basename(BROKEN);
    await until(
      async () => {
        const rows = await problemRows();
        const gone = !findMarker(rows, brokenName, al);
        const others = EXPECTED_FINDINGS.filter((f) => f !== al).every((f) => findMarker(rows, brokenName, f));
        return gone && others;
      },
      async () => `the alscore-mismatch row to leave the Problems panel (and the others to stay); rows:\n${JSON.stringify(await problemRows(), null, 1)}`,
    );
  });

  // 4. Snippet
  await check('snippet "modelcard" typed in an empty file expands into a card', async () => {
    await focusFirstGroup();
    await openFile(page, NEW);
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('modelcard');
    await until(async () => (await editorText(page)).trim() === 'modelcard', async () => `"modelcard" typed in the editor; it shows ${JSON.stringify(await editorText(page))}`, 10_000);
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    if (!(await widget.isVisible())) await page.keyboard.press('Control+Space');
    await widget.waitFor({ state: 'visible', timeout: 15_000 });
    const rowSel = '.editor-widget.suggest-widget.visible .monaco-list-row';
    const isSnippetRow = (sel) =>
      page.locator(sel).evaluateAll((els) =>
        els.some((e) => e.querySelector('.label-name')?.textContent?.trim() === 'modelcard' && !!e.querySelector('.codicon-symbol-snippet')),
      );
    await until(() => isSnippetRow(rowSel), async () => `the snippet "modelcard" in the suggestions; rows: ${JSON.stringify(await page.locator(rowSel).allInnerTexts().catch(() => []))}`, 15_000);
    await until(
      async () => {
        if (await isSnippetRow(`${rowSel}.focused`)) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      },
      'the suggestion focus on the snippet "modelcard"',
      10_000,
    );
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 10_000 });
    const want = ['# Model Name', '> Large Language Model', '**Organization:** [Organization](../../labs/lab-slug.md)', '**Released:** TBA', '## 📊 Overview', '## 🔧 Technical Specifications'];
    await until(
      async () => {
        const text = await editorText(page);
        return want.every((w) => text.split('\n').some((l) => l.startsWith(w)));
      },
      async () => `the card's lines ${JSON.stringify(want)} in the editor; it shows:\n${await editorText(page)}`,
    );
    // The first placeholder (the model name) is selected, as a snippet leaves it.
    const sel = await page.locator('#status\\.editor\\.selection').innerText();
    if (!/Ln 1, Col (3|13) \(10 selected\)/.test(sel)) throw new Error(`expected the "Model Name" placeholder selected (Ln 1, Col 13 (10 selected)); status bar shows "${sel}"`);
    // Save, and check the whole card (also the lines out of view) reached the file.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    const file = path.join(workspace, NEW);
    await until(
      () => {
        const t = fs.readFileSync(file, 'utf8');
        return t.startsWith('# Model Name\n') && t.includes('## 🔍 Related Models') && t.includes('**Last Updated:**');
      },
      () => `${NEW} saved with the whole card; it holds:\n${fs.readFileSync(file, 'utf8').slice(0, 400)}`,
    );
    const tab = page.locator(`.editor-group-container.active .tab.active[data-resource-name="${path.posix.basename(NEW)}"]`);
    await until(async () => !(await tab.getAttribute('class')).includes('dirty'), async () => `the tab of ${NEW} to be clean after saving (class "${await tab.getAttribute('class')}")`, 10_000);
  });

  // 5. Metrics preview: opens from the palette, shows ALScore and tier, follows edits
  await check('"Model Card: Open Metrics Preview" shows the ALScore and tier, and updates after an edit', async () => {
    await focusFirstGroup();
    await openFile(page, CLEAN);
    await runCommand(page, 'Model Card: Open Metrics Preview');
    await until(
      async () => (await previewText('model-name')) === 'Heron 8B' && (await previewText('alscore')) === '1.2' && (await previewText('tier')) === 'Mid-tier',
      async () => `the preview to show Heron 8B, ALScore 1.2, Mid-tier; it shows ${JSON.stringify({ name: await previewText('model-name').catch(() => null), alscore: await previewText('alscore').catch(() => null), tier: await previewText('tier').catch(() => null) })}`,
    );
    const frame = await previewFrame();
    const explain = await frame.evaluate(() => document.getElementById('alscore-explain')?.textContent ?? '');
    if (!explain.includes('√(8 × 15000) ÷ 300')) throw new Error(`the preview's ALScore explanation is "${explain}"`);
    const findings = await frame.evaluate(() => document.getElementById('findings')?.innerText ?? '');
    if (!findings.includes('No problems found.')) throw new Error(`the clean card's preview lists findings:\n${findings}`);
    // docs/preview.png: the card beside its preview (Problems panel closed for room).
    await runCommand(page, 'View: Hide Panel');
    await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: 10_000 });
    await focusFirstGroup();
    await page.mouse.move(0, 0);
    shots.preview = await page.screenshot();

    // Edit Parameters in the editor: 8.0B -> 400.0B, so ALScore becomes √(400 × 15000) ÷ 300 = 8.16 -> 8.2 (Powerful).
    const col = CLEAN_PARAMS.lineText.indexOf(CLEAN_PARAMS.value) + 1;
    await goTo(CLEAN_PARAMS.line, col);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type(CLEAN_PARAMS.newValue);
    const edited = CLEAN_PARAMS.lineText.replace(CLEAN_PARAMS.value, CLEAN_PARAMS.newValue);
    await until(
      async () => (await editorText(page)).split('\n').some((l) => l.startsWith(edited)),
      async () => `the editor to show "${edited}"; it shows:\n${await editorText(page)}`,
      10_000,
    );
    await until(
      async () => (await previewText('alscore')) === '8.2' && (await previewText('tier')) === 'Powerful' && (await previewText('parameters')) === '400B',
      async () => `the preview to update to ALScore 8.2, Powerful, 400B; it shows ${JSON.stringify({ alscore: await previewText('alscore').catch(() => null), tier: await previewText('tier').catch(() => null), parameters: await previewText('parameters').catch(() => null) })}`,
    );
  });

  // 6. XSS: markup in a card is text in the preview, and nothing runs
  await check('markup in a card shows as text in the preview and nothing runs', async () => {
    await focusFirstGroup();
    await openFile(page, XSS);
    const title = `Evil ${XSS_SCRIPT} ${XSS_IMG}`;
    await until(
      async () => (await previewText('model-name')) === title,
      async () => `the preview to follow ${XSS} and show the title as text; #model-name is ${JSON.stringify(await previewText('model-name').catch(() => null))}`,
    );
    const frame = await previewFrame();
    const seen = await frame.evaluate(() => ({
      visible: document.body.innerText,
      organization: document.getElementById('organization')?.textContent ?? null,
      benchmarks: document.getElementById('benchmarks')?.innerText ?? '',
      imgs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      scripts: [...document.querySelectorAll('script')].filter((s) => /__pwned/.test(s.textContent)).length,
      onerror: document.querySelectorAll('[onerror]').length,
    }));
    const problemsFound = [];
    if (!seen.visible.includes(XSS_SCRIPT)) problemsFound.push(`"${XSS_SCRIPT}" is not visible as text`);
    if (!seen.visible.includes(XSS_IMG)) problemsFound.push(`"${XSS_IMG}" is not visible as text`);
    if (!(seen.organization ?? '').includes(XSS_IMG)) problemsFound.push(`#organization is ${JSON.stringify(seen.organization)}`);
    if (!seen.benchmarks.includes(XSS_IMG)) problemsFound.push(`the benchmark named with markup is not shown as text: ${JSON.stringify(seen.benchmarks)}`);
    if (seen.imgs.length) problemsFound.push(`img elements in the preview: ${JSON.stringify(seen.imgs)}`);
    if (seen.onerror) problemsFound.push(`${seen.onerror} elements with an onerror attribute in the preview`);
    if (seen.scripts) problemsFound.push(`${seen.scripts} script elements with the card's payload in the preview`);
    // No img with src x anywhere (workbench and every frame), no __pwned, no dialog.
    for (const f of page.frames()) {
      const n = await f.evaluate(() => [...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x').length).catch(() => 0);
      if (n) problemsFound.push(`${n} <img src="x"> in frame ${f.url().slice(0, 80)}`);
    }
    const pwned = await pwnedEverywhere();
    const ran = pwned.filter((p) => p.pwned !== 'undefined' && !p.pwned.startsWith('(not evaluated'));
    if (ran.length) problemsFound.push(`window.__pwned is set: ${JSON.stringify(ran)}`);
    if (!pwned.some((p) => p.url.includes('index.html') || p.url.includes('fake.html'))) {
      problemsFound.push(`the webview frames were not checked (frames: ${JSON.stringify(pwned)})`);
    }
    if (dialogs.length) problemsFound.push(`dialogs opened: ${JSON.stringify(dialogs)}`);
    if (problemsFound.length) throw new Error(problemsFound.join('\n'));
  });

  // 7. The leaderboard repository: rules across files, in a card and in a page derived from the cards
  await check('a card\'s relative link to a file that does not exist shows as broken-link in the Problems panel, at the link', async () => {
    await focusFirstGroup();
    await openFile(page, REPO_CARD);
    const name = path.posix.basename(REPO_CARD);
    const f = repo.brokenLink;
    await problems(page);
    const rows = await until(
      async () => {
        const r = await problemRows();
        return findMarker(r, name, f) ? r : null;
      },
      async () => `the ${f.rule} row of ${name} at ${f.line}:${f.col}; rows shown:\n${JSON.stringify(await problemRows(), null, 1)}`,
      // The index loads once, at start; on this loaded machine that may take a while.
      60_000,
    );
    const extra = rows.filter((r) => r.kind === 'marker' && r.file === name && !findMarker([r], name, f));
    if (extra.length) throw new Error(`unexpected findings for ${name} (the card is clean otherwise):\n${extra.map((r) => r.label).join('\n')}`);
  });

  await check('a rankings row whose Params contradicts its card shows table-row-mismatch at the cell, and the Quick Fix menu rewrites it from the card', async () => {
    await focusFirstGroup();
    await openFile(page, RANKINGS);
    const name = path.posix.basename(RANKINGS);
    const f = repo.rowMismatch;
    await problems(page);
    // Only the repository finding: a derived page is never checked as a card.
    await until(
      async () => {
        const r = await problemRows();
        return findMarker(r, name, f) && r.filter((x) => x.kind === 'marker' && x.file === name).length === 1;
      },
      async () => `the ${f.rule} row of ${name} at ${f.line}:${f.col}, and no other; rows shown:\n${JSON.stringify(await problemRows(), null, 1)}`,
      60_000,
    );
    await goTo(f.line, f.col);
    await applyQuickFix(repo.quickFix);
    await until(
      // The row is wider than the editor beside the preview: its wrapped view lines are joined.
      async () => (await editorText(page)).replace(/\n/g, '').includes(repo.fixedRow),
      async () => `the editor to show "${repo.fixedRow}"; it shows:\n${await editorText(page)}`,
    );
    await until(
      async () => !(await problemRows()).some((r) => r.kind === 'marker' && r.file === name),
      async () => `the ${f.rule} row to leave the Problems panel; rows:\n${JSON.stringify(await problemRows(), null, 1)}`,
    );
    // Saved, the page on disk holds the card's value.
    await page.keyboard.press('Control+S');
    const file = path.join(workspace, RANKINGS);
    await until(() => fs.readFileSync(file, 'utf8').split('\n').includes(repo.fixedRow), () => `${RANKINGS} saved with "${repo.fixedRow}"; it holds:\n${fs.readFileSync(file, 'utf8')}`);
  });

  // 8. The Leaderboard view: every card of the workspace, sorted by ALScore, a row opens its card
  await check('"Model Card: Show Leaderboard" sorted by ALScore lists the example cards in order, and a row opens its card', async () => {
    await focusFirstGroup();
    await runCommand(page, 'Model Card: Show Leaderboard');
    const frame = await until(async () => leaderboardFrame(), 'the Leaderboard webview');
    const table = () => frame.evaluate(() => [...document.querySelectorAll('#board tbody tr.row')].map((tr) => ({
      name: tr.querySelector('.col-name')?.textContent ?? '',
      alScore: tr.querySelector('.col-alScore')?.textContent ?? '',
      tier: tr.querySelector('.col-tier')?.textContent ?? '',
    })));
    await until(async () => (await table()).some((r) => r.name === 'Wren 1.5B'), async () => `the example cards in the Leaderboard; it shows ${JSON.stringify(await table().catch(() => null))}`);
    // Sort by another column, then by ALScore: the first click on a number column sorts it highest first.
    await frame.click('#sort-name');
    await until(async () => (await frame.getAttribute('th[data-column="name"]', 'aria-sort')) === 'ascending', 'the Model column sorted');
    await frame.click('#sort-alScore');
    await until(async () => (await frame.getAttribute('th[data-column="alScore"]', 'aria-sort')) === 'descending', 'the ALScore column sorted highest first');
    const rows = await table();
    const examples = rows.filter((r) => EXAMPLES_BY_ALSCORE.some(([name]) => name === r.name)).map((r) => [r.name, r.alScore]);
    if (JSON.stringify(examples) !== JSON.stringify(EXAMPLES_BY_ALSCORE)) throw new Error(`the example cards are in this order: ${JSON.stringify(examples)}; expected ${JSON.stringify(EXAMPLES_BY_ALSCORE)}`);
    // Every row: scores never rise down the table, and cards without one come last.
    const scores = rows.map((r) => (r.alScore === '—' ? null : Number(r.alScore)));
    const firstUnknown = scores.indexOf(null);
    const known = firstUnknown < 0 ? scores : scores.slice(0, firstUnknown);
    if (known.some((x, i) => x === null || (i > 0 && x > known[i - 1])) || (firstUnknown >= 0 && scores.slice(firstUnknown).some((x) => x !== null))) {
      throw new Error(`the ALScore column is not sorted highest first with unknowns last: ${JSON.stringify(rows)}`);
    }
    // Card text is text: the card named with markup shows it, and nothing of it ran.
    const page0 = await frame.evaluate(() => ({ text: document.body.innerText, imgs: document.querySelectorAll('img').length, pwned: typeof window.__pwned }));
    if (!page0.text.includes(XSS_SCRIPT) || page0.imgs > 0 || page0.pwned !== 'undefined') throw new Error(`the markup card is not shown as text: ${JSON.stringify({ imgs: page0.imgs, pwned: page0.pwned })}`);
    // docs/leaderboard.png: the table with the side bar hidden (the last desktop step: nothing needs it back).
    await runCommand(page, 'View: Maximize Editor Group and Hide Side Bars');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: 10_000 });
    await page.mouse.move(0, 0);
    shots.leaderboard = await page.screenshot();
    // The filter, then a row opened with the keyboard.
    await frame.fill('#filter', 'corvid');
    await until(async () => JSON.stringify((await table()).map((r) => r.name)) === '["Corvid 34B"]', async () => `only Corvid 34B after filtering; rows: ${JSON.stringify(await table())}`);
    await frame.focus('#board tbody tr.row');
    await frame.press('#board tbody tr.row', 'Enter');
    await until(async () => (await page.locator('.tab.active[data-resource-name="corvid-34b.md"]').count()) > 0, 'corvid-34b.md opened from its row');
  });

  // 9. The web extension: the same .vsix in code-server's web worker extension host (its own code-server;
  // the desktop one stops first, so the two do not share the machine's two cores).
  await page.context().close();
  await server.stop({ removeRunDir: !results.some((r) => !r.ok) && process.env.E2E_KEEP !== '1' });
  await webExtensionHost({
    vsix: VSIX,
    fixtures: FIXTURES,
    browser,
    settings: EDITOR_SETTINGS,
    setup,
    check,
    until,
    use: (current) => {
      if (current.server) servers.push((server = current.server));
      if (current.page) page = current.page;
    },
  });
}

let fatal = false;
try {
  await main();
} catch (err) {
  fatal = true;
  if (!(err instanceof Fatal)) {
    console.log('not ok - (run)');
    console.error(indent(String(err?.stack ?? err)));
    results.push({ name: '(run)', ok: false });
  }
} finally {
  if (browser) await browser.close().catch((e) => console.error('browser.close:', e.message));
  const failed = fatal || results.some((r) => !r.ok);
  for (const s of servers) await s.stop({ removeRunDir: !failed && process.env.E2E_KEEP !== '1' }).catch((e) => console.error('server.stop:', e.message));
  if (workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  if (failed) for (const s of servers) console.error(`run folder kept for debugging: ${path.relative(REPO, s.runDir)}`);

  if (!failed || process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(DOCS, { recursive: true });
    for (const [name, buf] of Object.entries(shots)) {
      fs.writeFileSync(path.join(DOCS, `${name}.png`), buf);
      console.log(`screenshot docs/${name}.png`);
    }
  }
  const bad = results.filter((r) => !r.ok);
  const total = secs(Date.now() - t0);
  if (failed) {
    console.log(`e2e: FAILED (${bad.map((r) => r.name).join('; ') || 'setup'}) in ${total}`);
    process.exitCode = 1;
  } else {
    console.log(`e2e: all ${results.length} steps passed in ${total}`);
  }
}
