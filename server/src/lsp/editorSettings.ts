// Settings (`modelCard.*` via workspace/configuration) layered over the card's .modelcardrc.json, resolved
// (extends, overrides) by the host: on Node the resolver the CLI uses.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_CONFIG, RULE_IDS, withRuleOverrides, type EngineConfig, type RuleId, type SeveritySetting } from '../core';
import { matchesAny } from './glob';
import type { ServerHost } from './host';

export interface Settings {
  enable: boolean;
  files: string[];
  configFile: string;
  rules: Partial<Record<RuleId, SeveritySetting>>;
  inlayHints: { alScore: boolean; ratio: boolean; trainingCompute: boolean; frontMatter: boolean };
  /** Cross-file rules over a leaderboard repository (a folder with models/ and labs/). */
  repository: { enable: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  files: [],
  configFile: '',
  rules: {},
  inlayHints: { alScore: true, ratio: true, trainingCompute: true, frontMatter: true },
  repository: { enable: true },
};

/** What one document is checked with. */
export interface DocumentSettings {
  settings: Settings;
  config: EngineConfig;
  /** The .modelcardrc.json in effect, or null. */
  configPath: string | null;
  /** Matched by `modelCard.files`: checked even when the content does not look like a card. */
  assumeCard: boolean;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
/** How long to wait for a client's configuration answer before using defaults. */
const CONFIG_TIMEOUT_MS = 3000;

const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

/** Reads a raw `modelCard` settings object leniently: wrong types fall back to the defaults. */
export function readSettings(raw: unknown): Settings {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const hints = o.inlayHints !== null && typeof o.inlayHints === 'object' ? (o.inlayHints as Record<string, unknown>) : {};
  const repository = o.repository !== null && typeof o.repository === 'object' ? (o.repository as Record<string, unknown>) : {};
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  if (o.rules !== null && typeof o.rules === 'object') {
    for (const [id, sev] of Object.entries(o.rules as Record<string, unknown>)) {
      if ((RULE_IDS as readonly string[]).includes(id) && typeof sev === 'string' && SEVERITIES.has(sev)) rules[id as RuleId] = sev as SeveritySetting;
    }
  }
  const d = DEFAULT_SETTINGS.inlayHints;
  return {
    enable: bool(o.enable, true),
    files: Array.isArray(o.files) ? o.files.filter((f): f is string => typeof f === 'string') : [],
    configFile: typeof o.configFile === 'string' ? o.configFile : '',
    rules,
    inlayHints: {
      alScore: bool(hints.alScore, d.alScore),
      ratio: bool(hints.ratio, d.ratio),
      trainingCompute: bool(hints.trainingCompute, d.trainingCompute),
      frontMatter: bool(hints.frontMatter, d.frontMatter),
    },
    repository: { enable: bool(repository.enable, true) },
  };
}

export class SettingsStore {
  /** Set from the client's capabilities at initialize. */
  hasConfiguration = false;
  /** False in an untrusted workspace: no .modelcardrc.json is read and modelCard.configFile is ignored. */
  trusted = true;
  /** Settings pushed by didChangeConfiguration, for clients without workspace/configuration. */
  private pushed: Settings = DEFAULT_SETTINGS;
  private readonly perDocument = new Map<string, Promise<DocumentSettings>>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly host: ServerHost,
  ) {}

  /** The settings of a document, resolved once and cached until something changes. */
  forDocument(uri: string): Promise<DocumentSettings> {
    let p = this.perDocument.get(uri);
    if (!p) {
      p = this.resolve(uri);
      this.perDocument.set(uri, p);
    }
    return p;
  }

  /** Forgets one document's settings (closed, or re-read on open). */
  drop(uri: string): void {
    this.perDocument.delete(uri);
  }

  /** Forgets all cached settings (a settings or config file change). */
  clear(): void {
    this.perDocument.clear();
    this.host.clearConfigs();
  }

  /** Takes settings pushed with didChangeConfiguration (`{ modelCard: {...} }`). */
  setPushed(raw: unknown): void {
    const section = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>).modelCard : undefined;
    this.pushed = section === undefined ? DEFAULT_SETTINGS : readSettings(section);
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    const settings = this.hasConfiguration ? await this.fetch(uri) : this.pushed;
    const relative = settings.files.length > 0 ? this.host.relativePath(uri) : null;
    const assumeCard = relative !== null && matchesAny(relative, settings.files);
    const loaded = this.trusted ? await this.loadConfig(uri, settings.configFile) : null;
    const base = loaded?.config ?? DEFAULT_CONFIG;
    const config = Object.keys(settings.rules).length > 0 ? withRuleOverrides(base, settings.rules) : base;
    return { settings, config, configPath: loaded?.path ?? null, assumeCard };
  }

  /** Settings asked for in the same turn, sent as one workspace/configuration request (1,000 cards: a few requests, not 1,000). */
  private queued: { uri: string; resolve: (s: Settings) => void }[] = [];

  private fetch(uri: string): Promise<Settings> {
    return new Promise((resolve) => {
      if (this.queued.length === 0) queueMicrotask(() => void this.fetchQueued());
      this.queued.push({ uri, resolve });
    });
  }

  private async fetchQueued(): Promise<void> {
    const batch = this.queued;
    this.queued = [];
    let answers: Settings[];
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), CONFIG_TIMEOUT_MS);
      });
      const raw: unknown = await Promise.race([this.connection.workspace.getConfiguration(batch.map((q) => ({ scopeUri: q.uri, section: 'modelCard' }))), timeout]);
      clearTimeout(timer);
      answers = batch.map((_, i) => readSettings(Array.isArray(raw) ? raw[i] : undefined));
    } catch (e) {
      this.connection.console.warn(`modelCard settings could not be read, using defaults: ${String(e)}`);
      answers = batch.map(() => DEFAULT_SETTINGS);
    }
    batch.forEach((q, i) => q.resolve(answers[i] ?? DEFAULT_SETTINGS));
  }

  /** The card's config from the host (null where it reaches no file system); a broken one warns once and gives the defaults. */
  private async loadConfig(uri: string, configFile: string): Promise<{ config: EngineConfig; path: string | null } | null> {
    const r = await this.host.loadConfig(uri, configFile);
    if (!r || r.ok) return r;
    this.warnOnce(`Model Card: ${r.errors.join('; ')}. Using the default configuration.`);
    return { config: DEFAULT_CONFIG, path: r.path };
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.connection.console.warn(message);
    // A notification, not window/showMessageRequest: minimal clients need not answer it.
    this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  }

  /** Lets a fixed config file warn again after it changes. */
  resetWarnings(): void {
    this.warned.clear();
  }
}
