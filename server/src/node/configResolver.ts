// The one config resolver of the CLI and the language server: finds the config of a card, follows its
// `extends` (paths and packages, depth-first, later wins), and applies its `overrides` for the card's path.
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'path';
import { statSync } from 'fs';
import { createRequire } from 'module';
import type { EngineConfig } from '../core/engineConfig';
import { DEFAULT_CONFIG, parseConfigFileText } from '../core/configParsing';
import { findConfigFile } from './configFile';
import { configOf, layered, type Layer, type Layers } from './configLayers';
import { readFailure, readRegularFile } from './read';

/** A config is a few hundred bytes. */
const MAX_CONFIG_BYTES = 1024 * 1024;
import { compileGlobList, GlobError, toPosix, type Matcher } from './globs';

export type ConfigLookup = { ok: true; config: EngineConfig; path: string | null } | { ok: false; path: string; errors: string[] };

/** A config file with everything it extends, flattened in the order the layers apply. */
interface Chain extends Layers {
  path: string;
  /** Every file read, with its modification time when read (to notice a change). */
  read: { file: string; mtimeMs: number }[];
  errors: string[];
}

export interface ResolverOptions {
  /** A config file for every card (--config, modelCard.configFile), instead of the nearest one. */
  explicit?: string | null;
  /** The last directory to look in for the nearest file (the language server's workspace folder). */
  stopAt?: string;
  /** For directories a walk has listed, whether the listing holds a config file (spares a stat). */
  listed?: ReadonlyMap<string, boolean>;
  /** Look again each time: no memo of where configs are, and a chain is re-read when one of its files changed (the editor). */
  revalidate?: boolean;
}

/** Resolves each config file once; cards then cost a lookup, and a glob test per override. */
export class ConfigResolver {
  private readonly fileOfDir = new Map<string, string | null>();
  private readonly chains = new Map<string, Chain>();

  constructor(private readonly options: ResolverOptions = {}) {}

  /** The config for the card at `file` (absolute), or every error of its config chain. */
  forFile(file: string): ConfigLookup {
    const memo = this.options.revalidate ? undefined : this.fileOfDir;
    const dir = dirname(file);
    // The folder's answer when a sibling asked already: no path resolving for every card of a folder.
    const known = memo?.get(dir);
    const rc = this.options.explicit ?? (known !== undefined ? known : findConfigFile(dir, { memo, listed: this.options.listed, stopAt: this.options.stopAt }));
    if (rc === null) return { ok: true, config: DEFAULT_CONFIG, path: null };
    const chain = this.chain(rc);
    if (chain.errors.length > 0) return { ok: false, path: rc, errors: chain.errors };
    return { ok: true, config: configOf(chain, file), path: rc };
  }

  private chain(file: string): Chain {
    let chain = this.chains.get(file);
    if (chain && this.options.revalidate && chain.read.some((r) => mtimeOf(r.file) !== r.mtimeMs)) chain = undefined;
    if (!chain) {
      const errors: string[] = [];
      const layers: Layer[] = [];
      const read: Chain['read'] = [];
      loadInto(file, dirname(file), false, [], { layers, errors, read });
      chain = { path: file, read, errors, ...layered(layers) };
      this.chains.set(file, chain);
    }
    return chain;
  }
}

/**
 * Appends the layers of `file` (what it extends first, then itself, then its overrides) to `layers`.
 * `globRoot` is the folder its override globs are relative to; `stack` the files being loaded (cycles).
 */
function loadInto(file: string, globRoot: string, inPackage: boolean, stack: readonly string[], out: { layers: Layer[]; errors: string[]; read: Chain['read'] }): void {
  const { layers, errors } = out;
  const shown = stack.length > 0 ? `${file} (extended by ${stack[stack.length - 1] ?? ''})` : file;
  let text: string;
  try {
    out.read.push({ file, mtimeMs: mtimeOf(file) });
    // Regular files of at most 1 MB: a FIFO or a huge file named as a config is an error, never a hang.
    text = readRegularFile(file, MAX_CONFIG_BYTES).toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    errors.push(`${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a config file' : `cannot be read (${readFailure(e)})`}`);
    return;
  }
  const parsed = parseConfigFileText(text);
  if (!parsed.ok) {
    for (const error of parsed.errors) errors.push(`${shown}: ${error}`);
    return;
  }
  const config = parsed.file;
  const dir = dirname(file);
  const extended = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  const here = [...stack, file];
  extended.forEach((spec, i) => {
    const key = Array.isArray(config.extends) ? `"extends.${i}"` : '"extends"';
    const target = resolveExtends(spec, dir);
    if ('error' in target) {
      errors.push(`${file}: ${key}: ${target.error}`);
    } else if (here.includes(target.file)) {
      errors.push(`${file}: ${key}: extends itself through ${[...here.slice(here.indexOf(target.file)), target.file].map((f) => basename(f)).join(' -> ')}`);
    } else {
      // A package's override globs are relative to the config that extends it: it cannot know the repository.
      const fromPackage = inPackage || target.fromPackage;
      loadInto(target.file, fromPackage ? globRoot : dirname(target.file), fromPackage, here, out);
    }
  });
  layers.push({ settings: config, applies: null });
  (config.overrides ?? []).forEach((override, i) => {
    const globs = Array.isArray(override.files) ? override.files : [override.files];
    let matcher: Matcher;
    try {
      matcher = compileGlobList(globs);
    } catch (e) {
      errors.push(`${file}: "overrides.${i}.files": ${e instanceof GlobError ? e.message : String(e)}`);
      return;
    }
    layers.push({ settings: override, applies: (card) => matchesBelow(matcher, globRoot, card) });
  });
}

// Globs see the card's path relative to their folder; a card outside that folder never matches.
function matchesBelow(matcher: Matcher, root: string, card: string): boolean {
  const rel = relative(root, card);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return matcher(toPosix(rel, sep));
}

/** The file an `extends` entry names: a path relative to the config's folder, or a package (its main file, or a file in it). */
function resolveExtends(spec: string, dir: string): { file: string; fromPackage: boolean } | { error: string } {
  if (spec.startsWith('./') || spec.startsWith('../') || isAbsolute(spec) || spec.startsWith('.\\') || spec.startsWith('..\\')) {
    return { file: resolve(dir, spec), fromPackage: false };
  }
  try {
    return { file: createRequire(join(dir, CONFIG_REQUIRE_BASE)).resolve(spec), fromPackage: true };
  } catch {
    return { error: `cannot find "${spec}": not a path (start it with ./ or ../) nor a package installed for ${dir}` };
  }
}

function mtimeOf(file: string): number {
  try {
    return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  } catch {
    return -1;
  }
}

// createRequire needs a file name; none is read.
const CONFIG_REQUIRE_BASE = '.modelcardrc.json';
