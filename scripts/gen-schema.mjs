// Writes schemas/*.schema.json from the zod sources (bundles server/src/cli/jsonSchema.ts on the fly).
// Usage: node scripts/gen-schema.mjs [--check]   (--check: exit 1 when a committed file is out of date)
import { writeDerived } from './derived.mjs';

await writeDerived('server/src/cli/jsonSchema.ts', (m) => m.generateSchemas().map(({ file, json }) => ({ file, text: json })), 'npm run schema');
