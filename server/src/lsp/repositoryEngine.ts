// The engine's repository index (core/repository), as the editor uses it.
import { createRepositoryIndex, renameEdits, type RepositoryIndex } from '../core/repository';
import type { RepositoryEngine, RepositoryIndexLike } from './repository';

const indexes = new WeakMap<RepositoryIndexLike, RepositoryIndex>();

export const repositoryEngine: RepositoryEngine = {
  createIndex: (host, onCard) => {
    // The editor's index keeps no card analyses: the Leaderboard's rows are made from them as they are read.
    const index = createRepositoryIndex(host, { keepAnalyses: false, ...(onCard ? { onCard } : {}) });
    indexes.set(index, index);
    return index;
  },
  renameEdits: (index, from, to) => {
    const real = indexes.get(index);
    return real ? renameEdits(real, from, to) : [];
  },
};
