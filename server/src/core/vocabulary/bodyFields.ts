// The leaderboard body's fields as data: label, place, need, home sub-section, docs, example, completion
// snippet, front matter key, and how a value is judged. Parser, rules, hover, completion, template,
// snippets and grammar all read this table; adding a field is one entry here plus its test.
import { canonicalReleased, isUnknownText, isValidDate, readAccess, readAlScore, readCount, readRatio, readReleased, readType } from './readers';
import { ACCESS_LABELS, BODY_TYPES, FORMULA_TEXT, MONTHS, OPTIMAL_LABEL, TIERS, UNDER_LABEL } from './words';

export type BodyFieldName = 'Organization' | 'Released' | 'Access' | 'Last Updated' | 'Type' | 'Parameters' | 'Training Tokens' | 'Token:Param Ratio' | 'ALScore' | 'Formula' | 'Dataset Type';

/** What a snippet may fill in: the computed values when the card's P and T are known. */
export interface SnippetValues {
  /** A number, or a snippet variable (`$CURRENT_YEAR`) in the generated snippets file. */
  year: number | string;
  today: string;
  alScore: string | null;
  ratio: string | null;
}

/** A malformed or non-canonical value: the message, and the canonical text when the fix is certain. */
export interface Judgement {
  message: string;
  fix?: string;
}

/** What a field's value is: the grammar scopes values and the template writes unknowns by it. */
export type BodyValueKind = 'link' | 'release' | 'access' | 'architecture' | 'count' | 'ratio' | 'alscore' | 'formula' | 'list' | 'date';

export interface BodyFieldSpec {
  label: BodyFieldName;
  /** `**Label:** value` in the header paragraph (or footer), or `- **Label:** value` as a bullet. */
  place: 'header' | 'bullet';
  /** A header field written in the footer, after the closing rule (Last Updated), not under the title. */
  footer?: true;
  kind: BodyValueKind;
  /** How a card writes the value when it is not known (`TBA`, `❓ Unknown`, `-`, `- -`), before any unit. */
  unknown?: string;
  /** The unit written after the number (`B`: counts are in billions). */
  unit?: string;
  need: 'required' | 'recommended';
  /** The sub-section a bullet belongs under (where a "missing" finding points). */
  home: 'Model Architecture' | 'Training Efficiency' | 'Training Data' | null;
  /** The front matter key stating the same fact, if any. */
  key: string | null;
  docs: string;
  example: string;
  /** TextMate snippet text after the label (`${1:0.0}B`). */
  snippet: (v: SnippetValues) => string;
  /** Values offered by completion after the label. */
  choices?: readonly string[];
  /** Why a value written here is wrong (null when it is fine or unknown). */
  judge: (raw: string) => Judgement | null;
}

/** Escapes a choice for a TextMate snippet `${1|a,b|}`. */
const choice = (values: readonly string[]): string => `|${values.map((v) => v.replace(/[,|$}\\]/g, '\\$&')).join(',')}|`;
const escSnippet = (s: string): string => s.replace(/[$}\\]/g, '\\$&');

const count = (label: string, example: string) => (raw: string): Judgement | null => {
  const c = readCount(raw);
  if (c.kind !== 'invalid') return null;
  return c.outOfRange
    ? { message: `${label} "${raw}" is out of range: a count is at least 1 (0.000000001B) and at most 1,000,000B (10¹⁵); write it in billions with B (e.g. ${example})` }
    : { message: `${label} "${raw}" is not a count: write the number in billions with B (e.g. ${example}), or - when unknown` };
};

