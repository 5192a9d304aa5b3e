// Entry of dist/browserServer.js: the language server in a web worker (vscode.dev, github.dev), talking
// to the browser client over postMessage; its file access goes through the client (browserHost.ts).
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { BrowserHost } from './browserHost';
import { startServer } from './server';

/** The worker's global scope, as much of it as this file uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { message?: string; reason?: unknown }) => void): void;
  close(): void;
}

const scope = self as unknown as WorkerScope;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
// Last-resort logging: a bug in one handler must not end the editing session.
scope.addEventListener('error', (e) => connection.console.error(`modelCard uncaught: ${e.message ?? 'unknown error'}`));
scope.addEventListener('unhandledrejection', (e) => connection.console.error(`modelCard unhandled rejection: ${String(e.reason)}`));
// A worker has no process to exit: after the exit notification it closes itself (a restart starts a new one).
connection.onExit(() => scope.close());
startServer(connection, new BrowserHost(connection));
