// What the editor says about Hugging Face keys and values: the choices completion offers, the allowed-values
// summary hover shows, the docs of nested keys, and what a value means (a license id's name, a task's name).
import { HF_KEY_DOCS, type HfKeyDoc, type HfNestedKeyDoc } from './keyDocs';
import { HUGGING_FACE_KEYS } from './keys';
import { HF_LIBRARY_NAMES, HF_LICENSE_IDS, HF_PIPELINE_TAGS, HF_REMOVED_PIPELINE_TAGS } from './lists';
import { HF_LICENSE_NAMES, HF_MODALITY_LABELS, HF_TASK_NAMES } from './names';

/** Every documented key's doc by name (a Map: `constructor` is not a key). */
export const HF_KEY_DOC: ReadonlyMap<string, HfKeyDoc> = new Map(HF_KEY_DOCS.map((d) => [d.key, d]));

const EXPECT: ReadonlyMap<string, string> = new Map(HUGGING_FACE_KEYS.map((k) => [k.key, k.expect ?? '']));

/** A value completion offers, with what it means. */
export interface HfChoice {
  readonly value: string;
  readonly detail?: string;
}

/** A task's name with its modality: `Text Generation · Natural Language Processing`. */
export function taskTitle(tag: string): string | null {
  const t = HF_TASK_NAMES.get(tag);
  if (!t) return null;
  const modality = HF_MODALITY_LABELS[t.modality];
  return modality ? `${t.name} · ${modality}` : t.name;
}

const REMOVED: ReadonlyMap<string, string> = new Map(HF_REMOVED_PIPELINE_TAGS.map((r) => [r.tag, r.replacement]));

let licenses: readonly HfChoice[] | undefined;
let tasks: readonly HfChoice[] | undefined;
let libraries: readonly HfChoice[] | undefined;
/** true and false, for boolean keys. */
export const HF_BOOLEANS: readonly HfChoice[] = [{ value: 'true' }, { value: 'false' }];

/** The values completion offers for a top-level key: the Hub's lists, a documented set, or true/false. */
export function hfChoices(key: string): readonly HfChoice[] {
  switch (key) {
    case 'license':
      return (licenses ??= HF_LICENSE_IDS.map((id) => ({ value: id, detail: HF_LICENSE_NAMES.get(id) ?? 'License' })));
    case 'pipeline_tag':
      return (tasks ??= HF_PIPELINE_TAGS.map((tag) => ({ value: tag, detail: taskTitle(tag) ?? 'Task' })));
    case 'library_name':
      return (libraries ??= HF_LIBRARY_NAMES.map((name) => ({ value: name, detail: 'Library with Hub integration' })));
  }
  const doc = HF_KEY_DOC.get(key);
  if (doc?.values) return doc.values.map((value) => ({ value }));
  if (doc && (doc.shape === 'bool' || doc.shape === 'bool-or-mapping')) return HF_BOOLEANS;
  return [];
}

/** One line on what a key accepts, with a link to the Hub's list where it has one. */
export function hfValuesSummary(key: string): string | null {
  switch (key) {
    case 'license':
      return `One of the Hub's ${HF_LICENSE_IDS.length} [license ids](https://huggingface.co/docs/hub/repositories-licenses), or a list of them; \`other\` needs \`license_name\` and \`license_link\`.`;
    case 'pipeline_tag':
      return `One of the Hub's ${HF_PIPELINE_TAGS.length} [tasks](https://huggingface.co/tasks). Removed: ${HF_REMOVED_PIPELINE_TAGS.map((r) => `\`${r.tag}\` (use \`${r.replacement}\`)`).join(', ')}.`;
    case 'library_name':
      return `Any library name; ${HF_LIBRARY_NAMES.length} have Hub integration ([model-libraries.ts](https://github.com/huggingface/huggingface.js/blob/main/packages/tasks/src/model-libraries.ts)).`;
  }
  const doc = HF_KEY_DOC.get(key);
  if (!doc) return null;
  if (doc.values) return `One of ${doc.values.map((v) => `\`${v}\``).join(', ')}.`;
  const expect = EXPECT.get(key);
  return expect ? `Value: ${expect}.` : null;
}

/** The doc of a nested key by its path (`['model-index', 0, 'results', 0, 'dataset', 'type']`); list indices are skipped. */
export function hfNestedDoc(path: readonly (string | number)[]): HfNestedKeyDoc | undefined {
  const [top, ...rest] = path;
  if (typeof top !== 'string') return undefined;
  let keys = HF_KEY_DOC.get(top)?.keys;
  let found: HfNestedKeyDoc | undefined;
  for (const part of rest) {
    if (typeof part === 'number') continue;
    found = keys?.find((k) => k.key === part) ?? keys?.find((k) => k.key.startsWith('<'));
    if (!found) return undefined;
    keys = found.keys;
  }
  return found;
}

/** What a scalar value of a key means, in Markdown: a license's name, a task's name, a removed task's replacement. */
export function hfValueMeaning(key: string, value: string): string | null {
  if (key === 'license') {
    const name = HF_LICENSE_NAMES.get(value);
    return name ? `**${value}**: ${name}` : null;
  }
  if (key === 'pipeline_tag' || key === 'task.type') {
    const replacement = REMOVED.get(value);
    if (replacement) return `**${value}** was removed from the Hub's tasks: use \`${replacement}\` (${taskTitle(replacement) ?? replacement}).`;
    const title = taskTitle(value);
    return title && HF_PIPELINE_TAGS.includes(value) ? `**${value}**: ${title} ([task page](https://huggingface.co/tasks/${value}))` : null;
  }
  if (key === 'library_name') return HF_LIBRARY_NAMES.includes(value) ? `**${value}**: a library with Hub integration (code snippets, download counts).` : null;
  return null;
}
