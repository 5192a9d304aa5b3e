// Editor and CI conventions: the $modelcard problem matcher against real CLI output, the pre-commit
// hooks, the GitHub Action, and the README's examples of each.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, it } from 'node:test';
import { load as parseYaml } from 'js-yaml';
import { fixture, REPO_ROOT } from './helpers/cards';

const read = (rel: string): string => fs.readFileSync(path.join(REPO_ROOT, rel), 'utf8');

interface Matcher {
  name: string;
  owner: string;
  fileLocation: string[];
  severity: string;
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number };
}

void describe('the $modelcard problem matcher', () => {
  const pkg = JSON.parse(read('package.json')) as { contributes: { problemMatchers: Matcher[] } };
  const matcher = pkg.contributes.problemMatchers.find((m) => m.name === 'modelcard');

  void it('reads every finding line of `modelcard check`, with VS Code severities', () => {
    assert.ok(matcher);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelcard-matcher-'));
    try {
      const card = fixture('seed.md').replace('- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 5.0 (Powerful)').replace('## 📝 Additional Notes', '## Notes');
      fs.mkdirSync(path.join(dir, 'models'));
      fs.writeFileSync(path.join(dir, 'models', 'card.md'), card);
      const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'check'], { cwd: dir, encoding: 'utf8' });
      const lines = r.stdout.trimEnd().split('\n').slice(0, -1);
      assert.ok(lines.length >= 2, r.stdout);
      const re = new RegExp(matcher.pattern.regexp);
      const severities = new Set<string>();
      for (const line of lines) {
        const m = re.exec(line);
        assert.ok(m, line);
        assert.equal(m[matcher.pattern.file], 'models/card.md');
        assert.match(m[matcher.pattern.line] ?? '', /^\d+$/);
        assert.match(m[matcher.pattern.code] ?? '', /^[a-z-]+$/);
        assert.ok(line.endsWith(m[matcher.pattern.message] ?? '\0'));
        severities.add(m[matcher.pattern.severity] ?? '');
      }
      // VS Code knows error, warning and info: "information" is read as "info", "hint" falls back to the matcher's info.
      assert.ok([...severities].every((s) => ['error', 'warning', 'info', 'hint'].includes(s)), [...severities].join());
      assert.ok(severities.has('info'), 'missing-section is information');
      assert.equal(matcher.severity, 'info');
      assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

void describe('pre-commit and GitHub Actions', () => {
  void it('declares a node hook `modelcard` over Markdown files running `modelcard check`', () => {
    const hooks = parseYaml(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string; types?: string[]; files?: string }[];
    const hook = hooks.find((h) => h.id === 'modelcard');
    assert.ok(hook);
    assert.equal(hook.entry, 'modelcard check');
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    const pkg = JSON.parse(read('package.json')) as { bin: Record<string, string>; scripts: Record<string, string> };
    assert.equal(pkg.bin.modelcard, './dist/cli.js');
    assert.match(pkg.scripts.prepack ?? '', /esbuild\.mjs --production/, 'pre-commit and git installs build through prepack');
  });

  void it('is a composite action that uploads SARIF even when the check fails, inputs passed through env', () => {
    const text = read('action.yml');
    const action = parseYaml(text) as { runs: { using: string; steps: { uses?: string; if?: string; run?: string; with?: Record<string, string> }[] }; inputs: Record<string, unknown> };
    assert.equal(action.runs.using, 'composite');
    const steps = action.runs.steps;
    assert.ok(steps.some((s) => s.uses?.startsWith('actions/setup-node@')));
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload);
    assert.match(upload.if ?? '', /always\(\)/);
    assert.ok(steps.indexOf(upload) < steps.length - 1, 'the failure is reported after the upload');
    assert.match(text, /security-events: write/);
    for (const s of steps) assert.doesNotMatch(s.run ?? '', /\$\{\{/, 'no expression inside a script (injection): inputs go through env');
    assert.ok(['paths', 'args', 'sarif', 'sarif-file', 'package', 'node-version'].every((k) => k in action.inputs));
  });
});

void describe('README examples', () => {
  const readme = read('README.md');

  void it('shows a workflow that uploads SARIF with if: always(), and its permissions', () => {
    assert.match(readme, /upload-sarif@v3\n\s+if: always\(\)/);
    assert.match(readme, /security-events: write/);
    assert.match(readme, /--format github/);
  });

  void it('shows a tasks.json with the $modelcard matcher, fix on save and the pre-commit config', () => {
    assert.match(readme, /"problemMatcher": "\$modelcard"/);
    assert.match(readme, /"source\.fixAll\.modelcard": "explicit"/);
    assert.match(readme, /id: modelcard/);
    assert.match(readme, /code --install-extension model-card-studio\.vsix/);
    assert.match(readme, /npx --no-install modelcard/);
  });
});
