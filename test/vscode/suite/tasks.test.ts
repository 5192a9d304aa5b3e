// The `modelcard` task type: VS Code lists its tasks, and the check task runs the bundled CLI on the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'model-card-studio.model-card-studio';

suite('The modelcard task type', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  test('provides check and fix tasks for the workspace folder', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'modelcard' });
    assert.deepEqual(tasks.map((t) => t.name).sort(), ['check', 'fix']);
    const check = tasks.find((t) => t.name === 'check');
    assert.ok(check?.problemMatchers.includes('$modelcard'), `problem matchers: ${check?.problemMatchers.join(', ')}`);
  });

  test('the check task runs the CLI and exits 1 on the workspace with a broken card', async () => {
    const check = (await vscode.tasks.fetchTasks({ type: 'modelcard' })).find((t) => t.name === 'check');
    assert.ok(check);
    const ended = new Promise<number | undefined>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the check task did not end within 30 s')), 30_000);
      const listener = vscode.tasks.onDidEndTaskProcess((event) => {
        if (event.execution.task.definition.type !== 'modelcard') return;
        clearTimeout(timer);
        listener.dispose();
        resolve(event.exitCode);
      });
    });
    await vscode.tasks.executeTask(check);
    // The test workspace holds a card with errors (BROKEN): the CLI's exit code for findings is 1.
    assert.equal(await ended, 1);
  });
});
