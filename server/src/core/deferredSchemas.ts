// zod and the schemas built with it, in one module, so a bundle can load them from a file of their own on
// first use (a check run without a .modelcardrc.json never needs them).
export * as schema from './schema';
export * as config from './engineConfig';
