// The CLI's file walk: the shared walker of server/src/node, so `modelcard check` and the editor's
// Check Workspace visit the same files.
export { collectFiles, displayPath, errorCode, type InputFile, type WalkResult } from '../node/walk';
