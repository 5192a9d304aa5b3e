// The Leaderboard view's first request on a fresh server: spawn the bundled server over stdio, initialize it
// on a folder of 1,000 generated cards, send `modelCard/leaderboard` at once, time the answer; several runs.
// Run after `npm run build` and tsc: `node out/bench/leaderboardCold.js` (BENCH_ROUNDS, `--prof DIR` writes
// a --cpu-prof profile per run). Used by bench/leaderboard.ts for the README's cold figure.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { LeaderboardRequest } from '../server/src/protocol';
import { TestClient } from '../test/lsp/client';
import { writeCorpus } from './corpus';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const TICK_MS = 1000 / 100; // USER_HZ on Linux

/** The process's user + system CPU time so far (Linux /proc), or NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid ?? 0}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

export interface ColdRun {
  /** From the request sent (right after `initialized`) to its answer. */
  wall: number;
  /** From spawning the server to the answer. */
  fromSpawn: number;
  /** The server's CPU time from its start to the answer. */
  cpu: number;
  rows: number;
}

/** One fresh server: the first leaderboard request's times. */
export async function coldRun(dir: string, options: { settings?: Record<string, unknown>; nodeArgs?: string[] } = {}): Promise<ColdRun> {
  const spawned = now();
  const client = await TestClient.start({ folder: dir, settings: options.settings, nodeArgs: options.nodeArgs, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
  try {
    const t = now();
    const result = await client.request<LeaderboardRequest.Result>('modelCard/leaderboard', {});
    const answered = now();
    const cpu = cpuMs(client.process.pid);
    return { wall: answered - t, fromSpawn: answered - spawned, cpu, rows: result.rows.length };
  } finally {
    await client.stop();
  }
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function coldRuns(cards: number, rounds: number, settings: Record<string, unknown> | undefined, profDir?: string): Promise<ColdRun[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-cold-'));
  try {
    writeCorpus(dir, cards);
    const runs: ColdRun[] = [];
    for (let r = 0; r < rounds; r++) runs.push(await coldRun(dir, { settings, nodeArgs: profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [] }));
    return runs;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
  const at = process.argv.indexOf('--prof');
  const prof = at > 0 ? path.resolve(process.argv[at + 1] ?? 'prof') : undefined;
  for (const [label, settings] of [['client answers workspace/configuration (as VS Code)', {}], ['client without workspace/configuration', undefined]] as const) {
    const runs = await coldRuns(1000, rounds, settings, prof);
    const f = (xs: number[]): string => `p50 ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;
    console.log(`${label} (load ${os.loadavg()[0]?.toFixed(2)}): ${runs[0]?.rows} rows`);
    console.log(`  request wall ${f(runs.map((r) => r.wall))}  [${runs.map((r) => r.wall.toFixed(0)).join(', ')}]`);
    console.log(`  spawn→answer ${f(runs.map((r) => r.fromSpawn))}; server CPU at answer ${f(runs.map((r) => r.cpu))}`);
    if (prof) break;
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
