// Where a CLI run's time goes, by source file: `perf record` samples `modelcard check DIR --format json`
// (all threads, the kernel's share included), V8's perf map names the JavaScript functions, and the CLI
// bundle's source map turns each one into its TypeScript file and line. A sample counts for the innermost
// JavaScript function on its stack (so a builtin or an inline cache counts for the code that called it),
// unless it is in the garbage collector or one of V8's compilers, which are counted apart.
//
// Unlike the CPU profiler (--cpu-prof), whose ticks are late and misplaced on a busy machine, perf samples
// the hardware clock, so the shares hold under load. Needs `perf` (Debian: linux-perf) and a CLI bundle
// with its source map (`npm run build` writes dist/cli.js.map).
//
// `npx tsc -p tsconfig.json && node out/bench/where.js [DIR] [--cli PATH] [--top N] [-- extra check args]`:
// without DIR, 700 generated leaderboard cards (the bench's leaderboard race).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { SourceMap } from 'module';
import * as os from 'os';
import * as path from 'path';
import { writeCorpus } from './corpus';

const ROOT = path.resolve(__dirname, '../..');

interface Tally {
  samples: number;
  /** Of them, on the main thread (the one whose time a run waits for). */
  main: number;
  functions: Map<string, number>;
}

const GC = /Scavenge|MarkCompact|Heap::|ConcurrentMarking|Sweeper|MarkingVisitor|MinorMC|GCTracer|Evacuat/;
// V8's compilers: the optimizing one (TurboFan, on background threads), the baseline one (Sparkplug) and the
// bytecode compiler with its parser (on the main thread, as functions are first called).
const COMPILERS: readonly [RegExp, string][] = [
  [/compiler::|OptimizingCompileDispatcher|PipelineCompilationJob|Maglev/, 'V8: optimizing compiler (TurboFan)'],
  [/baseline::|BaselineBatchCompiler|Sparkplug/, 'V8: baseline compiler (Sparkplug)'],
  [/Parser::|Parser<|PreParser|BytecodeGenerator|Compiler::Compile|CompileLazy|Scanner::/, 'V8: parser and bytecode compiler'],
];
const JS_FRAME = /JS:[~^*+-]?(\S*) (\S+?):(\d+):(\d+)/;

/** Names a source line's function for the table (`scanLine`, `get links`), or '' when none is plain. */
function functionName(sourceLine: string): string {
  const m = /(?:function\*?\s+(\w+))|(?:^\s*(?:(?:private|public|protected|static|async|get|set|readonly)\s+)*(\w+)\s*(?:<[^>]*>)?\()|(?:(\w+)\s*=\s*(?:\([^)]*\)|\w+)\s*=>)/.exec(sourceLine);
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? '';
}

/** Maps bundle positions to `file:line name`, reading the TypeScript sources for names. */
class Locator {
  private readonly map: SourceMap | null;
  private readonly sources = new Map<string, string[]>();
  private readonly known = new Map<string, { file: string; where: string }>();

  constructor(private readonly bundle: string) {
    const mapFile = `${bundle}.map`;
    this.map = fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as never) : null;
  }

  locate(file: string, line: number, column: number, name: string): { file: string; where: string } {
    const key = `${file}:${line}:${column}`;
    const hit = this.known.get(key);
    if (hit) return hit;
    let found = { file: file.startsWith('node:') ? `${file.split('/')[0] ?? file} (Node)` : path.basename(file), where: `${name || '(anonymous)'} ${path.basename(file)}:${line}` };
    if (this.map && path.resolve(file) === path.resolve(this.bundle)) {
      const e = this.map.findEntry(line - 1, column - 1) as { originalSource?: string; originalLine?: number };
      if (e.originalSource !== undefined && e.originalLine !== undefined) {
        const source = path.relative(ROOT, path.resolve(path.dirname(this.bundle), e.originalSource));
        const text = this.sourceLines(source)[e.originalLine] ?? '';
        found = { file: source, where: `${functionName(text) || '(anonymous)'} ${path.basename(source)}:${e.originalLine + 1}` };
      }
    }
    this.known.set(key, found);
    return found;
  }

  private sourceLines(source: string): string[] {
    let lines = this.sources.get(source);
    if (!lines) {
      try {
        lines = fs.readFileSync(path.join(ROOT, source), 'utf8').split('\n');
      } catch {
        lines = [];
      }
      this.sources.set(source, lines);
    }
    return lines;
  }
}

