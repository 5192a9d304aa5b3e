// Every file derived from the vocabulary and the rule registry, and how each is made (`npm run generate`).
// The JSON Schemas (scripts/gen-schema.mjs) can join as generators ignoring `current`.
import { GRAMMAR_FILE, grammarJson } from './grammar';
import { withRules } from './readme';
import { SNIPPETS_FILE, snippetsJson } from './snippets';

export interface Generator {
  /** Path from the repository root, with `/`. */
  file: string;
  /** The file's text from the tables; `current` is the file as it is, for a file only partly generated (README). */
  generate: (current: string | null) => string;
}

export interface GeneratedFile {
  file: string;
  text: string;
}

export const README_FILE = 'README.md';

export const GENERATORS: readonly Generator[] = [
  {
    file: README_FILE,
    generate: (current) => {
      if (current === null) throw new Error(`${README_FILE} is missing: only its rule reference is generated`);
      return withRules(current);
    },
  },
  { file: SNIPPETS_FILE, generate: () => snippetsJson() },
  { file: GRAMMAR_FILE, generate: () => grammarJson() },
];

/** Every generated file's text; `read` gives a file's current text (null when it does not exist). */
export function generateAll(read: (file: string) => string | null): GeneratedFile[] {
  return GENERATORS.map((g) => ({ file: g.file, text: g.generate(read(g.file)) }));
}
