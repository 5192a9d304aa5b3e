// Entry of dist/server.js: `node dist/server.js --stdio` (or --node-ipc, --socket=<port>, --pipe=<name>).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stderr.write('Model Card language server: start it with --stdio or --node-ipc (e.g. `node dist/server.js --stdio`).\n');
  process.exit(1);
}

const connection = createConnection(ProposedFeatures.all);
// Last-resort logging: a bug in one handler must not end the editing session.
process.on('uncaughtException', (e) => connection.console.error(`modelCard uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`modelCard unhandled rejection: ${String(e)}`));
startServer(connection);
