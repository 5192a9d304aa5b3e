// The CLI races counted in instructions rather than milliseconds: each command runs once under valgrind's
// callgrind, which counts every instruction the process executes (all threads, the garbage collector's
// included). On a shared or busy machine wall and CPU times swing by half; these counts move by about 1%
// between runs, so two builds can be compared while other work runs. A ratio of counts is close to the
// ratio of CPU times on an idle machine (it leaves out waiting on the disk, which the baseline does too).
//
// `npx tsc -p tsconfig.json && node out/bench/instructions.js [--cli PATH]` after `npm run build`.
// Needs valgrind (`apt-get install valgrind`); each command takes 10 s to 3 min under it.
// BENCH_LEADERBOARD_REPO and BENCH_HF_CORPUS add the real folders, as in `npm run bench`.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BASELINE_SCRIPT } from './cli';
import { writeCorpus, writeLeaderboardRepository } from './corpus';
import { writeHfCorpus } from './hfCorpus';

const ROOT = path.resolve(__dirname, '../..');
const CARDS = 700;

/** Instructions executed by `node args…` (callgrind's total), or null when valgrind is missing or fails. */
export function instructions(args: readonly string[], cwd: string): number | null {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--smc-check=all-non-file', '--callgrind-out-file=/dev/null', process.execPath, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const m = /Collected\s*:\s*(\d+)/.exec(r.stderr ?? '');
  return m?.[1] ? Number(m[1]) : null;
}

function main(): void {
  const at = process.argv.indexOf('--cli');
  const cli = path.resolve(at > 0 ? (process.argv[at + 1] ?? '') : path.join(ROOT, 'dist', 'cli.js'));
  if (instructions(['-e', '0'], ROOT) === null) {
    console.error('valgrind is needed (apt-get install valgrind)');
    process.exit(2);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-ir-'));
  try {
    const folders: [string, string][] = [];
    const add = (label: string, dir: string): void => void folders.push([label, dir]);
    writeCorpus(path.join(tmp, 'leaderboard'), CARDS, 7, true);
    add(`${CARDS} generated leaderboard cards`, path.join(tmp, 'leaderboard'));
    writeLeaderboardRepository(path.join(tmp, 'repository'), CARDS);
    add(`${CARDS} generated cards in a leaderboard repository`, path.join(tmp, 'repository'));
    writeHfCorpus(path.join(tmp, 'hf'), CARDS);
    add(`${CARDS} generated Hugging Face READMEs`, path.join(tmp, 'hf'));
    const real = process.env.BENCH_LEADERBOARD_REPO;
    if (real && fs.existsSync(path.join(real, 'models'))) add('the real leaderboard repository', real);
    for (const hf of (process.env.BENCH_HF_CORPUS ?? '').split(path.delimiter)) if (hf && fs.existsSync(hf)) add(`real Hugging Face READMEs (\`${path.basename(hf)}\`)`, hf);

    console.log(`Instructions (callgrind), Node ${process.version}, ${path.relative(ROOT, cli) || cli}:`);
    console.log();
    console.log('| folder | baseline | `modelcard check DIR --format json` | ratio |');
    console.log('|---|---:|---:|---:|');
    for (const [label, dir] of folders) {
      const base = instructions(['-e', BASELINE_SCRIPT, dir], ROOT);
      const check = instructions([cli, 'check', dir, '--format', 'json'], ROOT);
      const m = (n: number | null): string => (n === null ? 'failed' : `${(n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 0 })}M`);
      const ratio = base !== null && check !== null ? `**${(check / base).toFixed(2)}×**` : '—';
      console.log(`| ${label} | ${m(base)} | ${m(check)} | ${ratio} |`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) main();
