// The engine's repository index, as the editor uses it (core/repository, on branch `repo` until merged).
import type { RepositoryEngine } from './repository';

export const repositoryEngine: RepositoryEngine = {
  // Until the index is merged, no folder is indexed: every workspace folder reads as having no repository findings.
  createIndex: () => ({ update: () => [], remove: () => [], paths: () => [], findings: () => [], isDerivedPage: () => false }),
};
