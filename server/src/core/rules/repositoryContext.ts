// What a repository rule sees: the index (other files, link targets, rows linking a card), the one file
// being checked, and a report function bound to the rule being run. Reports land in that file only.
import type { EngineConfig } from '../engineConfig';
import type { CardRow, CardTable, RepositoryFile } from '../repository/files';
import type { LinkTarget } from '../repository/paths';
import { Reporter } from './context';
import type { RepositoryRuleSpec } from './types';

/** The severities a check uses: the same config type analyzeCard takes (only `rules` is read). */
export type RuleConfig = Pick<EngineConfig, 'rules'>;

/** A row linking a card, with the page and table it is in. */
export interface RowRef {
  page: string;
  table: CardTable;
  row: CardRow;
}

/** The repository as rules read it. */
export interface RepositoryView {
  file(path: string): RepositoryFile | undefined;
  /** What a link target is: a file, a folder, a page github.com serves (`../../issues`), or nothing. */
  exists(target: LinkTarget): 'file' | 'folder' | 'page' | undefined;
  /** Every row of every page that links the card, in path order. */
  rowsLinking(card: string): readonly RowRef[];
  /** Every Markdown file's path (sorted); a new array whenever a file is added or removed. */
  paths(): string[];
  /** Changes whenever exists() may answer otherwise (a file added or removed, the host changed). */
  epoch(): number;
}

/** Reports land in the file being checked. */
export class RepositoryRuleContext extends Reporter<RepositoryRuleContext, RepositoryRuleSpec> {
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly repo: RepositoryView,
    readonly file: RepositoryFile,
    readonly config: RuleConfig,
  ) {
    super();
  }

  /** A value computed once per check of this file and shared by its rules (collisions are needed by two). */
  shared<T>(key: string, make: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = make();
    this.memo.set(key, value);
    return value;
  }
}
