// SARIF rule metadata comes from the registry: description, README summary, and the README section's link.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES, RULE_IDS } from '../../server/src/core';
import { HOMEPAGE, ruleDocsUri } from '../../server/src/core/rules/docs';
import { toSarif } from '../../server/src/cli/formatSarif';
import { ruleHref } from '../../server/src/core/service';
import { REPO_ROOT } from './helpers/cards';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string; markdown: string };
  helpUri: string;
  help: { text: string; markdown: string };
}

void describe('SARIF rule metadata', () => {
  const sarif = toSarif([], '0.0.0', REPO_ROOT) as { runs: { tool: { driver: { informationUri: string; rules: SarifRule[] } } }[] };
  const rules = sarif.runs[0]?.tool.driver.rules ?? [];
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

  void it('comes from the registry: description, README summary and anchor', () => {
    assert.deepEqual(rules.map((r) => r.id), [...RULE_IDS]);
    for (const [r, spec] of rules.map((r, i) => [r, RULES[i]] as const)) {
      assert.ok(spec);
      assert.equal(r.shortDescription.text, spec.description);
      assert.equal(r.fullDescription.markdown, spec.docs.summary);
      assert.equal(r.fullDescription.text, spec.docs.summary.split('\n').join(' '));
      assert.equal(r.helpUri, ruleDocsUri(spec.id));
      assert.ok(r.help.text.endsWith(` See ${r.helpUri}`) && r.help.markdown.includes(`](${r.helpUri})`));
    }
  });

  void it('links README sections that exist', () => {
    for (const r of rules) assert.ok(readme.includes(`\n### ${r.helpUri.slice(r.helpUri.indexOf('#') + 1)}\n`), r.helpUri);
  });

  void it('links the same sections as the editor diagnostics do', () => {
    for (const id of RULE_IDS) assert.equal(ruleHref(id), ruleDocsUri(id));
  });

  void it("links the package's homepage", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { homepage: string };
    assert.equal(sarif.runs[0]?.tool.driver.informationUri, HOMEPAGE);
    assert.equal(pkg.homepage, `${HOMEPAGE}#readme`);
  });
});
