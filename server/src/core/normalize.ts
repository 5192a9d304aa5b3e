// Turns either format into the normalized card: the card's facts, unknowns as null.
import type { BodyCard, BodyFieldName } from './parseBody';
import { parseCount, parseDecimal } from './numbers';
import type { NormalizedCard } from './schema';
import type { Tier } from './types';
import { readAccess, readAlScore, readRatio } from './values';

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
  const c = parseCount(v);
  return c.kind === 'value' ? c.billions : null;
};

/** Lab name of `[Lab](../../labs/lab.md)`, or the text itself. */
export function organizationName(raw: string): string {
  return /^\[([^\]]*)\]/.exec(raw.trim())?.[1]?.trim() ?? raw.trim();
}

export function normalizeBody(body: BodyCard): NormalizedCard {
  const get = (name: BodyFieldName): string | null => body.first.get(name)?.raw ?? null;
  const al = readAlScore(get('ALScore') ?? '-');
  const ratio = readRatio(get('Token:Param Ratio') ?? '-');
  const type = get('Type');
  const dataset = get('Dataset Type');
  return {
    ...EMPTY,
    modelName: body.titles[0]?.value ?? null,
    organization: get('Organization') !== null ? organizationName(get('Organization') ?? '') : null,
    released: get('Released'),
    access: readAccess(get('Access') ?? '')?.access ?? null,
    architecture: type && type !== '-' ? type : null,
    parametersB: count(get('Parameters')),
    trainingTokensB: count(get('Training Tokens')),
    datasetType: dataset && dataset !== '-' ? dataset.split(',').map((s) => s.trim()).filter(Boolean) : [],
    benchmarks: body.benchmarks.map((b) => {
      const n = parseDecimal(b.raw.replace(/%$/, ''));
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

export function normalizeFrontMatter(data: Record<string, unknown>): NormalizedCard {
  const str = (k: string): string | null => (typeof data[k] === 'string' || typeof data[k] === 'number' ? String(data[k]) : null);
  const list = (k: string): string[] => (Array.isArray(data[k]) ? (data[k] as unknown[]).filter((x) => typeof x === 'string' || typeof x === 'number').map(String) : []);
  const access = str('access');
  const benchmarks = data.benchmarks && typeof data.benchmarks === 'object' && !Array.isArray(data.benchmarks) ? (data.benchmarks as Record<string, unknown>) : {};
  return {
    ...EMPTY,
    modelName: str('model_name'),
    organization: str('organization'),
    released: str('released'),
    access: access === 'public' || access === 'private' || access === 'unknown' ? access : null,
    architecture: str('architecture'),
    parametersB: count(data.parameters),
    activeParametersB: count(data.active_parameters),
    trainingTokensB: count(data.training_tokens),
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
  const pick = <T>(a: T | null, b: T | null): T | null => (a ?? b);
  return {
    modelName: pick(body.modelName, fm.modelName),
    organization: pick(body.organization, fm.organization),
    released: pick(body.released, fm.released),
    access: pick(body.access, fm.access),
    architecture: pick(body.architecture, fm.architecture),
    parametersB: pick(body.parametersB, fm.parametersB),
    activeParametersB: pick(body.activeParametersB, fm.activeParametersB),
    trainingTokensB: pick(body.trainingTokensB, fm.trainingTokensB),
    datasetType: body.datasetType.length ? body.datasetType : fm.datasetType,
    benchmarks: body.benchmarks.length ? body.benchmarks : fm.benchmarks,
    tags: body.tags.length ? body.tags : fm.tags,
    lastUpdated: pick(body.lastUpdated, fm.lastUpdated),
    stated: body.stated,
  };
}

export type { Tier };
