// The `modelcard` task type (desktop): runs the CLI bundled in the extension on a workspace folder, its
// text output read by the `$modelcard` problem matcher, so CI's check can be run from Tasks: Run Task
// without installing the npm package.
import * as vscode from 'vscode';

export const TASK_TYPE = 'modelcard';

/** What a `"type": "modelcard"` entry in tasks.json may say (package.json `taskDefinitions`). */
interface ModelCardTaskDefinition extends vscode.TaskDefinition {
  command?: 'check' | 'fix';
  paths?: string[];
  args?: string[];
}

/** The CLI's arguments for a definition; unknown commands fall back to check (the schema names both). */
export function taskArguments(definition: ModelCardTaskDefinition): string[] {
  const command = definition.command === 'fix' ? 'fix' : 'check';
  const paths = Array.isArray(definition.paths) && definition.paths.length > 0 ? definition.paths.map(String) : ['.'];
  const args = Array.isArray(definition.args) ? definition.args.map(String) : [];
  return [command, '--format', 'text', ...args, ...paths];
}

function taskFor(context: vscode.ExtensionContext, folder: vscode.WorkspaceFolder, definition: ModelCardTaskDefinition): vscode.Task {
  // The extension host's own binary runs the CLI as Node (ELECTRON_RUN_AS_NODE), so no Node install is needed.
  const execution = new vscode.ProcessExecution(process.execPath, [context.asAbsolutePath('dist/cli.js'), ...taskArguments(definition)], {
    cwd: folder.uri.fsPath,
    env: { ELECTRON_RUN_AS_NODE: '1' },
  });
  const name = definition.command === 'fix' ? 'fix' : 'check';
  const task = new vscode.Task(definition, folder, name, TASK_TYPE, execution, '$modelcard');
  task.group = name === 'check' ? vscode.TaskGroup.Test : undefined;
  task.detail = `modelcard ${taskArguments(definition).join(' ')}`;
  return task;
}

export function registerTasks(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () =>
      (vscode.workspace.workspaceFolders ?? [])
        .filter((folder) => folder.uri.scheme === 'file')
        .flatMap((folder) => [taskFor(context, folder, { type: TASK_TYPE, command: 'check' }), taskFor(context, folder, { type: TASK_TYPE, command: 'fix' })]),
    resolveTask: (task) => {
      const scope = task.scope;
      const folder = typeof scope === 'object' && scope !== null && 'uri' in scope ? scope : vscode.workspace.workspaceFolders?.[0];
      return folder === undefined ? undefined : taskFor(context, folder, task.definition);
    },
  });
}
