// The browser twin of ../configResolver.ts: the same lookup (nearest .modelcardrc.json up to the folder,
// or an explicit file), `extends` chain and `overrides`, over URIs and a file system the client reads.
// What differs: `extends` takes paths only (no node_modules to resolve a package from).
import { DEFAULT_CONFIG, parseConfigFileText } from '../../core/configParsing';
import { compileGlobList, GlobError, type Matcher } from '../globs';
import { configOf, layered, type Layer, type Layers } from '../configLayers';
import type { ConfigLookup } from '../configResolver';
import type { WorkspaceFileSystem } from './fileSystem';
import { dirnameUri, displayUri, formatUri, joinUri, parseUri, pathBelow } from './uri';

export const CONFIG_FILE_NAME = '.modelcardrc.json';
/** A config is a few hundred bytes. */
const MAX_CONFIG_BYTES = 1024 * 1024;

interface Chain extends Layers {
  /** Every file read, with its modification time when read (to notice a change). */
  read: { file: string; mtime: number }[];
  errors: string[];
}

export interface BrowserResolverOptions {
  /** The URI of a config file for every card (modelCard.configFile), instead of the nearest one. */
  explicit?: string | null;
  /** The last folder to look in for the nearest file (the workspace folder). */
  stopAt?: string;
}

/** Resolves configs as the Node resolver does with `revalidate`: looked up each time, a chain re-read when one of its files changed. */
export class BrowserConfigResolver {
  private readonly chains = new Map<string, Chain>();
  private readonly stopAt: string | null;

  constructor(
    private readonly fs: WorkspaceFileSystem,
    private readonly options: BrowserResolverOptions = {},
  ) {
    const stop = options.stopAt ? parseUri(options.stopAt) : null;
    this.stopAt = stop ? formatUri(stop) : null;
  }

  /** The config for the card at `uri`, or every error of its config chain. */
  async forFile(uri: string): Promise<ConfigLookup> {
    const rc = this.options.explicit ?? (await this.find(dirnameUri(uri)));
    if (rc === null) return { ok: true, config: DEFAULT_CONFIG, path: null };
    const chain = await this.chain(rc);
    if (chain.errors.length > 0) return { ok: false, path: rc, errors: chain.errors };
    return { ok: true, config: configOf(chain, uri), path: rc };
  }

  /** The nearest config file at or above `dir`, up to the folder. */
  private async find(dir: string | null): Promise<string | null> {
    for (let current = dir; current !== null; current = dirnameUri(current)) {
      const candidate = joinUri(current, CONFIG_FILE_NAME);
      if ((await this.fs.stat(candidate))?.kind === 'file') return candidate;
      if (current === this.stopAt) break;
    }
    return null;
  }

  private async chain(file: string): Promise<Chain> {
    let chain = this.chains.get(file);
    if (chain && (await this.changed(chain))) chain = undefined;
    if (!chain) {
      const out = { layers: [] as Layer[], errors: [] as string[], read: [] as Chain['read'] };
      await loadInto(this.fs, file, dirnameUri(file) ?? file, [], out);
      chain = { read: out.read, errors: out.errors, ...layered(out.layers) };
      this.chains.set(file, chain);
    }
    return chain;
  }

  private async changed(chain: Chain): Promise<boolean> {
    const now = await Promise.all(chain.read.map((r) => this.fs.stat(r.file)));
    return chain.read.some((r, i) => (now[i]?.mtime ?? -1) !== r.mtime);
  }
}

/** Appends the layers of `file` (what it extends first, then itself, then its overrides); `globRoot` is the folder its globs are relative to. */
async function loadInto(fs: WorkspaceFileSystem, file: string, globRoot: string, stack: readonly string[], out: { layers: Layer[]; errors: string[]; read: Chain['read'] }): Promise<void> {
  const { layers, errors } = out;
  const last = stack[stack.length - 1];
  const shown = last === undefined ? displayUri(file) : `${displayUri(file)} (extended by ${displayUri(last)})`;
  out.read.push({ file, mtime: (await fs.stat(file))?.mtime ?? -1 });
  const [read] = await fs.readFiles([file], MAX_CONFIG_BYTES);
  if (!read || 'error' in read) {
    const why = read?.error === 'not-found' ? 'no such file' : read?.error === 'is-directory' ? 'is a directory, not a config file' : `cannot be read (${read?.message ?? 'no answer'})`;
    errors.push(`${shown}: ${why}`);
    return;
  }
  const parsed = parseConfigFileText(read.text);
  if (!parsed.ok) {
    for (const error of parsed.errors) errors.push(`${shown}: ${error}`);
    return;
  }
  const config = parsed.file;
  const dir = dirnameUri(file) ?? file;
  const extended = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  const here = [...stack, file];
  for (const [i, spec] of extended.entries()) {
    const key = Array.isArray(config.extends) ? `"extends.${i}"` : '"extends"';
    if (!/^(\.\.?[\\/]|\/)/.test(spec)) {
      errors.push(`${displayUri(file)}: ${key}: cannot find "${spec}": a package cannot be resolved in the browser, name a file by its path (start it with ./ or ../)`);
      continue;
    }
    const target = joinUri(dir, spec);
    if (here.includes(target)) {
      const names = [...here.slice(here.indexOf(target)), target].map((f) => parseUri(f)?.segments.at(-1) ?? f);
      errors.push(`${displayUri(file)}: ${key}: extends itself through ${names.map(decodeSafe).join(' -> ')}`);
      continue;
    }
    await loadInto(fs, target, dirnameUri(target) ?? target, here, out);
  }
  layers.push({ settings: config, applies: null });
  (config.overrides ?? []).forEach((override, i) => {
    const globs = Array.isArray(override.files) ? override.files : [override.files];
    let matcher: Matcher;
    try {
      matcher = compileGlobList(globs);
    } catch (e) {
      errors.push(`${displayUri(file)}: "overrides.${i}.files": ${e instanceof GlobError ? e.message : String(e)}`);
      return;
    }
    // Globs see the card's path relative to their folder; a card outside that folder never matches.
    layers.push({ settings: override, applies: (card) => matchesBelow(matcher, globRoot, card) });
  });
}

function matchesBelow(matcher: Matcher, root: string, card: string): boolean {
  const rel = pathBelow(root, card);
  return rel !== null && matcher(rel);
}

function decodeSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
