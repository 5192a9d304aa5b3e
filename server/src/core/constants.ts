// Card vocabulary shared by the parser, the rules and the zod schemas; no dependencies, cheap to load.
import type { EngineConfig } from './config';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const ARCHITECTURES = ['dense', 'moe', 'hybrid', 'matformer', 'compound', 'coe'] as const;
export const ACCESS = ['public', 'private', 'unknown'] as const;

/** Every front matter key the schema knows (a unit test keeps it equal to the zod schema's keys). */
export const FRONT_MATTER_KEYS = [
  'model_name', 'organization', 'released', 'access', 'architecture', 'parameters', 'active_parameters', 'training_tokens',
  'dataset_type', 'benchmarks', 'tags', 'last_updated', 'license', 'license_name', 'license_link', 'base_model', 'datasets',
  'language', 'pipeline_tag', 'library_name', 'metrics', 'model-index',
] as const;

/** Keys that make front matter a model card's (Hugging Face keys alone do not). */
export const CARD_KEYS: readonly string[] = ['model_name', 'organization', 'released', 'access', 'architecture', 'parameters', 'active_parameters', 'training_tokens', 'benchmarks'];

/** The configuration when there is no .modelcardrc.json (a unit test keeps it equal to the zod defaults). */
export const DEFAULT_CONFIG: EngineConfig = {
  computeOptimalRatio: 20,
  tiers: { extremelyPowerful: 20, veryPowerful: 10, powerful: 5, midTier: 1 },
  ratioRounding: 'ceil',
  rules: {},
};
