// The snippets and the New Card template expand to cards whose only findings are "fill this in" ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeCard } from '../../server/src/core';
import { previewHtml } from '../../client/src/preview/html';
import { cardSnippet, cardText, titleSlug } from '../../client/src/template';

import { REPO_ROOT as ROOT } from '../helpers/paths';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const snippets = JSON.parse(readFileSync(resolve(ROOT, 'snippets/markdown.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** The snippet whose prefixes include `prefix`. */
function snippet(prefix: string): Snippet {
  const found = Object.values(snippets).find((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

const bodyText = (s: Snippet): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2025', CURRENT_MONTH: '03', CURRENT_DATE: '07', TM_FILENAME_BASE: 'card' };

/** Expands snippet syntax the way accepting every default does: placeholders to their defaults, choices to the first. */
export function expandSnippet(src: string): string {
  let i = 0;
  const defaults = new Map<string, string>();
  const readUntil = (stop: string): string => {
    let out = '';
    while (i < src.length && !stop.includes(src[i] ?? '')) out += readOne();
    return out;
  };
  const readOne = (): string => {
    const c = src[i] ?? '';
    if (c === '\\' && i + 1 < src.length) {
      i += 2;
      return src[i - 1] ?? '';
    }
    if (c !== '$') {
      i++;
      return c;
    }
    const simple = /^\$(\d+|[A-Z_]+)/.exec(src.slice(i));
    if (simple) {
      i += simple[0].length;
      return resolveName(simple[1] ?? '', null);
    }
    const braced = /^\$\{(\d+|[A-Z_]+)/.exec(src.slice(i));
    if (!braced) {
      i++;
      return c;
    }
    i += braced[0].length;
    const name = braced[1] ?? '';
    const next = src[i];
    if (next === '}') {
      i++;
      return resolveName(name, null);
    }
    if (next === '|') {
      i++;
      const choice = readUntil(',|');
      while (i < src.length && src.slice(i, i + 2) !== '|}') i += src[i] === '\\' ? 2 : 1;
      i += 2;
      return resolveName(name, choice);
    }
    assert.equal(next, ':', `unsupported snippet syntax at ${i}: ${src.slice(i - 5, i + 10)}`);
    i++;
    const value = readUntil('}');
    i++;
    return resolveName(name, value);
  };
  const resolveName = (name: string, value: string | null): string => {
    if (/^\d+$/.test(name)) {
      if (value !== null && !defaults.has(name)) defaults.set(name, value);
      return value ?? defaults.get(name) ?? '';
    }
    return VARIABLES[name] ?? value ?? '';
  };
  return readUntil('');
}

/** Findings of a card, as `severity rule: message` lines for readable assertion failures. */
function findings(text: string): string[] {
  const a = analyzeCard(text);
  assert.ok(a.isCard, 'the text is not recognised as a card');
  return a.findings.map((f) => `${f.severity} ${f.rule} (line ${f.range.start.line + 1}): ${f.message}`);
}

/** Only information/hint "fill this in" findings are allowed in a fresh card. */
function assertOnlyFillIns(text: string): void {
  const bad = findings(text).filter((f) => !/^(information|hint) (missing-field|computable-value-missing) /.test(f));
  assert.deepEqual(bad, []);
}

void describe('card template', () => {
  void it('New Card text is a clean card', () => {
    assertOnlyFillIns(cardText({ modelName: 'Acme 7B', organization: 'Acme AI', orgSlug: 'acme-ai', today: '2025-03-07' }));
  });

  void it('stays clean with awkward names', () => {
    assertOnlyFillIns(cardText({ modelName: 'A*B <x> [y](z)', organization: 'Lab, Inc.', orgSlug: titleSlug('Lab, Inc.'), today: '2025-03-07' }));
  });

  void it('names files by the repository slug rule', () => {
    assert.equal(titleSlug('Llama 3.1 (405B)'), 'llama-31-405b');
    assert.equal(titleSlug('Shanghai AI Laboratory/SenseTime'), 'shanghai-ai-laboratorysensetime');
    assert.equal(titleSlug('Café Über'), 'café-über');
  });

  void it('Insert Template snippet expands to a clean card', () => {
    assertOnlyFillIns(expandSnippet(cardSnippet()));
  });
});

void describe('snippets/markdown.code-snippets', () => {
  void it('the modelcard snippet is the template snippet', () => {
    assert.equal(bodyText(snippet('modelcard')), cardSnippet());
  });

  void it('the modelcard snippet expands to a clean card', () => {
    const text = expandSnippet(bodyText(snippet('modelcard')));
    assert.match(text, /\*\*Last Updated:\*\* 2025-03-07/);
    assertOnlyFillIns(text);
  });

  void it('the front matter snippet expands to a clean front matter card', () => {
    const text = expandSnippet(bodyText(snippet('modelcard-frontmatter')));
    assert.equal(analyzeCard(text).format, 'frontmatter');
    assertOnlyFillIns(text);
  });

  void it('the section snippets rebuild a clean card', () => {
    const full = expandSnippet(bodyText(snippet('modelcard')));
    const head = full.slice(0, full.indexOf('## 📊 Overview'));
    const sections = ['mc-overview', 'mc-techspecs', 'mc-benchmarks', 'mc-tags', 'mc-notes', 'mc-resources', 'mc-related'];
    const text = head + sections.map((p) => expandSnippet(bodyText(snippet(p)))).join('\n') + '\n---\n\n**Last Updated:** 2025-03-07\n';
    assertOnlyFillIns(text);
  });

  void it('the benchmark row adds a valid row', () => {
    const full = expandSnippet(bodyText(snippet('modelcard')));
    const row = expandSnippet(bodyText(snippet('benchmark-row')));
    assert.match(row, /^\| \*\*MMLU\*\* \| - \|/);
    const text = full.replace(/\| \*\*MMLU\*\* .*\n/, '');
    assertOnlyFillIns(text.replace('| **MMLU-Pro**', `${row}\n| **MMLU-Pro**`));
  });

  void it('every snippet has a prefix, a body and a description', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.length > 0 && bodyText(s).length > 0 && s.description, name);
    }
  });
});

interface GrammarRule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Record<string, { name?: string }>;
  patterns?: GrammarRule[];
}

const grammar = JSON.parse(readFileSync(resolve(ROOT, 'syntaxes/modelcard.injection.tmLanguage.json'), 'utf8')) as { scopeName: string; injectionSelector: string; repository: Record<string, GrammarRule> };

/** Every rule of the grammar, nested ones included. */
function rules(): GrammarRule[] {
  const out: GrammarRule[] = [];
  const walk = (r: GrammarRule): void => {
    out.push(r);
    for (const p of r.patterns ?? []) walk(p);
  };
  Object.values(grammar.repository).forEach(walk);
  return out;
}

/** Oniguruma's \A and \G have no JS equivalent; ^ is close enough to check the rest compiles. */
const jsRegExp = (source: string): RegExp => new RegExp(source.replace(/\\A/g, '^').replace(/\\G/g, ''), 'u');

void describe('syntaxes/modelcard.injection.tmLanguage.json', () => {
  void it('is an injection into Markdown under the declared scope name', () => {
    assert.equal(grammar.scopeName, 'text.modelcard.injection');
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
  });

  void it('has regexes that compile', () => {
    for (const r of rules()) for (const source of [r.match, r.begin, r.end]) if (source !== undefined) assert.doesNotThrow(() => jsRegExp(source), source);
  });

  const begins = rules().filter((r) => r.begin !== undefined && r.name?.startsWith('meta.field.'));
  const matchesAny = (line: string): boolean => begins.some((r) => jsRegExp(r.begin ?? '').test(line));

  void it('recognises every field line of a card', () => {
    const card = cardText({ modelName: 'Acme 7B', organization: 'Acme AI', orgSlug: 'acme-ai', today: '2025-03-07' });
    const fieldLines = card.split('\n').filter((l) => /^(- )?\*\*[^*]+:\*\*/.test(l) && !l.startsWith('**From'));
    assert.equal(fieldLines.length, 11);
    for (const line of fieldLines) assert.ok(matchesAny(line), line);
  });

  void it('leaves ordinary Markdown alone', () => {
    for (const line of ['- **Note:** something', '**Bold** text', '- Parameters: 7B', 'Released: Dec/2024', '| **MMLU** | 86.1 | x |']) assert.ok(!matchesAny(line), line);
  });

  void it('scopes values: numbers, units, ratio labels, tiers, unknowns', () => {
    const scopesOf = (fieldName: string, value: string): string[] => {
      const rule = begins.find((r) => r.name === `meta.field.${fieldName}.modelcard`);
      assert.ok(rule, fieldName);
      return (rule.patterns ?? []).filter((p) => p.match !== undefined && jsRegExp(p.match).test(value)).flatMap((p) => [p.name, ...Object.values(p.captures ?? {}).map((c) => c.name)]).filter((n): n is string => n !== undefined);
    };
    assert.deepEqual(scopesOf('count', '78.0B'), ['constant.numeric.modelcard', 'keyword.other.unit.modelcard']);
    assert.deepEqual(scopesOf('count', '-B'), ['constant.language.unknown.modelcard', 'keyword.other.unit.modelcard']);
    assert.ok(scopesOf('ratio', '233:1 ✅ Compute-optimal').includes('markup.inserted.modelcard'));
    assert.ok(scopesOf('ratio', '15:1 ⚠️ Under-trained').includes('markup.changed.modelcard'));
    assert.ok(scopesOf('alscore', '4.0 (Mid-tier)').includes('entity.name.type.tier.modelcard'));
    assert.deepEqual(scopesOf('released', 'TBA'), ['constant.language.unknown.modelcard']);
  });
});

void describe('metrics preview page', () => {
  const html = previewHtml({ cspSource: 'vscode-webview://test', nonce: 'N0nce' });

  void it('has a strict CSP with a nonce on its only script and style', () => {
    assert.ok(html.includes(`content="default-src 'none'; style-src vscode-webview://test 'nonce-N0nce'; script-src 'nonce-N0nce'; img-src vscode-webview://test"`));
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.ok(html.includes('<script nonce="N0nce">') && html.includes('<style nonce="N0nce">'));
    assert.doesNotMatch(html, /\bsrc=|\bhref=|https?:\/\//, 'the page must load nothing');
  });

  void it('never turns text into markup in the webview script', () => {
    assert.doesNotMatch(html, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });
});
