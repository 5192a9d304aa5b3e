// Where a rule is documented (its README section, generated from the registry) and its help for SARIF.
import { ruleById } from './registry';

export const HOMEPAGE = 'https://github.com/model-card-studio/model-card-studio';

/** The README anchor of a rule's `### <id>` section (GitHub's slug of a kebab-case id is the id). */
export const ruleAnchor = (id: string): string => id;

/** The README section documenting a rule. */
export const ruleDocsUri = (id: string): string => `${HOMEPAGE}#${ruleAnchor(id)}`;

/** A rule's descriptions and help as SARIF's reportingDescriptor has them: the one-line description, the README summary, its link. */
export function ruleHelp(id: string): { shortDescription: { text: string }; fullDescription: { text: string; markdown: string }; helpUri: string; help: { text: string; markdown: string } } {
  const rule = ruleById(id);
  const description = rule?.description ?? id;
  const summary = rule?.docs.summary ?? description;
  // The summary is hard-wrapped Markdown: one line reads better where it is shown as plain text.
  const text = summary.split('\n').join(' ');
  const uri = ruleDocsUri(id);
  return {
    shortDescription: { text: description },
    fullDescription: { text, markdown: summary },
    helpUri: uri,
    help: { text: `${text} See ${uri}`, markdown: `${summary}\n\n[${id}](${uri})` },
  };
}
