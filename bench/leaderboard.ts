// The Leaderboard view on 1,000 cards: the server's rows (in process, and over stdio from files on disk),
// the message to the webview, and the webview's page rendering them in headless Chromium.
// Run after `npm run build` and tsc: `node out/bench/leaderboard.js` (`--no-write` leaves bench/README.md alone).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { replaceReadmeSection } from './readme';
import { chromium, type Browser } from 'playwright-core';
import { analyzeCard, ACCESS_LABELS, TIERS } from '../server/src/core';
import { leaderboardRow, type LeaderboardRow } from '../server/src/core/leaderboard/rows';
import type { LeaderboardRequest } from '../server/src/protocol';
import { leaderboardHtml } from '../client/src/leaderboard/html';
import type { LeaderboardUpdate } from '../client/src/leaderboard/messages';
import { ROOT, TestClient } from '../test/lsp/client';
import { generateCorpus, writeCorpus } from './corpus';
import { coldRuns, type ColdRun } from './leaderboardCold';

const CARDS = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const TARGET_MS = 1000;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number): string => (Number.isNaN(x) ? '—' : `${x.toFixed(0)} ms`);

/** Rows of the generated cards, analysed in process (no I/O): the server's work for a cold request. */
function rowsInProcess(): { rows: LeaderboardRow[]; times: number[] } {
  const cards = generateCorpus(CARDS);
  let rows: LeaderboardRow[] = [];
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = now();
    rows = cards.flatMap((c) => leaderboardRow(c.file, analyzeCard(c.text), path.basename(c.file, '.md')) ?? []);
    times.push(now() - t);
  }
  return { rows, times };
}

