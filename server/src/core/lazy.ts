// Heavy dependencies loaded on first use: a leaderboard card needs neither zod nor a YAML parser,
// and the CLI's start-up time is dominated by loading them (measured in bench/README.md).
/* eslint-disable @typescript-eslint/no-require-imports */
import type matterType from 'gray-matter';
import type yamlType from 'js-yaml';
import type * as schemaModule from './schema';
import type * as configModule from './config';

let schemas: typeof schemaModule | undefined;
let config: typeof configModule | undefined;
let yamlLibs: { matter: typeof matterType; yaml: typeof yamlType } | undefined;

/** The zod schemas of the front matter and the normalized card. */
export function lazySchemas(): typeof schemaModule {
  return (schemas ??= require('./schema') as typeof schemaModule);
}

/** The zod schema and parser of .modelcardrc.json. */
export function lazyConfig(): typeof configModule {
  return (config ??= require('./config') as typeof configModule);
}

/** gray-matter and js-yaml, for front matter. */
export function lazyYaml(): { matter: typeof matterType; yaml: typeof yamlType } {
  return (yamlLibs ??= { matter: require('gray-matter') as typeof matterType, yaml: require('js-yaml') as typeof yamlType });
}
