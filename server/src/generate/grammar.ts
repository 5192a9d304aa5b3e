// syntaxes/modelcard.injection.tmLanguage.json, written from the vocabulary: field labels from the body
// fields table, value patterns per value kind, front matter keys per key kind. The scopes are the ones
// the hand-written grammar had, so themes colour cards the same way. TextMate runs these regexes
// (Oniguruma) in the editor; they are kept free of nested quantifiers all the same.
import { BODY_FIELDS, type BodyFieldSpec, type BodyValueKind } from '../core/vocabulary/bodyFields';
import { LEADERBOARD_KEYS, type FrontMatterKeySpec } from '../core/vocabulary/frontMatterKeys';
import { COUNT_UNITS } from '../core/vocabulary/readers';
import { ACCESS, ACCESS_LABELS, MONTHS, OPTIMAL_LABEL, TIERS, UNDER_LABEL } from '../core/vocabulary/words';

export const GRAMMAR_FILE = 'syntaxes/modelcard.injection.tmLanguage.json';

export interface GrammarRule {
  name?: string;
  match?: string;
  begin?: string;
  beginCaptures?: Captures;
  end?: string;
  endCaptures?: Captures;
  contentName?: string;
  captures?: Captures;
  patterns?: GrammarRule[];
  include?: string;
}
type Captures = Record<string, { name: string }>;

const M = '.modelcard';
const UNKNOWN = `constant.language.unknown${M}`;
const NUMERIC = `constant.numeric${M}`;
const UNIT = `keyword.other.unit${M}`;
const FIELD_NAME = `support.type.property-name${M} entity.name.tag${M}.field`;
const YAML_PLAIN = 'string.unquoted.plain.out.yaml';

/** The meta scope of each value kind: the names the hand-written grammar gave them. */
const META: Readonly<Record<BodyValueKind, string>> = {
  link: 'organization', release: 'released', access: 'access', architecture: 'type', count: 'count',
  ratio: 'ratio', alscore: 'alscore', formula: 'formula', list: 'dataset', date: 'updated',
};

/** Escapes text for a regex. */
const esc = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const alt = (words: readonly string[]): string => words.map(esc).join('|');
const captures = (...names: (string | undefined)[]): Captures => {
  const out: Captures = {};
  names.forEach((name, i) => {
    if (name !== undefined) out[String(i + 1)] = { name };
  });
  return out;
};

/** A labelled emoji (`⚠️ Under-trained`): the emoji's variation selector is optional, any spaces follow it. */
function emojiLabel(label: string): string {
  const space = label.indexOf(' ');
  const emoji = label.slice(0, space);
  const selector = emoji.endsWith('\uFE0F') ? `${emoji}?` : emoji;
  return `${selector}\\s*${esc(label.slice(space + 1))}`;
}

/** A plain or grouped decimal (`1,875`, `86.1`). */
const DECIMAL = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

/** The unknown forms a value may take (`TBA`, `- -`, `-`), a unit letter allowed after them. */
function unknownPattern(): GrammarRule {
  const forms = [...new Set(BODY_FIELDS.filter((f) => f.kind !== 'access' && f.unknown !== undefined).map((f) => f.unknown ?? ''))].sort((a, b) => b.length - a.length);
  const units = [...new Set(BODY_FIELDS.map((f) => f.unit).filter((u): u is string => u !== undefined))];
  return { match: `(?<![\\w.])(${forms.map((f) => esc(f).split(' ').join('\\s')).join('|')})(?=\\s*${units.map(esc).join('')}?\\s*$)`, captures: captures(UNKNOWN) };
}

/** The value patterns of one kind of field. */
function valuePatterns(kind: BodyValueKind, fields: readonly BodyFieldSpec[]): GrammarRule[] {
  const first = fields[0];
  switch (kind) {
    case 'count':
      return [
        { match: `(?<![\\w.])(${DECIMAL})\\s*([${COUNT_UNITS.join('')}])?(?=\\s*$)`, captures: captures(NUMERIC, UNIT) },
        { match: `(?<![\\w.])(${esc(first?.unknown ?? '-')})(${esc(first?.unit ?? 'B')})?(?=\\s*$)`, captures: captures(UNKNOWN, UNIT) },
      ];
    case 'ratio':
      return [
        { match: `(?<![\\w.])(${DECIMAL})\\s*(:\\s*1)(?!\\d)`, captures: captures(NUMERIC, UNIT) },
        { match: emojiLabel(OPTIMAL_LABEL), name: `markup.inserted${M}` },
        { match: emojiLabel(UNDER_LABEL), name: `markup.changed${M}` },
        unknownPattern(),
      ];
    case 'alscore':
      return [
        { match: '(?<![\\w.])(\\d+(?:\\.\\d+)?)', captures: captures(NUMERIC) },
        { match: `(\\()(${alt(TIERS)})(\\))`, captures: captures(`punctuation.definition.tier.begin${M}`, `entity.name.type.tier${M}`, `punctuation.definition.tier.end${M}`) },
        unknownPattern(),
      ];
    case 'architecture': {
      const types = (first?.choices ?? []).filter((c) => c !== first?.unknown);
      return [{ match: `(?<![\\w])(${alt(types)})(?![\\w])`, name: `constant.language.architecture${M}` }, unknownPattern()];
    }
    case 'formula':
      return [{ match: '.+', name: `string.other.formula${M}` }];
    case 'list':
      return [unknownPattern(), { match: '[^,\\s][^,]*', name: `string.unquoted.${META.list}${M}` }];
    case 'release':
      return [{ match: `(${alt(MONTHS)})(/)(\\d{4})`, captures: { 0: { name: `constant.numeric.date${M}` }, 2: { name: `punctuation.separator.date${M}` } } }, unknownPattern()];
    case 'access':
      return ACCESS.map((a) => ({
        match: emojiLabel(ACCESS_LABELS[a]),
        name: a === 'unknown' ? `${UNKNOWN} constant.language.access.unknown${M}` : `constant.language.access.${a}${M}`,
      }));
    case 'date':
      return [{ match: '\\d{4}-\\d{2}-\\d{2}', name: `constant.numeric.date${M}` }];
    case 'link':
      return [{ include: 'text.html.markdown#inline' }];
  }
}

