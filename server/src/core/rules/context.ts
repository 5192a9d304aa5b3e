// What every rule sees: the read card, the config, and a report function bound to the rule being run.
import type { EngineConfig } from '../engineConfig';
import type { BodyCard, BodyField } from '../parseBody';
import { entryAt, type FrontMatter, type FrontMatterEntry } from '../parseFrontMatter';
import type { NormalizedCard } from '../schema';
import type { LineIndex } from '../text';
import { lineRange } from '../text';
import type { CardFormat, Finding, Fix, Metrics, Range, Severity, SourceField } from '../types';
import type { BodyFieldName } from '../vocabulary/bodyFields';
import type { Part } from '../vocabulary/readers';
import type { CardRuleSpec } from './types';

/** The card as read, before any rule runs. */
export interface CardView {
  index: LineIndex;
  config: EngineConfig;
  format: CardFormat;
  /** The leaderboard body, or null when the card has none. */
  body: BodyCard | null;
  /** The front matter when it is checked, else null. */
  frontMatter: FrontMatter | null;
  /** Facts from the body alone and from the front matter alone (null when absent), and merged. */
  bodyCard: NormalizedCard | null;
  frontMatterCard: NormalizedCard | null;
  card: NormalizedCard;
  metrics: Metrics;
}

export interface ReportOptions {
  fix?: Fix;
  suggestions?: Fix[];
  /** Overrides the rule's default severity (e.g. recommended vs required fields); a configured severity still wins. */
  severity?: Severity;
}

/** True unless the config turns the rule off (card and repository rules alike). */
export function ruleEnabled(config: Pick<EngineConfig, 'rules'>, id: string): boolean {
  return (config.rules as Readonly<Record<string, string | undefined>>)[id] !== 'off';
}

/** A finding of `rule`, or null when the config turns it off; the configured severity wins over the report's and the default. */
export function findingOf(config: Pick<EngineConfig, 'rules'>, rule: { id: string; severity: Severity }, range: Range, message: string, options: ReportOptions): Finding | null {
  const setting = (config.rules as Readonly<Record<string, string | undefined>>)[rule.id];
  if (setting === 'off') return null;
  const severity = (setting as Severity | undefined) ?? options.severity ?? rule.severity;
  const finding: Finding = { rule: rule.id as Finding['rule'], severity, range, message };
  if (options.fix) finding.fix = options.fix;
  if (options.suggestions && options.suggestions.length > 0) finding.suggestions = options.suggestions;
  return finding;
}

/**
 * Findings of one rule at a time: what card and repository rule contexts share. `Context` is the subclass
 * itself, the type its rules' checks take.
 */
export abstract class Reporter<Context, Spec extends { id: string; severity: Severity; check(ctx: Context): void }> {
  readonly findings: Finding[] = [];
  private rule: Spec | null = null;
  abstract readonly config: Pick<EngineConfig, 'rules'>;

  /** Runs one rule's check with reports bound to it. */
  run(rule: Spec): void {
    this.rule = rule;
    try {
      // No closure per run: a check runs once per rule and card, mostly in cold code.
      rule.check(this as unknown as Context);
    } finally {
      this.rule = null;
    }
  }

  /** True unless the config turns the rule off. */
  enabled(id: string): boolean {
    return ruleEnabled(this.config, id);
  }

  /** Records a finding of the rule being run; the configured severity wins over the default. */
  report(range: Range, message: string, options: ReportOptions = {}): void {
    if (!this.rule) throw new Error('report() outside a rule check');
    const finding = findingOf(this.config, this.rule, range, message, options);
    if (finding) this.findings.push(finding);
  }
}

export class RuleContext extends Reporter<RuleContext, CardRuleSpec> {
  constructor(readonly view: CardView) {
    super();
  }

  get index(): LineIndex {
    return this.view.index;
  }
  get config(): EngineConfig {
    return this.view.config;
  }
  get body(): BodyCard | null {
    return this.view.body;
  }
  get frontMatter(): FrontMatter | null {
    return this.view.frontMatter;
  }
  get metrics(): Metrics {
    return this.view.metrics;
  }

  /** First occurrence of a body field. */
  field(name: BodyFieldName): BodyField | undefined {
    return this.view.body?.first.get(name);
  }

  /** Top-level front matter entry for a key: the occurrence that wins (the last, as in PyYAML). */
  entry(key: string): FrontMatterEntry | undefined {
    return this.frontMatter ? entryAt(this.frontMatter, [key]) : undefined;
  }

  /** The front matter entry of a benchmark score (`benchmarks:` then `  MMLU: 80`). */
  benchmarkEntry(name: string): FrontMatterEntry | undefined {
    return this.frontMatter ? entryAt(this.frontMatter, ['benchmarks', name]) : undefined;
  }

  /** The front matter entry at a key path (`['model-index', 0, 'results']`): the occurrence that wins. */
  entryAt(path: readonly (string | number)[]): FrontMatterEntry | undefined {
    return this.frontMatter ? entryAt(this.frontMatter, path) : undefined;
  }

  /**
   * Where to report a problem at a key path: the entry's value (its key when the value is empty, or `on:
   * 'key'`), else the nearest ancestor that has an entry, else the front matter's opening line.
   */
  at(path: readonly (string | number)[], on: 'key' | 'value' = 'value'): Range {
    for (let n = path.length; n > 0; n--) {
      const e = this.entryAt(path.slice(0, n));
      if (e) return n === path.length && on === 'value' ? this.valueAt(e, e.keyRange) : e.keyRange;
    }
    return this.frontMatterAnchor;
  }

  /**
   * The top-level entries whose names can be trusted: after a YAML error the parser's recovery may misplace
   * the keys below it, so only those above the first error count.
   */
  topLevelEntries(): readonly FrontMatterEntry[] {
    if (this.topLevel) return this.topLevel;
    const fm = this.frontMatter;
    if (!fm) return (this.topLevel = []);
    let errorLine = Infinity;
    if (fm.data === null) for (const p of fm.problems) if (p.severity === 'error' && p.range.start.line < errorLine) errorLine = p.range.start.line;
    return (this.topLevel = errorLine === Infinity ? fm.topLevel : fm.topLevel.filter((e) => e.line < errorLine));
  }

  /** topLevelEntries, worked out once for the rules that ask. */
  private topLevel: readonly FrontMatterEntry[] | null = null;

  /** The `---` line opening the front matter (where key-less findings point). */
  get frontMatterAnchor(): Range {
    return lineRange(this.frontMatter?.openLine ?? 0, 0, 3);
  }

  /** Where to point at a field: its value, or its key when the value is empty; `fallback` when there is no field. */
  valueAt(field: SourceField | undefined, fallback: Range): Range {
    if (!field) return fallback;
    return field.raw ? field.valueRange : field.keyRange;
  }

  /** The range of a part of a field's value. */
  partRange(field: SourceField, part: Part): Range {
    const base = field.valueRange.start.character;
    return lineRange(field.line, base + part.start, base + part.end);
  }

  /** A fix replacing a range with new text. */
  replace(title: string, range: Range, newText: string): Fix {
    return { title, edits: [{ range, newText }] };
  }
}

