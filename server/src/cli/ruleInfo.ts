// One-line descriptions of the rules, for SARIF rule metadata and help links.
import type { RuleId } from '../core';

export const HOMEPAGE = 'https://github.com/model-card-studio/model-card-studio';

export const RULE_DESCRIPTIONS: Record<RuleId, string> = {
  'alscore-mismatch': "The stated ALScore is not the value computed from the card's parameters and training tokens.",
  'alscore-tier-mismatch': 'The tier label does not follow from the stated ALScore.',
  'ratio-mismatch': 'The stated Token:Param ratio is not training tokens ÷ parameters rounded up.',
  'ratio-label-mismatch': 'The ✅/⚠️ label does not follow from the stated ratio.',
  'derived-without-inputs': 'An ALScore or ratio is stated while parameters or training tokens are unknown.',
  'computable-value-missing': 'An ALScore or ratio is left unknown though parameters and training tokens are known.',
  'missing-field': 'A required or recommended field is missing.',
  'invalid-value': 'A value is malformed: date, access, type, count, number or URL.',
  'duplicate-field': 'A field is given more than once.',
  'benchmark-out-of-range': 'A benchmark score is outside 0–100 or not a number.',
  'duplicate-benchmark': 'A benchmark is listed more than once.',
  'tags-mismatch': 'The tag line and the Model Tags section list different tags.',
  'missing-section': 'A section of the card is missing.',
  'section-order': 'Sections are not in the order the format expects.',
  'frontmatter-syntax': 'The YAML front matter does not parse.',
  'unknown-key': 'A front matter key is not in the schema.',
  'frontmatter-body-mismatch': 'The front matter and the body disagree on a fact.',
};

/** The README section documenting a rule. */
export function ruleHelpUri(rule: string): string {
  return `${HOMEPAGE}#${rule}`;
}
