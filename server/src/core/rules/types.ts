// What a rule is: one entry of the registry, markdownlint style (id, severity, description, docs, check).
import type { Severity } from '../types';
import type { RuleContext } from './context';
import type { RepositoryRuleContext } from './repositoryContext';

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

interface RuleBase {
  /** Stable, kebab-case: what users write in configs and suppression comments. */
  id: string;
  severity: Severity;
  /** One line: what is wrong when the rule fires. */
  description: string;
  fixable: Fixable;
  docs: RuleDocs;
}

/** A rule checked on one card. */
export interface CardRuleSpec extends RuleBase {
  scope: 'card';
  /** Reports this rule's findings for one card through `ctx.report`. */
  check: (ctx: RuleContext) => void;
}

/** A rule checked across the files of a leaderboard repository; it reports in one file at a time. */
export interface RepositoryRuleSpec extends RuleBase {
  scope: 'repository';
  /** Reports this rule's findings for `ctx.file` through `ctx.report`. */
  check: (ctx: RepositoryRuleContext) => void;
}

/** `card`: checked on one card; `repository`: checked across the files of a repository. */
export type RuleSpec = CardRuleSpec | RepositoryRuleSpec;

/** Declares a rule (keeps its id a string literal for the registry's id type). */
export function defineRule<const Id extends string>(spec: RuleSpec & { id: Id }): RuleSpec & { id: Id } {
  return spec;
}