/** Sample counts by group (a source file, or the garbage collector, a compiler, the kernel, native start-up). */
function fold(script: string, locator: Locator): { total: number; groups: Map<string, Tally> } {
  const groups = new Map<string, Tally>();
  let total = 0;
  let mainThread = '';
  let onMain = false;
  const count = (group: string, fn: string): void => {
    let t = groups.get(group);
    if (!t) groups.set(group, (t = { samples: 0, main: 0, functions: new Map() }));
    t.samples++;
    if (onMain) t.main++;
    t.functions.set(fn, (t.functions.get(fn) ?? 0) + 1);
  };
  for (const block of script.split(/\n\s*\n/)) {
    const frames = block.split('\n').slice(1).map((l) => l.trim()).filter((l) => l !== '');
    if (frames.length === 0) continue;
    // The header: `node PID/TID time: …` or `node TID time: …`; the process's first thread is the main one.
    const tid = /^\S+\s+(?:\d+\/)?(\d+)/.exec(block.trim())?.[1] ?? '';
    if (mainThread === '') mainThread = tid;
    onMain = tid === mainThread;
    total++;
    const leaf = frames[0] ?? '';
    if (frames.some((f) => GC.test(f))) {
      count('garbage collector', 'garbage collector');
      continue;
    }
    const compiler = COMPILERS.find(([re]) => frames.some((f) => re.test(f)));
    if (compiler) {
      count(compiler[1], 'compilers');
      continue;
    }
    const js = frames.map((f) => JS_FRAME.exec(f)).find((m) => m !== null);
    if (js) {
      const place = locator.locate(js[2] ?? '', Number(js[3]), Number(js[4]), js[1] ?? '');
      count(place.file, place.where);
    } else if (leaf.includes('[kernel.kallsyms]')) count('kernel, outside any JavaScript (process start, page faults)', 'kernel');
    else count('native, outside any JavaScript (Node start-up, V8 threads)', 'native');
  }
  return { total, groups };
}

function main(): void {
  const args = process.argv.slice(2);
  const dashes = args.indexOf('--');
  const extra = dashes >= 0 ? args.slice(dashes + 1) : [];
  const own = dashes >= 0 ? args.slice(0, dashes) : args;
  const option = (name: string): string | undefined => {
    const at = own.indexOf(name);
    return at >= 0 ? own.splice(at, 2)[1] : undefined;
  };
  const cli = path.resolve(option('--cli') ?? path.join(ROOT, 'dist', 'cli.js'));
  const top = Number(option('--top') ?? 12);
  if (spawnSync('perf', ['--version']).status !== 0) {
    console.error('perf is needed (Debian: apt-get install linux-perf)');
    process.exit(2);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-bench-where-'));
  try {
    let dir = own[0];
    if (!dir) {
      dir = path.join(tmp, 'leaderboard');
      writeCorpus(dir, 700, 7, true);
    }
    const data = path.join(tmp, 'perf.data');
    const rec = spawnSync('perf', ['record', '-F', '15000', '-g', '-o', data, '--', process.execPath, '--perf-basic-prof', cli, 'check', dir, '--format', 'json', ...extra], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (rec.status !== 0 && !fs.existsSync(data)) {
      console.error(`perf record failed: ${rec.stderr}`);
      process.exit(2);
    }
    const script = spawnSync('perf', ['script', '-i', data], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).stdout;
    for (const f of fs.readdirSync(os.tmpdir())) if (/^perf-\d+\.map$/.test(f) && script.includes(`/tmp/${f}`)) fs.rmSync(path.join(os.tmpdir(), f), { force: true });
    const { total, groups } = fold(script, new Locator(cli));
    console.log(`${total} samples of \`node ${path.relative(ROOT, cli)} check ${own[0] ?? '<700 generated leaderboard cards>'} --format json${extra.length ? ' ' + extra.join(' ') : ''}\``);
    console.log();
    const onMainThread = [...groups.values()].reduce((n, t) => n + t.main, 0);
    console.log(`On the main thread: ${((100 * onMainThread) / total).toFixed(1)}% of the samples; the rest ran beside it (V8's compiler and GC threads).`);
    console.log();
    console.log('| share | of it on the main thread | where | its busiest functions |');
    console.log('|---:|---:|---|---|');
    for (const [group, t] of [...groups].sort((a, b) => b[1].samples - a[1].samples).slice(0, top)) {
      const fns = [...t.functions]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .filter(([fn]) => fn !== group && !/^(garbage collector|compilers|kernel|native)$/.test(fn))
        .map(([fn, n]) => `${fn.replace(/ .*:/, ' :')} ${((100 * n) / total).toFixed(1)}%`);
      console.log(`| ${((100 * t.samples) / total).toFixed(1)}% | ${((100 * t.main) / total).toFixed(1)}% | ${group} | ${fns.join(', ')} |`);
    }
    const rest = [...groups].sort((a, b) => b[1].samples - a[1].samples).slice(top);
    if (rest.length > 0) {
      const share = (pick: (t: Tally) => number): string => `${((100 * rest.reduce((n, [, t]) => n + pick(t), 0)) / total).toFixed(1)}%`;
      console.log(`| ${share((t) => t.samples)} | ${share((t) => t.main)} | ${rest.length} other places | |`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) main();
