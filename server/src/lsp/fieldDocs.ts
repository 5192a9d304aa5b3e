// What each body label and front matter key means: shown on hover and in completion details.

/** Body labels (`**Parameters:**`). */
export const BODY_FIELD_DOCS: Record<string, string> = {
  Organization: 'The lab that built the model, linked to its profile: `[Lab Name](../../labs/<lab-slug>.md)`. Required.',
  Released: 'Release month as `Mon/YYYY` (e.g. `Dec/2024`), or `TBA`. Required.',
  Access: 'Whether the weights or an API are public: `🟢 Public`, `🔴 Private` or `❓ Unknown`. Required.',
  'Last Updated': 'Date the card was last updated, `YYYY-MM-DD`.',
  Type: 'Architecture: `Dense`, `MoE`, `Hybrid`, `MatFormer`, `Compound`, `CoE`, or `-` when unknown.',
  Parameters: 'Parameter count in billions with `B` (e.g. `78.0B`, `0.135B`); `-` when unknown.',
  'Training Tokens': 'Tokens seen in training, in billions with `B` (e.g. `18120.0B`); `-` when unknown.',
  'Token:Param Ratio': 'Training tokens ÷ parameters, rounded up, with thousands separators: `233:1 ✅ Compute-optimal` at or above 20:1 (Chinchilla), else `⚠️ Under-trained`. `- -` when unknown.',
  ALScore: 'ALScore = √(Parameters × Tokens) ÷ 300 with both in billions, to one decimal, with its tier: ≥ 20 Extremely powerful, ≥ 10 Very powerful, ≥ 5 Powerful, ≥ 1 Mid-tier, else Lightweight.',
  Formula: 'The fixed text `√(Parameters × Tokens) ÷ 300`.',
  'Dataset Type': 'Kinds of training data, comma-separated (e.g. `synthetic, web-scale`).',
  Analysis: 'A paragraph reading the benchmark scores.',
};

/** Front matter keys (snake_case, compatible with Hugging Face model card metadata). */
export const FRONT_MATTER_DOCS: Record<string, string> = {
  model_name: 'Model name, as in the card title.',
  organization: 'Lab name.',
  released: 'Release: `YYYY-MM`, `YYYY-MM-DD`, `Mon/YYYY` or `TBA`.',
  access: '`public`, `private` or `unknown`.',
  architecture: '`dense`, `moe`, `hybrid`, `matformer`, `compound` or `coe`.',
  parameters: 'Parameter count: `78B`, `78.0B`, `135M`, `1.8T`, `7e9`, or a plain number read as billions.',
  active_parameters: 'Parameters active per token (MoE), a count like `parameters`.',
  training_tokens: 'Training tokens, a count like `parameters` (`18.1T`, `18120B`).',
  dataset_type: 'List of kinds of training data, e.g. `[synthetic, web-scale]`.',
  benchmarks: 'Map of benchmark name to score (0–100), or `null` when unknown.',
  tags: 'List of tags, e.g. `[Reasoning, SOTA]`.',
  last_updated: 'Date of the last update, `YYYY-MM-DD`.',
  license: 'License id (Hugging Face). `other` needs `license_name` and `license_link`.',
  license_name: 'Name of a license not in the Hugging Face list (with `license: other`).',
  license_link: 'Link to the license text (with `license: other`).',
  base_model: 'The model (or models) this one was fine-tuned from (Hugging Face).',
  datasets: 'Training datasets (Hugging Face ids).',
  language: 'Languages the model handles (ISO codes).',
  pipeline_tag: 'Hugging Face task, e.g. `text-generation`.',
  library_name: 'Library that loads the model, e.g. `transformers`.',
  metrics: 'Metrics used for evaluation (Hugging Face).',
  'model-index': 'Structured evaluation results (Hugging Face).',
};

/** The usual benchmark rows. */
export const BENCHMARK_DOCS: Record<string, string> = {
  MMLU: 'General knowledge across 57 subjects',
  'MMLU-Pro': 'Advanced MMLU variant',
  GPQA: 'Graduate-level reasoning',
  HLE: 'High-level evaluation',
};
