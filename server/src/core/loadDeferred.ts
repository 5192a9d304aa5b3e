// Heavy dependencies loaded on first use: a leaderboard card needs neither zod nor a YAML parser, and a
// Hugging Face card needs no zod (only a .modelcardrc.json does); loading them was most of a short CLI run.
// The CLI bundle keeps each part in a file of its own (dist/cli-schema.js, dist/cli-yaml.js).
import type * as schemaModule from './deferredSchemas';
import type * as yamlModule from './deferredYaml';

let schemas: typeof schemaModule | undefined;
let yaml: typeof yamlModule | undefined;

function loadSchemas(): typeof schemaModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (schemas ??= require('./deferredSchemas') as typeof schemaModule);
}

/** The zod schemas of the front matter and the normalized card. */
export function lazySchemas(): typeof schemaModule.schema {
  return loadSchemas().schema;
}

/** The zod schema and parser of .modelcardrc.json. */
export function lazyConfig(): typeof schemaModule.config {
  return loadSchemas().config;
}

/** gray-matter and the YAML parser, for front matter. */
export function lazyYaml(): typeof yamlModule.frontMatterYaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (yaml ??= require('./deferredYaml') as typeof yamlModule).frontMatterYaml;
}