/** The request over stdio on the cards written to a folder: the first (reads every file) and a second (cached rows). */
async function rowsOverStdio(): Promise<{ warm: number; rows: number; bytes: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-board-'));
  try {
    writeCorpus(dir, CARDS);
    const client = await TestClient.start({ folder: dir, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    try {
      const first = await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
      const t = now();
      await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
      return { warm: now() - t, rows: first.rows.length, bytes: JSON.stringify(first).length };
    } finally {
      await client.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface PageTimes {
  render: number;
  sort: number;
  filter: number;
  rows: number;
}

/** The webview's page in Chromium: the rows message rendered (layout included), a header click, a filter keystroke. */
async function renderInChromium(browser: Browser, message: LeaderboardUpdate): Promise<PageTimes> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    // What VS Code gives a webview's script; addInitScript runs before the page's own script, whatever its CSP.
    await page.addInitScript(() => {
      (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined });
    });
    // Served from a routed URL: init scripts run on a navigation, not on setContent.
    await page.route('http://bench.invalid/', (route) => route.fulfill({ contentType: 'text/html', body: leaderboardHtml({ cspSource: 'https://example.invalid', nonce: 'bench' }) }));
    await page.goto('http://bench.invalid/');
    return await page.evaluate((data) => {
      const layout = (): number => document.body.offsetHeight;
      let t = performance.now();
      window.dispatchEvent(new MessageEvent('message', { data }));
      layout();
      const render = performance.now() - t;
      const rows = document.querySelectorAll('#board tbody tr').length;
      t = performance.now();
      document.getElementById('sort-name')?.click();
      layout();
      const sort = performance.now() - t;
      const filter = document.getElementById('filter') as HTMLInputElement;
      t = performance.now();
      filter.value = 'nova';
      filter.dispatchEvent(new Event('input'));
      layout();
      return { render, sort: sort, filter: performance.now() - t, rows };
    }, message as unknown as Record<string, unknown>);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const out = (s = ''): void => {
    console.log(s);
    lines.push(s);
  };
  const cpus = os.cpus();
  out(`Run ${new Date().toISOString().slice(0, 10)} on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2) ?? '?'}.`);
  out();
  const { rows, times } = rowsInProcess();
  const message: LeaderboardUpdate = { type: 'rows', rows, files: CARDS, truncated: false, tiers: TIERS, accessLabels: ACCESS_LABELS };
  let t = now();
  const json = JSON.stringify(message);
  const serialize = now() - t;
  t = now();
  leaderboardHtml({ cspSource: 'https://example.invalid', nonce: 'bench' });
  const html = now() - t;
  const stdio = await rowsOverStdio();
  // Each a fresh server (settings answered as VS Code answers them), the request sent right after `initialized`.
  const cold: ColdRun[] = await coldRuns(CARDS, ROUNDS, {});
  const coldWall = median(cold.map((r) => r.wall));
  const maxOf = (xs: number[]): number => Math.max(...xs);

  const page: PageTimes[] = [];
  if (fs.existsSync(CHROMIUM)) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      for (let r = 0; r < ROUNDS; r++) page.push(await renderInChromium(browser, JSON.parse(json) as LeaderboardUpdate));
    } finally {
      await browser.close();
    }
  }
  const render = median(page.map((p) => p.render));
  out(`### ${CARDS.toLocaleString('en-US')} generated cards (${rows.length} rows), median of ${ROUNDS} runs`);
  out();
  out('| step | time |');
  out('|---|---:|');
  out(`| rows in process: \`analyzeCard\` + \`leaderboardRow\` per card, no I/O | ${ms(median(times))} |`);
  out(`| \`modelCard/leaderboard\` over stdio, first request of a fresh server sent right after \`initialized\` (walk, read, repository index shared; ${(stdio.bytes / 1024).toFixed(0)} KB answer): p50 of ${ROUNDS} servers | ${ms(coldWall)} |`);
  out(`| the same, slowest of ${ROUNDS} | ${ms(maxOf(cold.map((r) => r.wall)))} |`);
  out(`| the server's CPU time from its start to that answer, p50 (max) | ${ms(median(cold.map((r) => r.cpu)))} (${ms(maxOf(cold.map((r) => r.cpu)))}) |`);
  out(`| the same request again (rows cached while the watcher reports changes) | ${ms(stdio.warm)} |`);
  out(`| the webview message serialised (${(json.length / 1024).toFixed(0)} KB) | ${ms(serialize)} |`);
  out(`| the webview's HTML (static shell, script and style inline) | ${ms(html)} |`);
  if (page.length > 0) {
    out(`| the page renders the ${page[0]?.rows ?? 0} rows (build, sort by ALScore, layout) in headless Chromium | ${ms(render)} |`);
    out(`| sort by another column (a header click), with layout | ${ms(median(page.map((p) => p.sort)))} |`);
    out(`| filter (one input event), with layout | ${ms(median(page.map((p) => p.filter)))} |`);
  } else out('| the page in Chromium | not measured: no Chromium at `/usr/bin/chromium` (set CHROMIUM) |');
  out();
  const shown = Number.isNaN(render) ? 0 : render;
  const race = median(times) + serialize + html + shown;
  out(`- **The race** (rows built from ${CARDS.toLocaleString('en-US')} cards + message + HTML + the page rendered): **${ms(race)}** (target < ${TARGET_MS} ms: ${race < TARGET_MS ? 'met' : 'missed'}).`);
  out(`- Through the server: opened again (rows cached) ${ms(stdio.warm + serialize + html + shown)}; the first request of a fresh server process ${ms(coldWall + serialize + html + shown)} p50, ${ms(maxOf(cold.map((r) => r.wall)) + serialize + html + shown)} the slowest (its engine not yet compiled by V8: the in-process figure above is warm).`);
  out('- Not included: VS Code creating the webview itself and the postMessage hop between extension host and webview (the same for any view).');
  if (!process.argv.includes('--no-write')) writeSection(lines.join('\n'));
}

/** Replaces (or appends) the `## Leaderboard view` section of bench/README.md, leaving other sections alone. */
function writeSection(body: string): void {
  const file = path.join(ROOT, 'bench', 'README.md');
  const intro = [
    'What is measured (`bench/leaderboard.ts`, run by `npm run bench` or alone with `node out/bench/leaderboard.js`):',
    '',
    `- the rows of ${CARDS.toLocaleString('en-US')} cards generated by \`bench/corpus.ts\` (both formats, ~5% with planted mistakes): in process, and`,
    '  through the bundled server over stdio (`modelCard/leaderboard`) on the same cards written to a temp folder;',
    '- the webview: its HTML, then the rows message dispatched to the page in headless Chromium (the same script',
    '  and CSS as in VS Code, `acquireVsCodeApi` stubbed), timed in the page to the end of layout; then a sort and a filter.',
    `- **Target**: the view opens on ${CARDS.toLocaleString('en-US')} cards in under a second.`,
  ].join('\n');
  replaceReadmeSection(file, '## Leaderboard view', `## Leaderboard view\n\n${intro}\n\n${body}\n`);
  console.log(`\nwrote the Leaderboard view section of ${path.relative(process.cwd(), file)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
