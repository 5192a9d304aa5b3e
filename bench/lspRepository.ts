// Language server on a leaderboard repository: index load, and a card edit → its own diagnostics and the
// diagnostics of the pages whose rows link it. Run after `npm run build` and tsc: `node out/bench/lspRepository.js`
// (`--no-write` leaves bench/README.md alone).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { replaceReadmeSection } from './readme';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { createRepositoryIndex } from '../server/src/core/repository';
import { RepositoryStatusNotification } from '../server/src/protocol';
import { fileUri, ROOT, TestClient } from '../test/lsp/client';
import { byDatePage, cardPath, cardText, dateRow, HERON, labPage, labRow, memoryHost, type CardSpec } from '../test/unit/helpers/leaderboard';

const CARDS = 700;
const LABS = 40;
const EDITS = 100;
const TARGET_OWN_MS = 30;
const TARGET_DEPENDENTS_MS = 200;

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN);
};
const ms = (x: number): string => (Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`);

/** A fictional repository: 700 cards over 40 labs, a page per lab, two rankings and an architecture page of every card, a README. */
function generate(): Map<string, string> {
  const files = new Map<string, string>();
  const specs: CardSpec[] = [];
  for (let i = 0; i < CARDS; i++) {
    const k = i % LABS;
    const spec: CardSpec = { ...HERON, title: `Sparrow ${i} 8B`, lab: `lab-${k}`, labName: `Lab ${k}`, mmlu: (40 + (i % 50)).toFixed(1) };
    specs.push(spec);
    files.set(cardPath(spec), cardText(spec));
  }
  for (let k = 0; k < LABS; k++) {
    const own = specs.filter((s) => s.lab === `lab-${k}`);
    files.set(`labs/lab-${k}.md`, labPage(`Lab ${k}`, own.map((s) => labRow(s)), own.length, own.length));
  }
  const rows = specs.map((s) => dateRow(s));
  files.set('rankings/by-date.md', byDatePage(rows, CARDS));
  files.set('rankings/by-parameters.md', byDatePage([...rows].reverse(), CARDS).replace('# Models by Release Date', '# Models by Parameters'));
  files.set('architectures/dense.md', labPage('Dense', specs.map((s) => labRow(s)), CARDS, CARDS).replace('[View All Labs](../labs/)', ''));
  files.set('README.md', `# Fictional Leaderboard\n\n**Total Models:** ${CARDS}\n\n${Array.from({ length: LABS }, (_, k) => `- [Lab ${k}](labs/lab-${k}.md)`).join('\n')}\n`);
  return files;
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const out = (s = ''): void => {
    console.log(s);
    lines.push(s);
  };
  const files = generate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-repo-'));
  for (const [p, text] of files) {
    fs.mkdirSync(path.join(dir, path.dirname(p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  }
  const cpus = os.cpus();
  out(`Run ${new Date().toISOString().slice(0, 10)} on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2) ?? '?'}.`);
  out();

  // (a) Load: from `initialized` to the server's notification that the index is built.
  const t0 = now();
  const client = await TestClient.start({ folder: dir });
  const loaded = await new Promise<RepositoryStatusNotification.Params>((resolve) => client.connection.onNotification(RepositoryStatusNotification.method, resolve));
  const loadWall = now() - t0;

  const edited = cardPath({ ...HERON, title: 'Sparrow 7 8B', lab: 'lab-7' });
  const uri = fileUri(dir, edited);
  const text = files.get(edited) ?? '';
  const dependents = ['labs/lab-7.md', 'rankings/by-date.md', 'rankings/by-parameters.md', 'architectures/dense.md'].map((p) => fileUri(dir, p));
  await client.open(uri, text);
  await client.diagnostics(uri, 1, 30000);
  const line = text.split('\n').findIndex((l) => l.includes('**Parameters:**'));
  const at = text.split('\n')[line]?.indexOf('8.0B') ?? -1;

  // (b), (c): each edit toggles the card's parameters, so every dependent row flips between stale and right.
  const own: number[] = [];
  const others: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const arrived = new Map<string, number>();
    const off = client.onPublish((p: PublishDiagnosticsParams) => {
      if (dependents.includes(p.uri) && !arrived.has(p.uri)) arrived.set(p.uri, now());
    });
    const t = now();
    const version = await client.change(uri, [{ range: { start: { line, character: at }, end: { line, character: at + 4 } }, text: i % 2 === 0 ? '9.0B' : '8.0B' }]);
    await client.diagnostics(uri, version, 10000);
    own.push(now() - t);
    const deadline = now() + 5000;
    while (arrived.size < dependents.length && now() < deadline) await new Promise((r) => setTimeout(r, 1));
    off();
    others.push(arrived.size === dependents.length ? Math.max(...arrived.values()) - t : NaN);
  }
  await client.stop();

  // The server's own work per edit, in process: the index update, the card's findings, the four pages' findings.
  const index = createRepositoryIndex(memoryHost(files));
  index.updateMany([...files].map(([path, text]) => ({ path, text })));
  // Every file's findings once, as the server publishes them after its load: the edits then measure what an edit redoes.
  for (const p of index.paths()) index.findings(p);
  const update: number[] = [];
  const pages: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const t = now();
    const changed = index.update(edited, text.replace('**Parameters:** 8.0B', i % 2 === 0 ? '**Parameters:** 9.0B' : '**Parameters:** 8.0B'));
    index.findings(edited);
    const t1 = now();
    for (const p of changed) if (p !== edited) index.findings(p);
    update.push(t1 - t);
    pages.push(now() - t1);
  }
  fs.rmSync(dir, { recursive: true, force: true });

  out(`### ${CARDS} cards, ${files.size - CARDS} pages (${LABS} lab pages, 2 rankings and an architecture page of ${CARDS} rows each, a README)`);
  out();
  out('| measure | p50 | p99 | target |');
  out('|---|---:|---:|---:|');
  out(`| (a) index load: start → index built (server's own figure: list, read ${loaded.files} files, index) | ${ms(loadWall)} (${ms(loaded.ms)}) | | |`);
  out(`| (b) card edit → the card's diagnostics | ${ms(pct(own, 50))} | ${ms(pct(own, 99))} | p99 < ${TARGET_OWN_MS} ms |`);
  out(`| (c) card edit → all ${dependents.length} dependent pages' diagnostics published | ${ms(pct(others, 50))} | ${ms(pct(others, 99))} | p99 < ${TARGET_DEPENDENTS_MS} ms |`);
  out(`| in process: \`index.update\` + the card's findings | ${ms(pct(update, 50))} | ${ms(pct(update, 99))} | |`);
  out(`| in process: the ${dependents.length} pages' findings | ${ms(pct(pages, 50))} | ${ms(pct(pages, 99))} | |`);
  out();
  const okOwn = pct(own, 99) < TARGET_OWN_MS;
  const okOthers = pct(others, 99) < TARGET_DEPENDENTS_MS;
  out(`- Targets: card p99 ${okOwn ? 'met' : 'missed'}, dependents p99 ${okOthers ? 'met' : 'missed'}. ${EDITS} edits, each waiting for the card's and the pages' diagnostics; every edit flips the card's parameters, so each page's row turns stale or right and every page republishes. The pages wait ${'≤'} 25 ms after the first change of a burst (coalesced), then publish.`);
  const load = os.loadavg()[0] ?? 0;
  if (load > cpus.length) out(`- The machine was busy (load average ${load.toFixed(1)} on ${cpus.length} cores): p99 figures include waits for a CPU.`);
  if (!process.argv.includes('--no-write')) writeSection(lines.join('\n'));
}

/** Replaces (or appends) the `## Repository in the language server` section of bench/README.md. */
function writeSection(body: string): void {
  const file = path.join(ROOT, 'bench', 'README.md');
  const heading = '## Repository in the language server';
  const intro = [
    'What is measured (`bench/lspRepository.ts`, alone with `node out/bench/lspRepository.js`): the bundled server over stdio',
    'with a generated fictional repository (cards from `test/unit/helpers/leaderboard.ts`) as its workspace folder:',
    '(a) the time to list, read and index it; (b) a card edit to the card\'s own diagnostics; (c) the same edit to the',
    'diagnostics of every page whose rows link the card (closed files, published by the server on its own).',
  ].join('\n');
  replaceReadmeSection(file, heading, `${heading}\n\n${intro}\n\n${body}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
