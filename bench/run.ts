// `npm run bench`: engine throughput on 10,000 generated cards, then the CLI against a baseline and
// markdownlint-cli2 on ~700 generated cards. Results go into bench/README.md unless `--no-write`.
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { raceCli, type Timed } from './cli';
import { writeCorpus, writeLeaderboardRepository } from './corpus';
import { writeHfCorpus } from './hfCorpus';
import { benchEngine } from './engine';
import { profileCommand } from './profile';

const ROOT = path.resolve(__dirname, '../..');
const CLI_CARDS = 700;
const ENGINE_CARDS = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const TARGET_BASELINE = 2.5;
const TARGET_MARKDOWNLINT = 10;
const TARGET_HF = 4;

const args = new Set(process.argv.slice(2));
const lines: string[] = [];
const out = (s = ''): void => {
  console.log(s);
  lines.push(s);
};

function main(): void {
  const cpus = os.cpus();
  out(`Run ${new Date().toISOString().slice(0, 10)} on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2) ?? '?'}.`);
  out();

  const e = benchEngine(ENGINE_CARDS);
  out('### Engine (`analyzeCard`, in process, no I/O)');
  out();
  out('| cards | avg size | total | cards/second | median per card | p99 per card | cards with errors |');
  out('|---:|---:|---:|---:|---:|---:|---:|');
  out(`| ${e.cards.toLocaleString('en-US')} | ${(e.avgBytes / 1024).toFixed(1)} KB | ${e.totalMs.toFixed(0)} ms | ${Math.round(e.cardsPerSecond).toLocaleString('en-US')} | ${(e.medianMs * 1000).toFixed(0)} µs | ${(e.p99Ms * 1000).toFixed(0)} µs | ${e.withErrors} |`);
  out();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-'));
  try {
    const cards = writeCorpus(dir, CLI_CARDS);
    const results = raceCli(ROOT, dir, ROUNDS);
    const base = contender(results, 'baseline');
    const cli = contender(results, 'modelcard');
    const mdl = contender(results, 'markdownlint');
    out(`### CLI on ${cards.length} generated cards (+ ${fs.readdirSync(path.join(dir, 'labs')).length + 1} non-card .md files), median of ${ROUNDS} interleaved runs`);
    out();
    out('| command | median wall time | median CPU time | wall runs (ms) |');
    out('|---|---:|---:|---|');
    for (const r of results) out(`| \`${r.command}\` | ${r.median.toFixed(0)} ms | ${r.cpuMedian === null ? '—' : `${r.cpuMedian.toFixed(0)} ms`} | ${r.times.map((t) => t.toFixed(0)).join(', ')} |`);
    out();
    if (base && cli) {
      const ratio = cli.median / base.median;
      out(`- modelcard ÷ baseline: **${ratio.toFixed(2)}×** (target ≤ ${TARGET_BASELINE}×: ${ratio <= TARGET_BASELINE ? 'met' : 'missed'})`);
    }
    if (mdl && cli) {
      const speedup = mdl.median / cli.median;
      out(`- markdownlint-cli2 ÷ modelcard: **${speedup.toFixed(1)}×** faster (target ≥ ${TARGET_MARKDOWNLINT}×: ${speedup >= TARGET_MARKDOWNLINT ? 'met' : 'missed'})`);
    }
    if (base?.cpuMedian && cli?.cpuMedian && mdl?.cpuMedian) {
      out(`- by CPU time: modelcard ÷ baseline ${(cli.cpuMedian / base.cpuMedian).toFixed(2)}×, markdownlint-cli2 ÷ modelcard ${(mdl.cpuMedian / cli.cpuMedian).toFixed(1)}×`);
    }
    // NODE_EXTRA_CA_CERTS makes every Node process load a certificate bundle at start (~40 ms here), the
    // baseline's too, which flatters the ratio: the two commands race again without it.
    const bareEnv = withoutExtraCerts();
    if (bareEnv) {
      const bare = raceCli(ROOT, dir, ROUNDS, { env: bareEnv, markdownlint: false });
      const [b, c] = [contender(bare, 'baseline'), contender(bare, 'modelcard')];
      if (b && c) {
        const ratio = c.median / b.median;
        out(`- NODE_EXTRA_CA_CERTS is set here (every Node process, the baseline's too, loads extra certificates at start). Without it: baseline ${b.median.toFixed(0)} ms, modelcard ${c.median.toFixed(0)} ms, **${ratio.toFixed(2)}×** (${ratio <= TARGET_BASELINE ? 'met' : 'missed'})`);
      }
    }
    out();
    if (args.has('--profile')) {
      // An unminified bundle of the same sources, so the profile names the engine's functions.
      const bundle = path.join(dir, 'cli-profile.js');
      buildSync({ entryPoints: [path.join(ROOT, 'server/src/cli/main.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: bundle, logLevel: 'warning' });
      const p = profileCommand([bundle, 'check', path.join(dir, 'models'), '--format', 'json', '--jobs', '1'], ROOT);
      out(`### Profile of one CLI run (\`--jobs 1\`, ${p.totalMs.toFixed(0)} ms sampled)`);
      out();
      out('| self ms | function |  | inclusive ms | function |');
      out('|---:|---|---|---:|---|');
      // Regex sources can hold `|`, which would split a table cell.
      const cell = (name: string): string => (name.length > 70 ? `${name.slice(0, 69)}…` : name).replace(/\|/g, '\\|');
      p.self.forEach(([name, ms], i) => {
        const [iname, ims] = p.inclusive[i] ?? ['', 0];
        out(`| ${ms.toFixed(1)} | \`${cell(name)}\` | | ${ims.toFixed(1)} | \`${cell(iname)}\` |`);
      });
      out();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // The real leaderboard's cards have no front matter: the same race on such a folder (no markdownlint-cli2, to keep the run short).
  const lbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-lb-'));
  try {
    const cards = writeCorpus(lbDir, CLI_CARDS, 7, true);
    out(`### CLI on ${cards.length} generated leaderboard cards (no front matter, like the real repository's), median of ${ROUNDS} interleaved runs`);
    out();
    out('| environment | baseline | `modelcard check DIR --format json` | ratio |');
    out('|---|---:|---:|---:|');
    const envs: [string, NodeJS.ProcessEnv][] = [['as this shell', process.env]];
    const bareEnv = withoutExtraCerts();
    if (bareEnv) envs.push(['without NODE_EXTRA_CA_CERTS', bareEnv]);
    for (const [label, env] of envs) {
      const r = raceCli(ROOT, lbDir, ROUNDS, { env, markdownlint: false });
      const [b, c] = [contender(r, 'baseline'), contender(r, 'modelcard')];
      if (b && c) out(`| ${label} | ${b.median.toFixed(0)} ms | ${c.median.toFixed(0)} ms | **${(c.median / b.median).toFixed(2)}×** |`);
    }
    out();
  } finally {
    fs.rmSync(lbDir, { recursive: true, force: true });
  }

  raceRepository();
  raceHuggingFace();

  // The language server benchmark lives in bench/lsp.ts (its own section of the README).
  const lsp = path.join(__dirname, 'lsp.js');
  if (fs.existsSync(lsp) && !args.has('--no-lsp')) spawnSync(process.execPath, ['--expose-gc', lsp, ...process.argv.slice(2)], { stdio: 'inherit' });
  // So does the Leaderboard view's (bench/leaderboard.ts).
  const board = path.join(__dirname, 'leaderboard.js');
  if (fs.existsSync(board) && !args.has('--no-leaderboard')) spawnSync(process.execPath, [board, ...process.argv.slice(2)], { stdio: 'inherit' });

  if (!args.has('--no-write')) writeReadme(lines.join('\n'));
}

/**
 * A leaderboard repository with derived pages (the repository rules run on every file), generated; and the
 * real repository when BENCH_LEADERBOARD_REPO names its checkout (not committed: see bench/README.md).
 */
function raceRepository(): void {
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-repo-'));
  const dirs: [string, string][] = [];
  try {
    const cards = writeLeaderboardRepository(generated, CLI_CARDS);
    dirs.push([`${cards.length} generated cards + lab pages, rankings/by-date.md, README`, generated]);
    const real = process.env.BENCH_LEADERBOARD_REPO;
    if (real && fs.existsSync(path.join(real, 'models'))) dirs.push(['the real leaderboard repository (BENCH_LEADERBOARD_REPO)', real]);
    out(`### CLI in a leaderboard repository (repository rules on), median of ${ROUNDS} interleaved runs`);
    out();
    out('| repository | baseline | `modelcard check DIR --format json` | ratio (wall) | baseline CPU | modelcard CPU |');
    out('|---|---:|---:|---:|---:|---:|');
    for (const [label, dir] of dirs) {
      const r = raceCli(ROOT, dir, ROUNDS, { markdownlint: false });
      const [b, c] = [contender(r, 'baseline'), contender(r, 'modelcard')];
      const cpu = (t: Timed): string => (t.cpuMedian === null ? '—' : `${t.cpuMedian.toFixed(0)} ms`);
      if (b && c) out(`| ${label} | ${b.median.toFixed(0)} ms | ${c.median.toFixed(0)} ms | **${(c.median / b.median).toFixed(2)}×** | ${cpu(b)} | ${cpu(c)} |`);
    }
    out();
  } finally {
    fs.rmSync(generated, { recursive: true, force: true });
  }
}

/** The folders of real Hugging Face READMEs BENCH_HF_CORPUS names (several joined by the path delimiter, `:`). */
function hfCorpora(): string[] {
  return (process.env.BENCH_HF_CORPUS ?? '').split(path.delimiter).filter((dir) => dir !== '' && fs.existsSync(dir));
}

/**
 * Hugging Face READMEs: generated ones (metadata with model-index, widget, lists; a Trainer-style body), and a
 * folder of real ones for each folder BENCH_HF_CORPUS names (not committed: see bench/README.md).
 */
function raceHuggingFace(): void {
  const dirs: [label: string, dir: string, temporary: boolean][] = [];
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-hf-'));
  const files = writeHfCorpus(generated, CLI_CARDS);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  dirs.push([`${files.length} generated Hugging Face READMEs (avg ${(bytes / files.length / 1024).toFixed(1)} KB)`, generated, true]);
  for (const real of hfCorpora()) dirs.push([`real Hugging Face READMEs in \`${path.basename(real)}\` (BENCH_HF_CORPUS)`, real, false]);
  out(`### CLI on Hugging Face model cards, median of ${ROUNDS} interleaved runs`);
  out();
  out('| folder | environment | baseline | `modelcard check DIR --format json` | ratio |');
  out('|---|---|---:|---:|---:|');
  try {
    for (const [label, dir] of dirs) {
      const envs: [string, NodeJS.ProcessEnv][] = [['as this shell', process.env]];
      const bareEnv = withoutExtraCerts();
      if (bareEnv) envs.push(['without NODE_EXTRA_CA_CERTS', bareEnv]);
      for (const [envLabel, env] of envs) {
        const r = raceCli(ROOT, dir, ROUNDS, { env, markdownlint: false });
        const [b, c] = [contender(r, 'baseline'), contender(r, 'modelcard')];
        if (b && c) {
          const ratio = c.median / b.median;
          out(`| ${label} | ${envLabel} | ${b.median.toFixed(0)} ms | ${c.median.toFixed(0)} ms | **${ratio.toFixed(2)}×** (target ≤ ${TARGET_HF}×: ${ratio <= TARGET_HF ? 'met' : 'missed'}) |`);
        }
      }
    }
    out();
  } finally {
    for (const [, dir, temporary] of dirs) if (temporary) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A race's result for the contender whose name starts with `prefix`. */
function contender(results: readonly Timed[], prefix: string): Timed | undefined {
  return results.find((r) => r.name.startsWith(prefix));
}

/** This environment without NODE_EXTRA_CA_CERTS, or null when it is not set. */
function withoutExtraCerts(): NodeJS.ProcessEnv | null {
  if (!process.env.NODE_EXTRA_CA_CERTS) return null;
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

const START = '<!-- bench:engine-cli:start -->';
const END = '<!-- bench:engine-cli:end -->';

/** Replaces the results between the markers in bench/README.md, leaving every other section alone. */
function writeReadme(results: string): void {
  const file = path.join(ROOT, 'bench', 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`bench/README.md has no ${START} … ${END} markers`);
  fs.writeFileSync(file, `${text.slice(0, a + START.length)}\n${results}\n${text.slice(b)}`);
  console.log('bench/README.md updated');
}

main();
