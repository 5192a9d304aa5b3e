// Turns either format into the normalized card: the card's facts, unknowns as null.
import type { BodyCard } from './parseBody';
import type { NormalizedCard } from './schema';
import type { BodyFieldName } from './vocabulary/bodyFields';
import { organizationName, parseDecimal, readAccess, readAlScore, readCount, readList, readRatio } from './vocabulary/readers';

const EMPTY: NormalizedCard = {
  modelName: null,
  organization: null,
  released: null,
  access: null,
  architecture: null,
  parametersB: null,
  activeParametersB: null,
  trainingTokensB: null,
  datasetType: [],
  benchmarks: [],
  tags: [],
  lastUpdated: null,
  stated: { alScore: null, tier: null, ratio: null, computeOptimal: null },
};

const count = (v: unknown): number | null => {
  const c = readCount(v);
  return c.kind === 'value' ? c.value : null;
};

export { organizationName };

/** The facts a leaderboard body states. */
export function normalizeBody(body: BodyCard): NormalizedCard {
  const get = (name: BodyFieldName): string | null => body.first.get(name)?.raw ?? null;
  const al = readAlScore(get('ALScore') ?? '-');
  const ratio = readRatio(get('Token:Param Ratio') ?? '-');
  const type = get('Type');
  const organization = get('Organization');
  return {
    ...EMPTY,
    modelName: body.titles[0]?.value ?? null,
    organization: organization !== null ? organizationName(organization) : null,
    released: get('Released'),
    access: readAccess(get('Access') ?? '')?.access ?? null,
    architecture: type && type !== '-' ? type : null,
    parametersB: count(get('Parameters')),
    trainingTokensB: count(get('Training Tokens')),
    datasetType: readList(get('Dataset Type') ?? '-'),
    benchmarks: body.benchmarks.map((b) => {
      const n = parseDecimal(b.raw.endsWith('%') ? b.raw.slice(0, -1) : b.raw);
      return { name: b.name, score: Number.isNaN(n) ? null : n };
    }),
    tags: body.tagLine?.tags ?? [],
    lastUpdated: get('Last Updated'),
    stated: {
      alScore: al.kind === 'value' ? al.score : null,
      tier: al.kind === 'value' ? al.tier : null,
      ratio: ratio.kind === 'value' ? ratio.ratio : null,
      computeOptimal: ratio.kind === 'value' && ratio.label ? ratio.label === 'optimal' : null,
    },
  };
}

/** The facts front matter states (the leaderboard's keys; Hugging Face's `tags` and `model_name` too). */
export function normalizeFrontMatter(data: Readonly<Record<string, unknown>>): NormalizedCard {
  const own = (k: string): unknown => (Object.hasOwn(data, k) ? data[k] : undefined);
  const str = (k: string): string | null => {
    const v = own(k);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  };
  const list = (k: string): string[] => {
    const v = own(k);
    if (typeof v === 'string') return [v];
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String) : [];
  };
  const access = str('access');
  const rawBenchmarks = own('benchmarks');
  const benchmarks = rawBenchmarks && typeof rawBenchmarks === 'object' && !Array.isArray(rawBenchmarks) ? (rawBenchmarks as Record<string, unknown>) : {};
  // A `parameters` mapping is Hugging Face's generation settings, not a count.
  const parameters = own('parameters');
  return {
    ...EMPTY,
    modelName: str('model_name'),
    organization: str('organization'),
    released: str('released'),
    access: access === 'public' || access === 'private' || access === 'unknown' ? access : null,
    architecture: str('architecture'),
    parametersB: parameters !== null && typeof parameters === 'object' ? null : count(parameters),
    activeParametersB: count(own('active_parameters')),
    trainingTokensB: count(own('training_tokens')),
    datasetType: list('dataset_type'),
    benchmarks: Object.entries(benchmarks).map(([name, score]) => ({ name, score: typeof score === 'number' ? score : null })),
    tags: list('tags'),
    lastUpdated: str('last_updated'),
  };
}

/** Body facts win; front matter fills what the body leaves unknown. */
export function mergeCards(body: NormalizedCard | null, fm: NormalizedCard | null): NormalizedCard {
  if (!body) return fm ?? EMPTY;
  if (!fm) return body;
  return {
    modelName: body.modelName ?? fm.modelName,
    organization: body.organization ?? fm.organization,
    released: body.released ?? fm.released,
    access: body.access ?? fm.access,
    architecture: body.architecture ?? fm.architecture,
    parametersB: body.parametersB ?? fm.parametersB,
    activeParametersB: body.activeParametersB ?? fm.activeParametersB,
    trainingTokensB: body.trainingTokensB ?? fm.trainingTokensB,
    datasetType: body.datasetType.length ? body.datasetType : fm.datasetType,
    benchmarks: body.benchmarks.length ? body.benchmarks : fm.benchmarks,
    tags: body.tags.length ? body.tags : fm.tags,
    lastUpdated: body.lastUpdated ?? fm.lastUpdated,
    stated: body.stated,
  };
}
