// picomatch on its own, so the CLI bundle can load it from a file of its own on first use (see globs.ts).
export { default as picomatch } from 'picomatch/posix';
