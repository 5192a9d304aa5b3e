// Language server benchmark: change-to-diagnostics latency over 200 edits, and memory with 1,000 cards open.
// Run after `npm run build` and tsc: `node out/bench/lsp.js` (`--no-write` leaves bench/README.md alone).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { replaceReadmeSection } from './readme';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { analyzeCard } from '../server/src/core';
import { BAD_ALSCORE, GOOD_CARD, lineOf } from '../test/lsp/cards';
import { fileUri, ROOT, TestClient } from '../test/lsp/client';
import { DEBOUNCE_MS } from '../server/src/lsp/diagnostics';
import { generateCorpus } from './corpus';

const EDITS = 200;
const OPEN_CARDS = 1000;
const TARGET_P99_MS = 30;
const TARGET_RSS_MB = 150;
const WS = path.join(os.tmpdir(), 'modelcard-bench-lsp');

interface Burst {
  name: string;
  published: number;
  /** Latency of each published version, from its change to its diagnostics. */
  own: number[];
  /** For every change, until the first diagnostics covering it (its version or a newer one). */
  covering: number[];
  final: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN);
};
const ms = (x: number): string => (Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`);
const sleep = (t: number): Promise<void> => new Promise((r) => setTimeout(r, t));

/** 200 small edits: typing into the Overview, with every 10th edit changing the ALScore value (so diagnostics change). */
async function burst(client: TestClient, name: string, gapMs: number | 'wait'): Promise<Burst> {
  const uri = fileUri(WS, `burst-${name.replace(/\W+/g, '-')}.md`);
  await client.open(uri, GOOD_CARD);
  await client.diagnostics(uri, 1);
  const overview = lineOf(GOOD_CARD, 'Aurora 78B is');
  const al = lineOf(GOOD_CARD, '- **ALScore:**');
  const sent = new Map<number, number>();
  const arrivals: { version: number; at: number }[] = [];
  const onPublish = (p: PublishDiagnosticsParams): void => {
    if (p.uri === uri && p.version !== undefined) arrivals.push({ version: p.version, at: now() });
  };
  const unsubscribe = client.onPublish(onPublish);
  let last = 1;
  for (let i = 0; i < EDITS; i++) {
    const change =
      i % 10 === 9
        ? { range: { start: { line: al, character: 15 }, end: { line: al, character: 18 } }, text: i % 20 === 19 ? '4.0' : '4.1' }
        : { range: { start: { line: overview, character: i }, end: { line: overview, character: i } }, text: 'abcdefghij'[i % 10] ?? 'x' };
    const t = now();
    last = await client.change(uri, [change]);
    sent.set(last, t);
    if (gapMs === 'wait') await client.diagnostics(uri, last);
    else if (gapMs > 0) await sleep(gapMs);
  }
  await client.diagnostics(uri, last, 10000);
  unsubscribe();
  const own = arrivals.filter((a) => sent.has(a.version)).map((a) => a.at - (sent.get(a.version) ?? a.at));
  const covering = [...sent].map(([v, t]) => (arrivals.find((a) => a.version >= v)?.at ?? NaN) - t);
  const finalArrival = arrivals.find((a) => a.version === last)?.at ?? NaN;
  await client.close(uri);
  return { name, published: own.length, own, covering, final: finalArrival - (sent.get(last) ?? 0) };
}

/** In-process engine time for each of the 200 edited versions of the card. */
function engineTimes(): number[] {
  const lines = GOOD_CARD.split('\n');
  const overview = lineOf(GOOD_CARD, 'Aurora 78B is');
  for (let i = 0; i < 50; i++) analyzeCard(GOOD_CARD);
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    lines[overview] = `${'abcdefghij'.repeat(20).slice(0, i)}${lines[overview] ?? ''}`;
    const text = lines.join('\n');
    const t = now();
    analyzeCard(text);
    times.push(now() - t);
    lines[overview] = (lines[overview] ?? '').slice(i);
  }
  return times;
}

/** Resident memory of a process in MB (Linux /proc). */
function rssMb(pid: number | undefined, field = 'VmRSS'): number {
  const status = fs.readFileSync(`/proc/${pid ?? 0}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const out = (s = ''): void => {
    console.log(s);
    lines.push(s);
  };
  const cpus = os.cpus();
  out(`Run ${new Date().toISOString().slice(0, 10)} on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2) ?? '?'}; \`node dist/server.js --stdio\` driven over JSON-RPC by \`out/bench/lsp.js\`.`);
  out();

  const client = await TestClient.start({ folder: WS });
  const pid = client.process.pid;
  // Warm up the engine's code paths, as an editor session would have.
  await client.open(fileUri(WS, 'warmup.md'), BAD_ALSCORE);
  await client.diagnostics(fileUri(WS, 'warmup.md'), 1);

  const runs = [
    await burst(client, 'each edit waits for its diagnostics', 'wait'),
    await burst(client, 'typing, one edit every 30 ms', 30),
    await burst(client, 'burst, 200 edits back to back', 0),
  ];
  out(`### Change → diagnostics latency, ${EDITS} edits on a ${GOOD_CARD.split('\n').length}-line card`);
  out();
  out('| edits sent | versions published | p50 (published) | p99 (published) | p99 change → first covering publish | final version |');
  out('|---|---:|---:|---:|---:|---:|');
  for (const r of runs) out(`| ${r.name} | ${r.published} / ${EDITS} | ${ms(pct(r.own, 50))} | ${ms(pct(r.own, 99))} | ${ms(pct(r.covering, 99))} | ${ms(r.final)} |`);
  out();
  const engine = engineTimes();
  out(`- The server's own work per version, measured in process on the same card and edits: \`analyzeCard\` p50 ${ms(pct(engine, 50))}, p99 ${ms(pct(engine, 99))}; the rest of each latency is the debounce, JSON-RPC over pipes and scheduling.`);
  const load = os.loadavg()[0] ?? 0;
  if (load > cpus.length) out(`- The machine was busy during this run (load average ${load.toFixed(1)} on ${cpus.length} cores, other builds and tests running): the p99 figures include waits for a CPU; the p50 and the in-process time above show the server's own cost.`);
  const worst = Math.max(...runs.map((r) => pct(r.own, 99)));
  out(`- p99 target ≤ ${TARGET_P99_MS} ms: ${worst <= TARGET_P99_MS ? 'met' : 'missed'} (worst p99 ${ms(worst)}). A newer version supersedes a pending one, so in a burst only the versions still current after the ${DEBOUNCE_MS} ms debounce publish; none is published stale.`);
  out();

  const before = rssMb(pid);
  const corpus = generateCorpus(OPEN_CARDS);
  const t0 = now();
  for (const [i, card] of corpus.entries()) await client.open(fileUri(WS, `open/${i}-${path.basename(card.file)}`), card.text);
  for (const [i, card] of corpus.entries()) await client.diagnostics(fileUri(WS, `open/${i}-${path.basename(card.file)}`), 1, 30000);
  const openMs = now() - t0;
  const after = rssMb(pid);
  const peak = rssMb(pid, 'VmHWM');
  out(`### Memory with ${OPEN_CARDS.toLocaleString('en-US')} distinct cards open (generated, both formats, all analysed and published)`);
  out();
  out('| server RSS before | RSS with 1,000 cards open | peak RSS (VmHWM) | open + check all |');
  out('|---:|---:|---:|---:|');
  out(`| ${before.toFixed(1)} MB | ${after.toFixed(1)} MB | ${peak.toFixed(1)} MB | ${(openMs / 1000).toFixed(2)} s |`);
  out();
  out(`- RSS target ≤ ${TARGET_RSS_MB} MB: ${after <= TARGET_RSS_MB ? 'met' : 'missed'}.`);
  await client.stop();

  if (!process.argv.includes('--no-write')) writeSection(lines.join('\n'));
}

