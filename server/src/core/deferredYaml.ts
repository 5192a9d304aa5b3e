// gray-matter, js-yaml and the front matter readers, in one module, so a bundle can load them from a file of
// their own on first use (a leaderboard card without front matter never needs them).
export * as frontMatterYaml from './parse/yamlDocument';
