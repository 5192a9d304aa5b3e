// What every rule sees: the parsed card, the config, and a way to report findings.
import type { EngineConfig } from './config';
import type { BodyCard, BodyFieldName } from './parseBody';
import { entryAt, type FrontMatter, type FrontMatterEntry } from './parseFrontMatter';
import type { LineIndex } from './text';
import { lineRange } from './text';
import type { Finding, Fix, Metrics, Range, RuleId, SourceField, Severity } from './types';
import type { Part } from './values';

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  'alscore-mismatch': 'error',
  'alscore-tier-mismatch': 'warning',
  'ratio-mismatch': 'error',
  'ratio-label-mismatch': 'warning',
  'derived-without-inputs': 'warning',
  'computable-value-missing': 'information',
  'missing-field': 'error',
  'invalid-value': 'error',
  'duplicate-field': 'warning',
  'benchmark-out-of-range': 'error',
  'duplicate-benchmark': 'warning',
  'tags-mismatch': 'warning',
  'missing-section': 'information',
  'section-order': 'warning',
  'frontmatter-syntax': 'error',
  'unknown-key': 'warning',
  'frontmatter-body-mismatch': 'error',
};

export interface ReportOptions {
  fix?: Fix;
  suggestions?: Fix[];
  /** Overrides the rule's default severity (e.g. recommended vs required fields). */
  severity?: Severity;
}

export class RuleContext {
  readonly findings: Finding[] = [];

  constructor(
    readonly index: LineIndex,
    readonly config: EngineConfig,
    readonly body: BodyCard | null,
    readonly frontMatter: FrontMatter | null,
    readonly metrics: Metrics,
  ) {}

  /** Records a finding unless its rule is turned off; configured severity wins over the default. */
  report(rule: RuleId, range: Range, message: string, options: ReportOptions = {}): void {
    const setting = this.config.rules[rule];
    if (setting === 'off') return;
    const severity = setting ?? options.severity ?? DEFAULT_SEVERITY[rule];
    const finding: Finding = { rule, severity, range, message };
    if (options.fix) finding.fix = options.fix;
    if (options.suggestions && options.suggestions.length > 0) finding.suggestions = options.suggestions;
    this.findings.push(finding);
  }

  /** First occurrence of a body field. */
  field(name: BodyFieldName): SourceField | undefined {
    return this.body?.first.get(name);
  }

  /** Top-level front matter entry for a key: the occurrence that wins (the last, as in PyYAML). */
  entry(key: string): FrontMatterEntry | undefined {
    return this.frontMatter ? entryAt(this.frontMatter, [key]) : undefined;
  }

  /** The front matter entry of a benchmark score (`benchmarks:` then `  MMLU: 80`). */
  benchmarkEntry(name: string): FrontMatterEntry | undefined {
    return this.frontMatter ? entryAt(this.frontMatter, ['benchmarks', name]) : undefined;
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
