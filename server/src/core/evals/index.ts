// Evaluation results both ways: the leaderboard's benchmark table <-> Hugging Face `model-index`.
export { benchmarkDataset, benchmarkOfDatasetType, derivedDatasetType, knownBenchmark, usualDescription, TASK_TYPE, UNKNOWN_METRIC_TYPE, type BenchmarkDataset } from './datasets';
export { benchmarkRowsOf, modelIndexFromRows, modelNameOf, scoreOf, type ModelIndexBlock } from './toModelIndex';
export { benchmarkTable, rowsFromModelIndex, MAX_ROWS, MAX_VISITS, type ModelIndexRows } from './fromModelIndex';
export type { EvalRow, SkippedRow, SkipReason } from './rows';
export { yamlNumber, yamlString } from './yamlText';