/** One rule per value kind and place: the labels of that kind as an alternation, then the value patterns. */
function fieldRules(place: BodyFieldSpec['place']): GrammarRule[] {
  const byKind = new Map<BodyValueKind, BodyFieldSpec[]>();
  for (const f of BODY_FIELDS) if (f.place === place) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  return [...byKind].map(([kind, fields]) => {
    const label = `((\\*\\*)(${alt(fields.map((f) => f.label))})(:)(\\*\\*))`;
    const bold = ['markup.bold.markdown', 'punctuation.definition.bold.markdown', FIELD_NAME, `punctuation.separator.key-value${M}`, 'punctuation.definition.bold.markdown'];
    return {
      name: `meta.field.${META[kind]}${M}`,
      begin: place === 'bullet' ? `^(\\s*[-*+])(\\s+)${label}` : `^${label}`,
      beginCaptures: place === 'bullet' ? captures('punctuation.definition.list.begin.markdown', undefined, ...bold) : captures(...bold),
      end: '$',
      patterns: valuePatterns(kind, fields),
    };
  });
}

const keyBegin = (keys: readonly FrontMatterKeySpec[]): string => `^(${alt(keys.map((k) => k.key))})(:)(?=\\s|$)`;
const KEY_CAPTURES = captures(`entity.name.tag.yaml support.type.property-name${M}.frontmatter`, 'punctuation.separator.key-value.mapping.yaml');

/** Front matter keys: counts, each choice key, dates, and the other leaderboard keys by name only. */
function frontMatterKeyRules(): GrammarRule[] {
  const of = (...kinds: FrontMatterKeySpec['kind'][]): FrontMatterKeySpec[] => LEADERBOARD_KEYS.filter((k) => kinds.includes(k.kind));
  const endOfValue = '(?=\\s*(#.*)?$)';
  const units = [...COUNT_UNITS, ...COUNT_UNITS.map((u) => u.toLowerCase())].join('');
  const count: GrammarRule = {
    name: `meta.frontmatter.count${M}`,
    begin: keyBegin(of('count')),
    beginCaptures: KEY_CAPTURES,
    end: '$',
    patterns: [
      { match: `(?<![\\w.])(${DECIMAL})([eE][+-]?\\d+)?\\s*([${units}])?${endOfValue}`, captures: captures(NUMERIC, `constant.numeric.exponent${M}`, UNIT) },
      { match: `(?<![\\w])(null|~|TBA|-)${endOfValue}`, name: UNKNOWN },
    ],
  };
  const choices = of('choice').map((k): GrammarRule => {
    const known = (k.choices ?? []).filter((c) => c !== 'unknown');
    return {
      name: `meta.frontmatter.${k.key}${M}`,
      begin: keyBegin([k]),
      beginCaptures: KEY_CAPTURES,
      end: '$',
      patterns: [
        { match: `(?<![\\w])(${alt(known)})(?![\\w])`, name: `${YAML_PLAIN} constant.language.${k.key}${M}` },
        ...(k.choices?.includes('unknown') ? [{ match: '(?<![\\w])unknown(?![\\w])', name: `${YAML_PLAIN} ${UNKNOWN}` }] : []),
      ],
    };
  });
  const date: GrammarRule = {
    name: `meta.frontmatter.date${M}`,
    begin: keyBegin(of('release', 'date')),
    beginCaptures: KEY_CAPTURES,
    end: '$',
    patterns: [
      { match: '(?<![\\w])(TBA)(?![\\w])', name: `${YAML_PLAIN} ${UNKNOWN}` },
      { match: `\\d{4}-\\d{2}(?:-\\d{2})?|(?:${alt(MONTHS)})/\\d{4}`, name: `${YAML_PLAIN} constant.other.date${M}` },
    ],
  };
  const plain: GrammarRule = { match: keyBegin(of('text', 'list', 'scores', undefined)), captures: KEY_CAPTURES };
  return [count, ...choices, date, plain];
}

/** The whole grammar. */
export function grammar(): object {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Model Card fields (injected into Markdown)',
    scopeName: 'text.modelcard.injection',
    injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.raw -markup.inline.raw',
    patterns: [{ include: '#front-matter' }, { include: '#bullet-fields' }, { include: '#header-fields' }],
    repository: {
      'bullet-fields': { patterns: fieldRules('bullet') },
      'header-fields': { patterns: fieldRules('header') },
      'front-matter': {
        begin: '\\A(-{3})\\s*$',
        beginCaptures: captures('punctuation.definition.frontmatter.begin.markdown'),
        end: '^(-{3}|\\.{3})\\s*$',
        endCaptures: captures('punctuation.definition.frontmatter.end.markdown'),
        contentName: 'meta.embedded.block.frontmatter',
        patterns: [{ include: '#front-matter-keys' }, { include: 'source.yaml' }],
      },
      'front-matter-keys': { patterns: frontMatterKeyRules() },
    },
  };
}

/** The grammar file's text. */
export function grammarJson(): string {
  return `${JSON.stringify(grammar(), null, 2)}\n`;
}
