// What a rule is: one entry of the registry, markdownlint style (id, severity, description, docs, check).
import type { Severity } from '../types';
import type { RuleContext } from './context';

/** How a rule's findings can be fixed. */
export type Fixable = 'fix' | 'some' | 'suggestion' | 'none';

export interface RuleDocs {
  /** What the rule finds, in a Markdown paragraph (the README's section text). */
  summary: string;
  /** A card snippet that triggers it. */
  example?: { lang: 'markdown' | 'yaml'; text: string };
  /** The message the example gets. */
  message?: string;
  /** The README table's default when findings differ in severity (`error (required) / information (recommended)`). */
  severityText?: string;
  /** The README table's fix column when `fixable` says too little (`when identical`). */
  fixText?: string;
}

export interface RuleSpec {
  /** Stable, kebab-case: what users write in configs and suppression comments. */
  id: string;
  severity: Severity;
  /** One line: what is wrong when the rule fires. */
  description: string;
  fixable: Fixable;
  /** `card`: checked on one card; `repository`: checked across the files of a repository. */
  scope: 'card' | 'repository';
  docs: RuleDocs;
  /** Reports this rule's findings for one card through `ctx.report`. */
  check: (ctx: RuleContext) => void;
}

/** Declares a rule (keeps its id a string literal for the registry's id type). */
export function defineRule<const Id extends string>(spec: RuleSpec & { id: Id }): RuleSpec & { id: Id } {
  return spec;
}
