// V8 tuning for a short CLI run (when TurboFan optimizes; nothing to do with ALScore tiers). Left alone,
// V8 starts optimizing the engine's functions within the first few hundred cards, on background threads
// (four by default): on a two-core machine those compiles take CPU from the thread doing the checking,
// and a run over ~700 cards is over before they pay back.
// Measured on 2 cores, 680 cards: 315 -> 244 ms for the whole command; at 10,000 cards 4% slower.
import * as v8 from 'v8';

/** Turbofan's interrupt budget for a CLI run: about 15× Node 20's default, so only code that stays hot is optimized. */
const INTERRUPT_BUDGET = 1_000_000;

/** Raises the budget before any card is read; a no-op on V8 versions where the flag is not known to exist. */
export function tuneForShortRun(v8Version = process.versions.v8): boolean {
  // V8 prints an error for a flag it does not know, so only versions that have it are tuned (Node 20 and 22).
  const major = Number(v8Version.split('.')[0]);
  if (major !== 11 && major !== 12) return false;
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}
