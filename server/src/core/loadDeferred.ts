// Heavy dependencies loaded on first use: a leaderboard card needs neither zod nor a YAML parser, and
// loading them was most of a short CLI run (the CLI bundle keeps them in a file of their own).
import type * as heavyModule from './deferredModules';

let heavy: typeof heavyModule | undefined;

function load(): typeof heavyModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (heavy ??= require('./deferredModules') as typeof heavyModule);
}

/** The zod schemas of the front matter and the normalized card. */
export function lazySchemas(): typeof heavyModule.schema {
  return load().schema;
}

/** The zod schema and parser of .modelcardrc.json. */
export function lazyConfig(): typeof heavyModule.config {
  return load().config;
}

/** gray-matter and the YAML parser, for front matter. */
export function lazyYaml(): typeof heavyModule.frontMatterYaml {
  return load().frontMatterYaml;
}
