// The default engine configuration; no dependencies, cheap to load.
import type { EngineConfig } from './engineConfig';

export { ACCESS, ARCHITECTURES, MONTHS } from './vocabulary/words';

/** The configuration when there is no .modelcardrc.json (a unit test keeps it equal to the zod defaults). */
export const DEFAULT_CONFIG: EngineConfig = {
  computeOptimalRatio: 20,
  tiers: { extremelyPowerful: 20, veryPowerful: 10, powerful: 5, midTier: 1 },
  ratioRounding: 'ceil',
  rules: {},
};
