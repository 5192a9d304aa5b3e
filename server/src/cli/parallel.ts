// Checking on several threads: workers load the same bundle and claim files from a shared counter.
import type { Worker as WorkerType } from 'worker_threads';
import type { CardAnalysis } from '../core';
import { portableCard, type PortableCard } from '../core/repository';
import { repositoryPath } from '../node/repository';
import { checkFiles, type CardReport, type CheckResult } from './check';
import { ConfigResolver } from './configPerFile';
import type { InputFile } from './walk';

/** Below this many files a worker's start-up costs more than it saves. */
const MIN_FILES_PER_WORKER = 150;
// Files claimed at a time: few enough to balance, enough to keep the counter quiet.
const CHUNK = 8;
const WORKER_TAG = 'modelcard-check-worker';

interface WorkerInput {
  tag: typeof WORKER_TAG;
  files: InputFile[];
  config: string | null;
  cwd: string;
  counter: Int32Array;
  /** The leaderboard repository being indexed (its root), or null: the workers hand back what the index reads of each card. */
  repository: string | null;
}

/** Where the check's analyses go in a repository (see RepositoryLoader): this thread's as they are, a worker's as portable cards. */
export interface HandOver {
  root: string;
  analysis(abs: string, analysis: CardAnalysis): void;
  portable(abs: string, card: PortableCard): void;
}

interface Slot {
  index: number;
  report: CardReport | null;
  /** Why the file, named explicitly, was not checked (see CheckResult.notCards). */
  notCard: string | null;
}

interface WorkerOutput {
  slots: Slot[];
  /** What the repository index reads of the cards checked (by absolute path). */
  cards: { abs: string; card: PortableCard }[];
  ioErrors: string[];
  configErrors: string[];
}

/** How many extra threads to use for `count` files (0: check on the main thread only). */
export function workerCount(count: number, jobs: number | null): number {
  // One thread unless asked: measured on 2 idle cores, a worker (which loads and warms up its own
  // engine) made a check slower at 680 cards (0.37 -> 0.50 s) and at 3,400 (0.71 -> 0.85 s).
  const threads = jobs ?? 1;
  return Math.max(0, Math.min(threads - 1, Math.floor(count / MIN_FILES_PER_WORKER)));
}

/** Claims chunks of files from the shared counter and checks them until none is left; `handOver` gets each analysis (this thread), else `repository` names the root whose cards are handed back portable (a worker). */
function drain(files: readonly InputFile[], counter: Int32Array, configs: ConfigResolver, handOver: HandOver | null, repository: string | null): WorkerOutput {
  const out: WorkerOutput = { slots: [], cards: [], ioErrors: [], configErrors: [] };
  const toIndex = handOver
    ? (abs: string, a: CardAnalysis) => handOver.analysis(abs, a)
    : repository !== null
      ? (abs: string, a: CardAnalysis) => {
          const rel = repositoryPath(repository, abs);
          const card = rel !== null && a.isCard ? portableCard(rel, a.index.text, a) : null;
          if (card) out.cards.push({ abs, card });
        }
      : undefined;
  for (;;) {
    const start = Atomics.add(counter, 0, CHUNK);
    if (start >= files.length) return out;
    const end = Math.min(start + CHUNK, files.length);
    for (let index = start; index < end; index++) {
      const file = files[index];
      if (!file) continue;
      const r = checkFiles([file], configs, toIndex);
      out.slots.push({ index, report: r.reports[0] ?? null, notCard: r.notCards[0] ?? null });
      out.ioErrors.push(...r.ioErrors);
      out.configErrors.push(...r.configErrors);
    }
  }
}

/** Checks the files on this thread and `workers` threads running `entry` (the CLI bundle); results in file order. */
export async function checkFilesParallel(
  files: readonly InputFile[],
  config: string | null,
  cwd: string,
  workers: number,
  entry: string,
  listedConfigs?: ReadonlyMap<string, boolean>,
  handOver?: HandOver,
): Promise<CheckResult> {
  const configs = new ConfigResolver(config, cwd, listedConfigs);
  if (workers <= 0) return checkFiles(files, configs, handOver ? (abs, a) => handOver.analysis(abs, a) : undefined);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { tag: WORKER_TAG, files: [...files], config, cwd, counter, repository: handOver?.root ?? null };
  const pending = Array.from({ length: workers }, () => runWorker(entry, input));
  const outputs = [drain(files, counter, configs, handOver ?? null, null)];
  for (const p of pending) {
    const o = await p;
    if (!o) continue;
    outputs.push(o);
    for (const c of o.cards) handOver?.portable(c.abs, c.card);
  }
  const reports = new Array<CardReport | null>(files.length).fill(null);
  const notCards = new Array<string | null>(files.length).fill(null);
  const done = new Uint8Array(files.length);
  for (const o of outputs) {
    for (const s of o.slots) {
      reports[s.index] = s.report;
      notCards[s.index] = s.notCard;
      done[s.index] = 1;
    }
  }
  // A worker that failed left its claimed files undone: check them here.
  const rest: WorkerOutput = { slots: [], cards: [], ioErrors: [], configErrors: [] };
  files.forEach((file, index) => {
    if (done[index]) return;
    const r = checkFiles([file], configs, handOver ? (abs, a) => handOver.analysis(abs, a) : undefined);
    reports[index] = r.reports[0] ?? null;
    notCards[index] = r.notCards[0] ?? null;
    rest.ioErrors.push(...r.ioErrors);
    rest.configErrors.push(...r.configErrors);
  });
  outputs.push(rest);
  return {
    reports: reports.filter((r): r is CardReport => r !== null),
    notCards: notCards.filter((n): n is string => n !== null),
    ioErrors: outputs.flatMap((o) => o.ioErrors),
    configErrors: [...new Set(outputs.flatMap((o) => o.configErrors))],
  };
}

// Resolves with the worker's output, or null when it failed (its files are then checked on the main thread).
function runWorker(entry: string, input: WorkerInput): Promise<WorkerOutput | null> {
  return new Promise((resolve) => {
    let worker: WorkerType;
    try {
      worker = new (threads().Worker)(entry, { workerData: input, argv: [WORKER_FLAG] });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (o: WorkerOutput) => {
      worker.unref();
      resolve(o);
    });
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

// worker_threads is loaded only when threads are used: most runs never start one.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = (): typeof import('worker_threads') => require('worker_threads') as typeof import('worker_threads');

/** Marks a worker's argv, so the main thread can tell it is not one without loading worker_threads. */
const WORKER_FLAG = '--modelcard-worker';

/** True in a thread started by checkFilesParallel; it then checks its share and reports back. */
export function runAsWorker(): boolean {
  if (!process.argv.includes(WORKER_FLAG)) return false;
  const wt = threads();
  const { isMainThread, parentPort } = wt;
  const input = wt.workerData as WorkerInput | null;
  if (isMainThread || !parentPort || input?.tag !== WORKER_TAG) return false;
  parentPort.postMessage(drain(input.files, input.counter, new ConfigResolver(input.config, input.cwd), null, input.repository));
  return true;
}
