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
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import { SourceMap } from 'module';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
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

/** Maps bundle positions (the CLI's and the files it loads, each with its source map) to `file:line name`, reading the sources for names. */
class Locator {
  private readonly maps = new Map<string, SourceMap | null>();
  private readonly sources = new Map<string, string[]>();
  private readonly known = new Map<string, { file: string; where: string }>();

  private mapOf(bundle: string): SourceMap | null {
    let map = this.maps.get(bundle);
    if (map === undefined) {
      const mapFile = `${bundle}.map`;
      map = bundle.endsWith('.js') && fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')) as never) : null;
      this.maps.set(bundle, map);
    }
    return map;
  }

  locate(file: string, line: number, column: number, name: string): { file: string; where: string } {
    const key = `${file}:${line}:${column}`;
    const hit = this.known.get(key);
    if (hit) return hit;
    let found = { file: file.startsWith('node:') ? `${file.split('/')[0] ?? file} (Node)` : path.basename(file), where: `${name || '(anonymous)'} ${path.basename(file)}:${line}` };
    const map = file.startsWith('/') ? this.mapOf(file) : null;
    if (map) {
      const e = map.findEntry(line - 1, column - 1) as { originalSource?: string; originalLine?: number };
      if (e.originalSource !== undefined && e.originalLine !== undefined) {
        const source = path.relative(ROOT, path.resolve(path.dirname(file), e.originalSource));
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
class Folder {
  readonly groups = new Map<string, Tally>();
  total = 0;
  private mainThread = '';
  private header = '';
  private frames: string[] = [];

  constructor(private readonly locator: Locator) {}

  /** One line of `perf script`: a sample's header, one of its frames, or the blank line that ends it. */
  line(text: string): void {
    const t = text.trim();
    if (t === '') this.flush();
    else if (this.header === '') this.header = t;
    else this.frames.push(t);
  }

  flush(): void {
    const { header, frames } = this;
    this.header = '';
    this.frames = [];
    if (header === '' || frames.length === 0) return;
    // The header: `node PID/TID time: …` or `node TID time: …`; the process's first thread is the main one.
    const tid = /^\S+\s+(?:\d+\/)?(\d+)/.exec(header)?.[1] ?? '';
    if (this.mainThread === '') this.mainThread = tid;
    const onMain = tid === this.mainThread;
    this.total++;
    const leaf = frames[0] ?? '';
    if (frames.some((f) => GC.test(f))) return this.count('garbage collector', 'garbage collector', onMain);
    const compiler = COMPILERS.find(([re]) => frames.some((f) => re.test(f)));
    if (compiler) return this.count(compiler[1], 'compilers', onMain);
    const js = frames.map((f) => JS_FRAME.exec(f)).find((m) => m !== null);
    if (js) {
      const place = this.locator.locate(js[2] ?? '', Number(js[3]), Number(js[4]), js[1] ?? '');
      this.count(place.file, place.where, onMain);
    } else if (leaf.includes('[kernel.kallsyms]')) this.count('kernel, outside any JavaScript (process start, page faults)', 'kernel', onMain);
    else this.count('native, outside any JavaScript (Node start-up, V8 threads)', 'native', onMain);
  }

  private count(group: string, fn: string, onMain: boolean): void {
    let t = this.groups.get(group);
    if (!t) this.groups.set(group, (t = { samples: 0, main: 0, functions: new Map() }));
    t.samples++;
    if (onMain) t.main++;
    t.functions.set(fn, (t.functions.get(fn) ?? 0) + 1);
  }
}

/** Folds `perf script`'s output as it streams (it runs to gigabytes on a long run). */
async function fold(data: string, locator: Locator): Promise<Folder> {
  const folder = new Folder(locator);
  const child = spawn('perf', ['script', '-i', data], { stdio: ['ignore', 'pipe', 'ignore'] });
  for await (const text of readline.createInterface({ input: child.stdout, crlfDelay: Infinity })) folder.line(text);
  folder.flush();
  return folder;
}

const perfMaps = (): string[] => fs.readdirSync('/tmp').filter((f) => /^perf-\d+\.map$/.test(f));

async function main(): Promise<void> {
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
    const mapsBefore = new Set(perfMaps());
    const rec = spawnSync('perf', ['record', '-F', '15000', '-g', '-o', data, '--', process.execPath, '--perf-basic-prof', cli, 'check', dir, '--format', 'json', ...extra], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (rec.status !== 0 && !fs.existsSync(data)) {
      console.error(`perf record failed: ${rec.stderr}`);
      process.exit(2);
    }
    const { total, groups } = await fold(data, new Locator());
    // The perf map V8 wrote for the run (perf-<pid>.map in /tmp), once perf script has read it.
    for (const f of perfMaps()) if (!mapsBefore.has(f)) fs.rmSync(path.join('/tmp', f), { force: true });
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

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
