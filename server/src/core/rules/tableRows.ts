// Shared by card-collision and table-row-mismatch: which rows of a page describe another model than the
// other rows linking the same card (two models collapsed onto one card file).
import { cellAgrees, cellLink, type Column } from '../repository/columns';
import type { CardRow, CardTable } from '../repository/files';
import type { RepositoryRuleContext, RowRef } from './repositoryContext';

/** What tells two models apart in a row: its name, parameters and release, as far as its table has them. */
export interface RowIdentity {
  name: string | null;
  params: string | null;
  released: string | null;
}

const norm = (t: string | undefined): string | null => {
  if (t === undefined) return null;
  const v = t.trim().toLowerCase().split(',').join('');
  return v === '' || v === '-' || v === '-b' ? '-' : v.endsWith('b') && /^[\d.]+b$/.test(v) ? String(Number(v.slice(0, -1))) : v;
};

export function rowIdentity(table: CardTable, row: CardRow): RowIdentity {
  const id: RowIdentity = { name: null, params: null, released: null };
  table.columns.forEach((c: Column | null, i) => {
    const text = row.cells[i]?.text;
    if (!c || text === undefined) return;
    if (c.kind === 'title') id.name = (cellLink(text)?.text ?? text).trim();
    else if (c.kind === 'params') id.params = norm(text);
    else if (c.kind === 'released') id.released = norm(text);
  });
  return id;
}

const conflict = (a: RowIdentity, b: RowIdentity): boolean =>
  (a.name !== null && b.name !== null && a.name !== b.name) ||
  (a.params !== null && b.params !== null && a.params !== b.params) ||
  (a.released !== null && b.released !== null && a.released !== b.released);

export const identityText = (id: RowIdentity): string => [id.name, id.params, id.released].filter((v) => v !== null).join(' · ');

/** Why a row collides, with the row it collides with; null when it does not. */
export interface Collision {
  other: RowRef;
  /** True: the same table links the card twice; false: another row describes a different model. */
  sameTable: boolean;
}

/** The rows of this file that collide, by row line (each card's rows are looked at once). */
export function collisions(ctx: RepositoryRuleContext): Map<number, Collision> {
  return ctx.shared('collisions', () => findCollisions(ctx));
}

/** How much row work was done, for tests that an edit redoes only the rows it concerns. */
export const rowWork = { compared: 0, collided: 0 };

// Identities are read once per row version (rows are replaced, never changed, when their page changes).
const identities = new WeakMap<CardRow, RowIdentity>();

function identityOf(table: CardTable, row: CardRow): RowIdentity {
  let id = identities.get(row);
  if (!id) identities.set(row, (id = rowIdentity(table, row)));
  return id;
}

function findCollisions(ctx: RepositoryRuleContext): Map<number, Collision> {
  const out = new Map<number, Collision>();
  const done = new Set<string>();
  for (const table of ctx.file.tables) {
    for (const row of table.rows) {
      if (done.has(row.card)) continue;
      done.add(row.card);
      const all = ctx.repo.rowsLinking(row.card);
      if (all.length < 2) continue;
      for (const [r, c] of cardCollisions(all)) if (r.page === ctx.file.path && !out.has(r.row.line)) out.set(r.row.line, c);
    }
  }
  return out;
}

// A card's collisions over every page, by row; the index replaces a card's row list whenever one of its
// rows changes, so a list seen before has the same collisions (a card edit changes none).
const byCard = new WeakMap<readonly RowRef[], Map<RowRef, Collision>>();

function cardCollisions(all: readonly RowRef[]): Map<RowRef, Collision> {
  let out = byCard.get(all);
  if (out) return out;
  rowWork.collided++;
  byCard.set(all, (out = new Map<RowRef, Collision>()));
  const ids = all.map((r) => identityOf(r.table, r.row));
  for (let i = 0; i < all.length; i++) {
    const r = all[i];
    if (!r) continue;
    const twin = all.find((o, j) => j !== i && o.page === r.page && o.table === r.table);
    if (twin) {
      out.set(r, { other: twin, sameTable: true });
      continue;
    }
    const me = ids[i];
    const j = me ? ids.findIndex((o, k) => k !== i && o !== undefined && conflict(me, o)) : -1;
    const other = j >= 0 ? all[j] : undefined;
    if (other) out.set(r, { other, sameTable: false });
  }
  return out;
}

type Facts = Parameters<typeof cellAgrees>[2];

// A row's contradictions, kept until its card's facts change (a card edit makes new facts; a page edit new rows).
const compared = new WeakMap<CardRow, { facts: Facts; found: [number, Column][] }>();

/** The cells of a row that contradict its card: [column index, column]. */
export function contradictions(table: CardTable, row: CardRow, facts: Facts): [number, Column][] {
  const known = compared.get(row);
  if (known?.facts === facts) return known.found;
  rowWork.compared++;
  const found: [number, Column][] = [];
  table.columns.forEach((c, i) => {
    const cell = row.cells[i];
    if (c && cell && !cellAgrees(c, cell.text, facts)) found.push([i, c]);
  });
  compared.set(row, { facts, found });
  return found;
}
