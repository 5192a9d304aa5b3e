// One-line descriptions of the rules, for SARIF rule metadata and help links.
import { RULES, type RuleId } from '../core';

export const HOMEPAGE = 'https://github.com/model-card-studio/model-card-studio';

export const RULE_DESCRIPTIONS: Readonly<Record<RuleId, string>> = Object.fromEntries(RULES.map((r) => [r.id, r.description])) as Record<RuleId, string>;

/** The README section documenting a rule. */
export function ruleHelpUri(rule: string): string {
  return `${HOMEPAGE}#${rule}`;
}
