// Entry of dist/server.js: `node dist/server.js --stdio` (or --node-ipc, --socket=<port>, --pipe=<name>).
import { format } from 'util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { NodeHost } from './nodeHost';
import { startServer } from './server';

if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stderr.write('Model Card language server: start it with --stdio or --node-ipc (e.g. `node dist/server.js --stdio`).\n');
  process.exit(1);
}

/** Ends the process with a line on stderr: a client restarts a server that exits, never one that is deaf. */
function fatal(message: string): never {
  process.stderr.write(`Model Card language server: ${message}; exiting.\n`);
  process.exit(1);
}

let shutdownReceived = (): boolean => false;

/**
 * Over stdio the reader is ours, so a broken frame (no Content-Length, a bad header, a body that is not
 * JSON) ends the server: the byte stream cannot be re-synchronised, and a server that stays up but reads
 * nothing would never be restarted.
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  reader.onError((e) => fatal(`malformed message stream (${e.message.split('\n')[0] ?? ''})`));
  writer.onError(([e]) => fatal(`cannot write to the client (${e.message})`));
  // The client went away: as the LSP exit notification, 0 only after a shutdown request.
  reader.onClose(() => process.exit(shutdownReceived() ? 0 : 1));
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  // As createConnection does for --stdio: a stray console.log must not corrupt the protocol stream.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
// Last-resort logging: a bug in one handler must not end the editing session.
process.on('uncaughtException', (e) => connection.console.error(`modelCard uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`modelCard unhandled rejection: ${String(e)}`));
const lifecycle = startServer(connection, new NodeHost());
shutdownReceived = () => lifecycle.shutdown;
