// CLI wall time against a read-and-regex baseline and markdownlint-cli2, side by side on one folder.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Timed {
  name: string;
  command: string;
  /** Wall times in ms, one per round. */
  times: number[];
  median: number;
  /** Median CPU time (user + system, all threads) in ms, when /usr/bin/time is there; a busy machine inflates wall time far more. */
  cpuMedian: number | null;
}

const TIME = '/usr/bin/time';

/** The baseline: walk the folder, read every .md file and run one regex over each. */
export const BASELINE_SCRIPT = [
  "const fs=require('fs'),path=require('path');let n=0;",
  "const walk=(d)=>{for(const e of fs.readdirSync(d,{withFileTypes:true})){const p=path.join(d,e.name);",
  "if(e.isDirectory())walk(p);else if(e.name.endsWith('.md')&&/\\*\\*ALScore:\\*\\*\\s*(\\S+)/.test(fs.readFileSync(p,'utf8')))n++;}};",
  'walk(process.argv[1]);process.stdout.write(n+"\\n");',
].join('');

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

interface Contender {
  name: string;
  command: string;
  file: string;
  args: string[];
  cwd: string;
  /** Exit codes that mean "ran fine" (a linter exits 1 when it finds problems). */
  ok: number[];
}

export interface RaceOptions {
  /** Environment of every command (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Race markdownlint-cli2 too (when installed). Default true. */
  markdownlint?: boolean;
}

/** Runs each contender once per round, interleaved, output to /dev/null; returns the medians. */
export function raceCli(repoRoot: string, dir: string, rounds: number, options: RaceOptions = {}): Timed[] {
  const node = process.execPath;
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  const mdl = path.join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const contenders: Contender[] = [
    { name: 'baseline (read + regex)', command: 'node -e "<read every .md, one regex>" DIR', file: node, args: ['-e', BASELINE_SCRIPT, dir], cwd: repoRoot, ok: [0] },
    { name: 'modelcard check', command: 'node dist/cli.js check DIR --format json', file: node, args: [cli, 'check', dir, '--format', 'json'], cwd: repoRoot, ok: [0, 1] },
  ];
  if (options.markdownlint !== false && fs.existsSync(mdl)) contenders.push({ name: 'markdownlint-cli2', command: 'markdownlint-cli2 "**/*.md" (in DIR)', file: node, args: [mdl, '**/*.md'], cwd: dir, ok: [0, 1] });
  const devNull = fs.openSync('/dev/null', 'w');
  const times = contenders.map(() => [] as number[]);
  const cpu = contenders.map(() => [] as number[]);
  const cpuFile = path.join(dir, '..', `${path.basename(dir)}.cpu`);
  const withTime = fs.existsSync(TIME);
  try {
    for (let round = 0; round < rounds + 1; round++) {
      contenders.forEach((c, i) => {
        const [file, args] = withTime ? [TIME, ['-f', '%U %S', '-o', cpuFile, c.file, ...c.args]] : [c.file, c.args];
        const start = process.hrtime.bigint();
        const r = spawnSync(file, args, { cwd: c.cwd, stdio: ['ignore', devNull, devNull], env: options.env ?? process.env });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (r.error || r.status === null || !c.ok.includes(r.status)) throw new Error(`${c.name} failed (exit ${String(r.status)}): ${String(r.error ?? '')}`);
        if (round === 0) return; // round 0 warms the file cache
        times[i]?.push(ms);
        if (withTime) {
          const [user, sys] = (fs.readFileSync(cpuFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
          cpu[i]?.push(((user ?? 0) + (sys ?? 0)) * 1000);
        }
      });
    }
  } finally {
    fs.closeSync(devNull);
    fs.rmSync(cpuFile, { force: true });
  }
  return contenders.map((c, i) => ({ name: c.name, command: c.command, times: times[i] ?? [], median: median(times[i] ?? []), cpuMedian: withTime ? median(cpu[i] ?? []) : null }));
}
