// One seed per property run: random unless MODELCARD_SEED is set, printed so a failure can be replayed.
import type { Parameters } from 'fast-check';

/** The seed of this run (`MODELCARD_SEED=<n> node --test …` replays one). */
export const PROPERTY_SEED = ((): number => {
  const given = Number(process.env.MODELCARD_SEED);
  return Number.isSafeInteger(given) && process.env.MODELCARD_SEED !== '' ? given : Math.floor(Math.random() * 0x7fffffff);
})();

/** Runs more cases when MODELCARD_RUNS_SCALE says so (a bug hunt); the suite keeps the counts it is given. */
const SCALE = Math.max(1, Number(process.env.MODELCARD_RUNS_SCALE) || 1);

/** fast-check parameters with the run's seed: its failure report names the seed and the path to the case. */
export function seeded<T>(numRuns: number): Parameters<T> {
  return { seed: PROPERTY_SEED, numRuns: Math.round(numRuns * SCALE) };
}

/** The line a test prints so a run can be replayed. */
export const SEED_NOTE = `property seed ${PROPERTY_SEED} (replay: MODELCARD_SEED=${PROPERTY_SEED})`;
