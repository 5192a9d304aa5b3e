// Runs the extension-host suite in VS Code: $VSCODE_EXECUTABLE when set, else a downloaded VS Code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { writeWorkspace } from './cards';

async function main(): Promise<void> {
  // Compiled to out/test/vscode/runTest.js: the repository root is three levels up.
  const extensionDevelopmentPath = resolve(__dirname, '../../..');
  const extensionTestsPath = resolve(__dirname, 'suite/index');
  const workspace = writeWorkspace();
  const userDataDir = mkdtempSync(join(tmpdir(), 'modelcard-vscode-user-'));
  const executable = process.env.VSCODE_EXECUTABLE;
  try {
    await runTests({
      extensionDevelopmentPath,
      extensionTestsPath,
      ...(executable ? { vscodeExecutablePath: executable } : { version: '1.96.4' }),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userDataDir}`],
      extensionTestsEnv: { MODELCARD_TEST_WORKSPACE: workspace },
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('The VS Code extension tests failed:', error);
  process.exit(1);
});