export const BODY_FIELDS: readonly BodyFieldSpec[] = [
  {
    label: 'Organization',
    place: 'header',
    kind: 'link',
    need: 'required',
    home: null,
    key: 'organization',
    docs: 'The lab that built the model, linked to its profile: `[Lab Name](../../labs/<lab-slug>.md)`. Required.',
    example: '[Example Labs](../../labs/example-labs.md)',
    snippet: () => '[${1:Lab Name}](../../labs/${2:lab-slug}.md)',
    judge: (raw) => {
      if (!raw) return { message: 'Organization is empty: write `[<lab name>](../../labs/<lab-slug>.md)`' };
      if (/^\[\s*\]/.test(raw)) return { message: 'Organization link has no lab name: write `[<lab name>](../../labs/<lab-slug>.md)`' };
      return null;
    },
  },
  {
    label: 'Released',
    place: 'header',
    kind: 'release',
    unknown: 'TBA',
    need: 'required',
    home: null,
    key: 'released',
    docs: 'Release month as `Mon/YYYY` (e.g. `Dec/2024`), or `TBA`. Required.',
    example: 'Dec/2024',
    snippet: (v) => `\${1${choice(MONTHS)}}/\${2:${v.year}}`,
    choices: [...MONTHS.map((m) => `${m}/`), 'TBA'],
    judge: (raw) => {
      const canonical = canonicalReleased(raw);
      if (canonical === null) return { message: `Release "${raw}" is not a valid date: write Mon/YYYY with Mon one of ${MONTHS.join(', ')} (e.g. Dec/2024), or TBA` };
      if (canonical === raw) return null;
      return readReleased(raw) === 'TBA' ? { message: 'An unannounced release is written TBA', fix: 'TBA' } : { message: `Release month is written ${canonical.slice(0, 3)}: ${canonical}`, fix: canonical };
    },
  },
  {
    label: 'Access',
    place: 'header',
    kind: 'access',
    unknown: ACCESS_LABELS.unknown,
    need: 'required',
    home: null,
    key: 'access',
    docs: 'Whether the weights or an API are public: `🟢 Public`, `🔴 Private` or `❓ Unknown`. Required.',
    example: '🟢 Public',
    snippet: () => `\${1${choice(Object.values(ACCESS_LABELS))}}`,
    choices: Object.values(ACCESS_LABELS),
    judge: (raw) => {
      const a = readAccess(raw);
      if (a === null) return { message: `Access "${raw}" is not one of ${Object.values(ACCESS_LABELS).join(', ')}` };
      return a.exact ? null : { message: `Access is written ${ACCESS_LABELS[a.access]}`, fix: ACCESS_LABELS[a.access] };
    },
  },
  {
    label: 'Type',
    place: 'bullet',
    kind: 'architecture',
    unknown: '-',
    need: 'recommended',
    home: 'Model Architecture',
    key: 'architecture',
    docs: 'Architecture: `Dense`, `MoE`, `Hybrid`, `MatFormer`, `Compound`, `CoE`, or `-` when unknown.',
    example: 'Dense',
    snippet: () => `\${1${choice([...BODY_TYPES, '-'])}}`,
    choices: [...BODY_TYPES, '-'],
    judge: (raw) => {
      if (raw === '-') return null;
      const t = readType(raw);
      if (t === null) return { message: `Type "${raw}" is not one of ${BODY_TYPES.join(', ')}, or - when unknown` };
      return t.exact ? null : { message: `Type is written ${t.type}`, fix: t.type };
    },
  },
  {
    label: 'Parameters',
    place: 'bullet',
    kind: 'count',
    unknown: '-',
    unit: 'B',
    need: 'recommended',
    home: 'Model Architecture',
    key: 'parameters',
    docs: 'Parameter count in billions with `B` (e.g. `78.0B`, `0.135B`); `-` when unknown.',
    example: '78.0B',
    snippet: () => '${1:0.0}B',
    judge: count('Parameters', '78.0B'),
  },
  {
    label: 'Training Tokens',
    place: 'bullet',
    kind: 'count',
    unknown: '-',
    unit: 'B',
    need: 'recommended',
    home: 'Model Architecture',
    key: 'training_tokens',
    docs: 'Tokens seen in training, in billions with `B` (e.g. `18120.0B`); `-` when unknown.',
    example: '18120.0B',
    snippet: () => '${1:0.0}B',
    judge: count('Training Tokens', '18120.0B'),
  },
  {
    label: 'Token:Param Ratio',
    place: 'bullet',
    kind: 'ratio',
    unknown: '- -',
    need: 'recommended',
    home: 'Model Architecture',
    key: null,
    docs: 'Training tokens ÷ parameters, rounded up, with thousands separators: `233:1 ✅ Compute-optimal` at or above 20:1 (Chinchilla), else `⚠️ Under-trained`. `- -` when unknown.',
    example: '233:1 ✅ Compute-optimal',
    snippet: (v) => (v.ratio ? `\${1:${escSnippet(v.ratio)}}` : `\${1:0}:1 \${2${choice([OPTIMAL_LABEL, UNDER_LABEL])}}`),
    judge: (raw) => (readRatio(raw).kind === 'invalid' ? { message: `Token:Param Ratio "${raw}" is not a ratio: write <n>:1 ✅ Compute-optimal or <n>:1 ⚠️ Under-trained, or - - when unknown` } : null),
  },
  {
    label: 'ALScore',
    place: 'bullet',
    kind: 'alscore',
    unknown: '-',
    need: 'recommended',
    home: 'Training Efficiency',
    key: null,
    docs: 'ALScore = √(Parameters × Tokens) ÷ 300 with both in billions, to one decimal, with its tier: ≥ 20 Extremely powerful, ≥ 10 Very powerful, ≥ 5 Powerful, ≥ 1 Mid-tier, else Lightweight.',
    example: '4.0 (Mid-tier)',
    snippet: (v) => (v.alScore ? `\${1:${escSnippet(v.alScore)}}` : `\${1:0.0} (\${2${choice(TIERS)}})`),
    choices: TIERS,
    judge: (raw) => (readAlScore(raw).kind === 'invalid' ? { message: `ALScore "${raw}" is not a score: write <score> (<tier>), e.g. 4.0 (Mid-tier), or - when unknown` } : null),
  },
  {
    label: 'Formula',
    place: 'bullet',
    kind: 'formula',
    need: 'recommended',
    home: 'Training Efficiency',
    key: null,
    docs: `The fixed text \`${FORMULA_TEXT}\`.`,
    example: FORMULA_TEXT,
    snippet: () => escSnippet(FORMULA_TEXT),
    judge: (raw) => (raw.split(/\s+/).join(' ') === FORMULA_TEXT ? null : { message: `The Formula line reads ${FORMULA_TEXT}`, fix: FORMULA_TEXT }),
  },
  {
    label: 'Dataset Type',
    place: 'bullet',
    kind: 'list',
    unknown: '-',
    need: 'recommended',
    home: 'Training Data',
    key: 'dataset_type',
    docs: 'Kinds of training data, comma-separated (e.g. `synthetic, web-scale`).',
    example: 'synthetic, web-scale',
    snippet: () => '${1:synthetic, web-scale}',
    judge: () => null,
  },
  {
    label: 'Last Updated',
    place: 'header',
    footer: true,
    kind: 'date',
    need: 'recommended',
    home: null,
    key: 'last_updated',
    docs: 'Date the card was last updated, `YYYY-MM-DD`.',
    example: '2025-10-02',
    snippet: (v) => `\${1:${v.today}}`,
    judge: (raw) => (isValidDate(raw) ? null : { message: `Last Updated "${raw}" is not a valid date: write YYYY-MM-DD (e.g. 2025-10-02)` }),
  },
];

/** A field's spec by label. */
export const BODY_FIELD: ReadonlyMap<string, BodyFieldSpec> = new Map(BODY_FIELDS.map((f) => [f.label, f]));
export const HEADER_FIELDS: readonly BodyFieldName[] = BODY_FIELDS.filter((f) => f.place === 'header').map((f) => f.label);
export const BULLET_FIELDS: readonly BodyFieldName[] = BODY_FIELDS.filter((f) => f.place === 'bullet').map((f) => f.label);

/** True for a value that states nothing (`-`, `-B`, `- -`, `TBA` for counts). */
export { isUnknownText };
