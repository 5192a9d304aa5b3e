// Loading a repository's index on two threads (the Node server only): a worker thread running this same
// bundle analyses part of the cards and hands back what the index keeps of each (plain data: a portable
// card and its Leaderboard row), while the server's thread analyses the rest. A repository is read when a
// folder opens and the Leaderboard's first request waits for it; on two cores this shortens that wait.
import type { Worker as WorkerType } from 'worker_threads';
import { analyzeCard, isCardUnassumed } from '../core';
import { leaderboardRow, type LeaderboardRow } from '../core/leaderboard/rows';
import { portableCard, type PortableCard } from '../core/repository';
import { fileNameOf } from './leaderboard';

/** A card for the worker: its repository path, text and URI. */
export interface CardInput {
  path: string;
  text: string;
  uri: string;
}

/** What the worker made of a card: null `card` when it must be read on the server's thread (it has suppression comments). */
export interface CardOutput {
  path: string;
  card: PortableCard | null;
  row: LeaderboardRow | null;
  unassumed: boolean;
}

const TAG = 'modelcard-index-worker';
const FLAG = '--modelcard-index-worker';

/** Below this many cards a worker's start (loading the server bundle, a cold engine) costs more than it saves. */
export const MIN_WORKER_CARDS = 200;

/** What a card reads as, as the index would read it (default config, read as a card). */
export function readCardForIndex(input: CardInput): CardOutput {
  const a = analyzeCard(input.text, { assumeCard: true });
  return { path: input.path, card: portableCard(input.path, input.text, a), row: leaderboardRow(input.uri, a, fileNameOf(input.uri)), unassumed: isCardUnassumed(a) };
}

// worker_threads is loaded only when a repository is big enough to use one.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = (): typeof import('worker_threads') => require('worker_threads') as typeof import('worker_threads');

/** Reads the cards on a worker thread running `entry` (the server bundle); null when no worker could run them. */
export function readCardsOnWorker(entry: string, cards: readonly CardInput[]): Promise<CardOutput[] | null> {
  return new Promise((resolve) => {
    let worker: WorkerType;
    try {
      worker = new (threads().Worker)(entry, { workerData: { tag: TAG, cards }, argv: [FLAG] });
    } catch {
      resolve(null);
      return;
    }
    worker.once('message', (out: CardOutput[]) => {
      resolve(Array.isArray(out) && out.length === cards.length ? out : null);
      void worker.terminate();
    });
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

/** True in a thread started by readCardsOnWorker: it reads its cards, answers and returns. */
export function runIndexWorker(): boolean {
  if (!process.argv.includes(FLAG)) return false;
  const wt = threads();
  const input = wt.workerData as { tag?: string; cards?: CardInput[] } | null;
  if (wt.isMainThread || !wt.parentPort || input?.tag !== TAG || !Array.isArray(input.cards)) return false;
  wt.parentPort.postMessage(input.cards.map(readCardForIndex));
  return true;
}
