// .modelcardrc.json with `extends` and `overrides`, resolved by the one resolver of the CLI and the server.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { after, before, describe, it } from 'node:test';
import { parseConfig } from '../../server/src/core';
import { ConfigResolver } from '../../server/src/node/configResolver';

let dir = '';
const write = (rel: string, value: unknown): void => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
};
const at = (...rel: string[]): string => path.join(dir, ...rel);
const resolve = (card: string, options: ConstructorParameters<typeof ConfigResolver>[0] = {}) => new ConfigResolver(options).forFile(at(card));
const config = (card: string) => {
  const r = resolve(card);
  assert.ok(r.ok, r.ok ? '' : r.errors.join('\n'));
  return r.config;
};
const errors = (card: string): string[] => {
  const r = resolve(card);
  assert.equal(r.ok, false, `${card} should have config errors`);
  return r.ok ? [] : r.errors;
};

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-extends-'));
  // extends: a relative path and a package, depth-first, later wins; overrides relative to each file's folder.
  write('base/base.json', { computeOptimalRatio: 25, tiers: { powerful: 6 }, rules: { 'section-order': 'off', 'tags-mismatch': 'error' }, overrides: [{ files: 'models/**', rules: { 'missing-section': 'off' } }] });
  write('node_modules/@acme/modelcard-config/package.json', { name: '@acme/modelcard-config', main: 'config.json' });
  write('node_modules/@acme/modelcard-config/config.json', { ratioRounding: 'floor', rules: { 'tags-mismatch': 'hint' }, overrides: [{ files: ['drafts/**'], rules: { 'missing-field': 'off' } }] });
  write('repo/.modelcardrc.json', {
    extends: ['../base/base.json', '@acme/modelcard-config'],
    tiers: { midTier: 2 },
    overrides: [
      { files: ['models/**', '!models/legacy/**'], rules: { 'alscore-mismatch': 'warning' } },
      { files: 'models/special/*.md', rules: { 'alscore-mismatch': 'hint' }, computeOptimalRatio: 30 },
    ],
  });
  write('cycle/.modelcardrc.json', { extends: './a.json' });
  write('cycle/a.json', { extends: './b.json' });
  write('cycle/b.json', { extends: ['./a.json'] });
  write('twoerrors/.modelcardrc.json', { computeOptimalRatio: -1, rules: { 'alscore-mismatch': 'loud' }, colour: true });
  write('missing/.modelcardrc.json', { extends: ['./nope.json', 'no-such-package'] });
  write('badbase/.modelcardrc.json', { extends: './base.json' });
  write('badbase/base.json', '{ "tiers": { "powerful": "high" } ');
  write('complex/.modelcardrc.json', { overrides: [{ files: ['*a*a*a*a*a*b'], rules: {} }] });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

void describe('extends', () => {
  void it('merges depth-first, later wins: base, then package, then the file itself', () => {
    const c = config('repo/card.md');
    assert.equal(c.computeOptimalRatio, 25, 'from base');
    assert.equal(c.ratioRounding, 'floor', 'from the package');
    assert.deepEqual(c.tiers, { extremelyPowerful: 20, veryPowerful: 10, powerful: 6, midTier: 2 }, 'tiers merge key by key');
    assert.deepEqual(c.rules, { 'section-order': 'off', 'tags-mismatch': 'hint' }, 'the package after base');
  });

  void it('names a cycle, a missing file, a missing package and the broken file of a chain', () => {
    const [cycle] = errors('cycle/card.md');
    assert.match(cycle ?? '', /"extends(\.0)?": extends itself through a\.json -> b\.json -> a\.json/);
    const missing = errors('missing/card.md');
    assert.equal(missing.length, 2);
    assert.match(missing[0] ?? '', /nope\.json \(extended by .*\.modelcardrc\.json\): no such file/);
    assert.match(missing[1] ?? '', /"extends\.1": cannot find "no-such-package": not a path \(start it with \.\/ or \.\.\/\) nor a package/);
    assert.match(errors('badbase/card.md')[0] ?? '', /base\.json \(extended by .*\): not valid JSON/);
  });
});

void describe('overrides', () => {
  void it('apply to the cards their globs match, relative to the config file, later entries winning', () => {
    assert.equal(config('repo/card.md').rules['alscore-mismatch'], undefined);
    assert.equal(config('repo/models/a.md').rules['alscore-mismatch'], 'warning');
    assert.equal(config('repo/models/legacy/a.md').rules['alscore-mismatch'], undefined, '! excludes');
    const special = config('repo/models/special/s.md');
    assert.equal(special.rules['alscore-mismatch'], 'hint');
    assert.equal(special.computeOptimalRatio, 30);
    assert.equal(special.rules['tags-mismatch'], 'hint', 'the base settings stay');
  });

  void it("keep an extended file's globs relative to its own folder, a package's to the extending config", () => {
    assert.equal(config('repo/models/a.md').rules['missing-section'], undefined, "base's models/** is base/models/**");
    assert.equal(config('repo/drafts/d.md').rules['missing-field'], 'off', "the package's drafts/** is repo/drafts/**");
    assert.equal(config('base/models/x.md').rules['missing-section'], undefined, 'base/ has no config of its own to be found');
    const viaExplicit = resolve('base/models/x.md', { explicit: at('base/base.json') });
    assert.ok(viaExplicit.ok);
    assert.equal(viaExplicit.config.rules['missing-section'], 'off');
  });

  void it('share one config object between cards with the same overrides, resolving the file once', () => {
    const r = new ConfigResolver();
    const a = r.forFile(at('repo/models/a.md'));
    const b = r.forFile(at('repo/models/b/c.md'));
    assert.ok(a.ok && b.ok);
    assert.equal(a.config, b.config);
  });

  void it('refuses a glob too complex to match safely', () => {
    assert.match(errors('complex/card.md')[0] ?? '', /"overrides\.0\.files": glob is too complex/);
  });
});

void describe('config errors', () => {
  void it('lists every problem of a file, each naming its key', () => {
    const list = errors('twoerrors/card.md');
    assert.equal(list.length, 3, list.join('\n'));
    assert.ok(list.every((e) => e.startsWith(at('twoerrors/.modelcardrc.json'))));
    assert.ok(list.some((e) => e.includes('"computeOptimalRatio": ')));
    assert.ok(list.some((e) => e.includes('"rules.alscore-mismatch": must be one of error, warning, information, hint, off')));
    assert.ok(list.some((e) => /"colour": unknown key \(known: .*extends, overrides\)/.test(e)));
  });

  void it('checks the shape of extends and overrides', () => {
    const r = parseConfig({ extends: 5, overrides: [{ rules: {} }, { files: [] }, { files: 'x', severity: 1 }] });
    assert.equal(r.ok, false);
    const list = r.ok ? [] : r.errors;
    assert.ok(list.includes('"extends": must be a path or package name, or a list of them'), list.join('\n'));
    assert.ok(list.some((e) => e.startsWith('"overrides.0.files": ')), list.join('\n'));
    assert.ok(list.some((e) => e.startsWith('"overrides.1.files": ')), list.join('\n'));
    assert.ok(list.includes('"overrides.2.severity": unknown key (known: files, computeOptimalRatio, tiers, ratioRounding, rules)'), list.join('\n'));
  });
});
