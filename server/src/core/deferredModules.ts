// The heavy dependencies in one module, so a bundle can load them from a separate file on first use.
export * as schema from './schema';
export * as config from './engineConfig';
export * as frontMatterYaml from './parse/yamlDocument';