/** Replaces (or appends) the `## Language server` section of bench/README.md, leaving other sections alone. */
function writeSection(body: string): void {
  const file = path.join(ROOT, 'bench', 'README.md');
  const intro = [
    'What is measured (`bench/lsp.ts`, run by `npm run bench` or alone with `node out/bench/lsp.js`):',
    '',
    '- the bundled server `dist/server.js --stdio`, spawned and driven over JSON-RPC the way an editor does;',
    `- **latency**: a ${GOOD_CARD.split('\n').length}-line leaderboard card (the test card of \`test/lsp/cards.ts\`, shaped like the real cards) gets ${EDITS} small`,
    '  `didChange` edits: characters typed into the Overview, and every 10th edit rewrites the ALScore value',
    '  (so the diagnostics change). Latency runs from sending a change to receiving `publishDiagnostics` for',
    '  that version. Three ways of sending: waiting for each version\'s diagnostics, typing one edit every',
    '  30 ms, and all 200 back to back. In a burst a newer version supersedes a pending one, so only some',
    '  versions publish: the table says how many, their p50/p99, the p99 from each change to the first',
    '  publish that covers it (its version or newer), and the latency of the final version;',
    `- **memory**: then ${OPEN_CARDS.toLocaleString('en-US')} distinct generated cards (\`bench/corpus.ts\`) are opened and each one's diagnostics awaited;`,
    '  resident memory is read from `/proc/<pid>/status` (VmRSS, and VmHWM for the peak).',
    `- **Targets**: p99 ≤ ${TARGET_P99_MS} ms; ≤ ${TARGET_RSS_MB} MB resident with ${OPEN_CARDS.toLocaleString('en-US')} cards open.`,
  ].join('\n');
  replaceReadmeSection(file, '## Language server', `## Language server\n\n${intro}\n\n${body}\n`);
  console.log(`\nwrote the Language server section of ${path.relative(process.cwd(), file)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
