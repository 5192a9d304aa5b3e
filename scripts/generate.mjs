// Writes every file derived from the vocabulary and the rule registry: the README's rule reference, the
// snippets and the grammar (bundles server/src/generate/index.ts on the fly, as gen-schema.mjs does).
// Usage: node scripts/generate.mjs [--check]   (--check: write nothing, exit 1 when a file is out of date)
import { read, writeDerived } from './derived.mjs';

await writeDerived('server/src/generate/index.ts', (m) => m.generateAll(read), 'npm run generate');
