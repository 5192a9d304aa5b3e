// V8 tuning for a short CLI run (when TurboFan optimizes, how large the young generation grows; nothing to do
// with ALScore tiers).
//
// TurboFan: left alone, V8 starts optimizing the engine's functions within the first few hundred cards, on
// background threads (four by default): on a two-core machine those compiles take CPU from the thread doing
// the checking, and a run over ~700 cards is over before they pay back. Measured on 2 cores, 680 cards:
// 315 -> 244 ms for the whole command; at 10,000 cards 4% slower.
//
// Young generation: left alone, V8 doubles it while a folder is checked, up to 32 MB (two semi-spaces of
// 16 MB). Each card's entries and data die young, so a larger one saves few collections, while every page of
// it is memory the kernel hands over for the first time and the allocation runs through more than the cache
// holds. Held at 8 MB it is faster: measured on 2 cores (medians of 9-11 interleaved runs), 1,089 Hugging
// Face READMEs 875 -> 754 ms, 3,971 READMEs 920 -> 763 ms, the leaderboard repository 928 -> 780 ms. (Node
// takes the size as a start-up flag only; the growth factor V8 reads when it grows.)
import * as v8 from 'v8';

/** Turbofan's interrupt budget for a CLI run: about 15× Node 20's default, so only code that stays hot is optimized. */
const INTERRUPT_BUDGET = 1_000_000;

/** The young generation's size (both semi-spaces) at which it stops growing in a CLI run. */
const YOUNG_GENERATION_CAP = 8 * 1024 * 1024;

let tuned = false;
let capped = false;

/** Raises the budget before any card is read; a no-op on V8 versions where the flag is not known to exist. */
export function tuneForShortRun(v8Version = process.versions.v8): boolean {
  // V8 prints an error for a flag it does not know, so only versions that have it are tuned (Node 20 and 22).
  const major = Number(v8Version.split('.')[0]);
  if (major !== 11 && major !== 12) return false;
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  tuned = true;
  return true;
}

/**
 * Called after each file of a run: once the young generation has grown to the cap it grows no further. A
 * no-op once done, and where tuneForShortRun did not tune (another V8, or the engine in a test or an editor).
 * Returns whether the cap is set.
 */
export function capYoungGeneration(): boolean {
  if (!tuned || capped) return capped;
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  // A V8 that names its spaces otherwise is left alone (and not asked again).
  if (young === undefined) {
    tuned = false;
    return false;
  }
  if (young.space_size < YOUNG_GENERATION_CAP) return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  capped = true;
  return true;
}
