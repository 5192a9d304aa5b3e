// The rule registry: every rule the engine has, in the order the README documents them (and runs them).
// Adding a rule is one file in this folder, one line here, and its test.
import alscoreMismatch from './alscore-mismatch';
import alscoreTierMismatch from './alscore-tier-mismatch';
import benchmarkOutOfRange from './benchmark-out-of-range';
import computableValueMissing from './computable-value-missing';
import derivedWithoutInputs from './derived-without-inputs';
import duplicateBenchmark from './duplicate-benchmark';
import duplicateField from './duplicate-field';
import frontmatterBodyMismatch from './frontmatter-body-mismatch';
import frontmatterSyntax from './frontmatter-syntax';
import invalidValue from './invalid-value';
import missingField from './missing-field';
import missingSection from './missing-section';
import ratioLabelMismatch from './ratio-label-mismatch';
import ratioMismatch from './ratio-mismatch';
import sectionOrder from './section-order';
import tagsMismatch from './tags-mismatch';
import unknownKey from './unknown-key';
import hfLicense from './hf-license';
import hfPipelineTag from './hf-pipeline-tag';
import hfLibraryName from './hf-library-name';
import hfModelId from './hf-model-id';
import hfBaseModelRelation from './hf-base-model-relation';
import hfModelIndex from './hf-model-index';
import hfDatasetId from './hf-dataset-id';
import yamlPortability from './yaml-portability';
import brokenLink from './broken-link';
import organizationFolderMismatch from './organization-folder-mismatch';
import fileNameMismatch from './file-name-mismatch';
import cardCollision from './card-collision';
import tableRowMismatch from './table-row-mismatch';
import type { RuleSpec } from './types';

export const RULES = [
  alscoreMismatch,
  alscoreTierMismatch,
  ratioMismatch,
  ratioLabelMismatch,
  derivedWithoutInputs,
  computableValueMissing,
  missingField,
  invalidValue,
  duplicateField,
  benchmarkOutOfRange,
  duplicateBenchmark,
  tagsMismatch,
  missingSection,
  sectionOrder,
  frontmatterSyntax,
  unknownKey,
  frontmatterBodyMismatch,
  hfLicense,
  hfPipelineTag,
  hfLibraryName,
  hfModelId,
  hfBaseModelRelation,
  hfModelIndex,
  hfDatasetId,
  yamlPortability,
  brokenLink,
  organizationFolderMismatch,
  fileNameMismatch,
  cardCollision,
  tableRowMismatch,
] as const satisfies readonly RuleSpec[];

/** Stable rule ids: users write them in configs and suppression comments. */
export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const byId = new Map<string, RuleSpec>(RULES.map((r) => [r.id, r]));

/** A rule by id, or undefined (a Map: `constructor` is not a rule). */
export function ruleById(id: string): RuleSpec | undefined {
  return byId.get(id);
}

/** True for a known rule id. */
export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

/** Each rule's default severity. */
export const DEFAULT_SEVERITY: Readonly<Record<RuleId, RuleSpec['severity']>> = Object.fromEntries(RULES.map((r) => [r.id, r.severity])) as Record<RuleId, RuleSpec['severity']>;
