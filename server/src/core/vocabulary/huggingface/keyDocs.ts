// Hugging Face model card metadata keys and leaderboard benchmarks as data, from hub-docs, huggingface.js and huggingface_hub (see below).
//
// Sources (quotes are short and attributed; hub-docs and huggingface_hub are Apache-2.0, huggingface.js is MIT):
// - huggingface/hub-docs @ 242f4a1eeb867daf4ac3f44026a5df4a68908a3d: `modelcard.md` (the annotated metadata spec),
//   `docs/hub/model-cards.md`, `models-gated.md`, `models-widgets.md`, `model-cards-co2.md`, `eval-results.md`,
//   `model-release-checklist.md`, `datasetcard.md`; `docs/hub/models-inference.md` before 46970364 (2025-04-10) for `inference: false`.
// - huggingface/huggingface.js @ fe42e68017ffc76d09922ea8f9b38a6964345710: `packages/hub/src/types/api/api-model.ts`
//   (`ApiModelMetadata`, `ApiModelIndex`, `ApiWidgetExampleFromModelcard`), `packages/tasks/src/model-data.ts`.
// - huggingface/huggingface_hub @ ee0a4510f4bc15e26cb722be2efc2bdb01383ca0: `src/huggingface_hub/repocard_data.py`
//   (`ModelCardData`, `EvalResult`, `model_index_to_eval_results`).
// Benchmark ids: the Open LLM Leaderboard's model-index template as real cards carry it (v1: 2023–2024, v2: 2024–2025) and
// hub-docs `docs/hub/eval-results.md` (Benchmark datasets). /work/notes/hf-rules.md has the evidence for every row.
// Plain data: no logic. Rules that use it live in the engine.

/** The YAML shape a key takes. `string-or-list` is a string or a list of strings. */
export type HfShape =
  | 'string'
  | 'string-or-list'
  | 'list'
  | 'mapping'
  | 'list-of-mappings'
  | 'bool'
  | 'number'
  | 'any'
  | 'bool-or-string'
  | 'bool-or-mapping'
  | 'number-or-mapping'
  | 'number-or-string';

/** How far the Hub itself checks a key when a README.md is pushed (see hf-rules.md for the evidence). */
export type HfHubCheck =
  /** Confirmed: a push with a bad value is rejected ("YAML metadata verification"). */
  | 'rejected-at-push'
  /** Documented or inferred only: no rejection seen; an invalid value is at most ignored by the Hub. */
  | 'not-known-to-be-checked';

/** A key nested inside a mapping (co2_eq_emissions, model-index, widget items, …). */
export interface HfNestedKeyDoc {
  readonly key: string;
  readonly shape: HfShape;
  /** Required by the spec (hub-docs modelcard.md says "Required"). */
  readonly required: boolean;
  readonly docs: string;
  readonly example?: string;
  readonly keys?: readonly HfNestedKeyDoc[];
}

/** A top-level metadata key of a Hugging Face model card. */
export interface HfKeyDoc {
  readonly key: string;
  readonly shape: HfShape;
  /** One or two sentences, in hub-docs' wording where it has some. */
  readonly docs: string;
  /** A value as YAML text (the part after `key:`; a block value starts with a newline). */
  readonly example: string;
  /** Where the key is documented (file in hub-docs unless another repository is named). */
  readonly source: string;
  /** A closed set of values, when the Hub documents one. */
  readonly values?: readonly string[];
  /** Documented once but no longer in the current docs, or only in types; still valid and still on real cards. */
  readonly legacy?: boolean;
  readonly hubCheck: HfHubCheck;
  readonly keys?: readonly HfNestedKeyDoc[];
}

const MODEL_INDEX_KEYS: readonly HfNestedKeyDoc[] = [
  {
    key: 'name',
    shape: 'string',
    required: true,
    docs: 'The model name used for the results (the Hub shows it on leaderboards). huggingface_hub raises when it is missing.',
    example: 'Yi-34B',
  },
  {
    key: 'results',
    shape: 'list-of-mappings',
    required: true,
    docs: 'The evaluation results, one entry per task and dataset.',
    keys: [
      {
        key: 'task',
        shape: 'mapping',
        required: true,
        docs: 'The task evaluated.',
        keys: [
          { key: 'type', shape: 'string', required: true, docs: 'Required. Example: automatic-speech-recognition (hub-docs modelcard.md); a pipeline tag.', example: 'text-generation' },
          { key: 'name', shape: 'string', required: false, docs: 'Optional. Example: Speech Recognition (hub-docs modelcard.md).', example: 'Text Generation' },
        ],
      },
      {
        key: 'dataset',
        shape: 'mapping',
        required: true,
        docs: 'The dataset evaluated on. huggingface_hub raises without it; huggingface.js types it optional ("This will switch to required at some point").',
        keys: [
          { key: 'type', shape: 'string', required: true, docs: 'Required. Example: common_voice. Use dataset id from https://hf.co/datasets (hub-docs modelcard.md).', example: 'cais/mmlu' },
          { key: 'name', shape: 'string', required: true, docs: 'Required. A pretty name for the dataset. Example: Common Voice (French) (hub-docs modelcard.md).', example: 'MMLU (5-Shot)' },
          { key: 'config', shape: 'string', required: false, docs: 'Optional. The name of the dataset subset used in `load_dataset()` (hub-docs modelcard.md). The Hub rejects a non-string.', example: 'all' },
          { key: 'split', shape: 'string', required: false, docs: 'Optional. Example: test (hub-docs modelcard.md).', example: 'test' },
          { key: 'revision', shape: 'string', required: false, docs: 'Optional. Example: 5503434ddd753f426f4b38109466949a1217c2bb (hub-docs modelcard.md). Quote an all-digit revision.', example: "'5503434ddd753f426f4b38109466949a1217c2bb'" },
          { key: 'args', shape: 'any', required: false, docs: 'Optional. Additional arguments to `load_dataset()` (hub-docs modelcard.md); a mapping, or a string in older cards.', example: '\n  num_few_shot: 5' },
        ],
      },
      {
        key: 'metrics',
        shape: 'list-of-mappings',
        required: true,
        docs: 'The metric values for this task and dataset.',
        keys: [
          { key: 'type', shape: 'string', required: true, docs: 'Required. Example: wer. Use metric id from https://hf.co/metrics (hub-docs modelcard.md).', example: 'acc' },
          { key: 'value', shape: 'any', required: true, docs: 'Required. Example: 20.90 (hub-docs modelcard.md); huggingface_hub also accepts a string such as "20.0 ± 1.2".', example: '64.59' },
          { key: 'name', shape: 'string', required: false, docs: 'Optional. Example: Test WER (hub-docs modelcard.md).', example: 'accuracy' },
          { key: 'config', shape: 'string', required: false, docs: 'Optional. The name of the metric configuration used in `load_metric()` (hub-docs modelcard.md). The Hub rejects a non-string.', example: 'bleurt-large-512' },
          { key: 'args', shape: 'any', required: false, docs: 'Optional. The arguments passed during `Metric.compute()` (hub-docs modelcard.md).', example: '\n  max_order: 4' },
          { key: 'verified', shape: 'bool', required: false, docs: '"Automatically computed, do not set" (huggingface.js api-model.ts): whether Hugging Face verified the result.', example: 'false' },
          { key: 'verifyToken', shape: 'string', required: false, docs: 'Optional. A signature that can be used to prove that evaluation was generated by Hugging Face (hub-docs modelcard.md).' },
        ],
      },
      {
        key: 'source',
        shape: 'mapping',
        required: false,
        docs: 'Optional. The source for this result (hub-docs modelcard.md).',
        keys: [
          { key: 'name', shape: 'string', required: false, docs: 'Optional. The name of the source. Example: Open LLM Leaderboard (hub-docs modelcard.md).', example: 'Open LLM Leaderboard' },
          { key: 'url', shape: 'string', required: true, docs: 'Required if source is provided. A link to the source (hub-docs modelcard.md); huggingface_hub raises on a name without a url.', example: 'https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard' },
        ],
      },
    ],
  },
];

const WIDGET_ITEM_KEYS: readonly HfNestedKeyDoc[] = [
  { key: 'text', shape: 'string', required: false, docs: 'A text input for the widget.', example: '"This new restaurant has amazing food and great service!"' },
  { key: 'src', shape: 'string', required: false, docs: 'For vision & audio widget types, an input file: a URL, or a file name or path inside the repo (hub-docs models-widgets.md).', example: 'sample1.flac' },
  { key: 'example_title', shape: 'string', required: false, docs: 'The title of the example in the widget dropdown (hub-docs models-widgets.md).', example: 'Positive Review' },
  { key: 'context', shape: 'string', required: false, docs: 'The context of a question-answering example (hub-docs models-widgets-examples.md).' },
  { key: 'candidate_labels', shape: 'string', required: false, docs: 'Comma-separated labels of a zero-shot classification example.', example: '"urgent, not urgent, phone"' },
  { key: 'multi_class', shape: 'bool', required: false, docs: 'Whether a zero-shot classification example allows several labels.' },
  { key: 'source_sentence', shape: 'string', required: false, docs: 'The sentence compared in a sentence-similarity example.' },
  { key: 'sentences', shape: 'list', required: false, docs: 'The sentences compared with `source_sentence`.' },
  { key: 'table', shape: 'mapping', required: false, docs: 'A table (column name to list of cells) for table question answering.' },
  { key: 'structured_data', shape: 'mapping', required: false, docs: 'Tabular input (column name to list of cells).' },
  { key: 'messages', shape: 'list-of-mappings', required: false, docs: 'A chat example: a list of `role` (system, user, assistant) and `content`.' },
  { key: 'group', shape: 'string', required: false, docs: 'Groups examples in the widget (huggingface.js api-model.ts).' },
  { key: 'parameters', shape: 'mapping', required: false, docs: 'Inference parameters for this example (top_k, temperature, max_new_tokens, …).' },
  { key: 'output', shape: 'any', required: false, docs: 'The example\'s expected output, "a YAML dictionary that represents the output format from Inference Providers" (hub-docs models-widgets.md): `text`, `url`, or a list of `label`/`score`.', example: '\n  text: "Hello my name is Julien"' },
];

const CO2_KEYS: readonly HfNestedKeyDoc[] = [
  { key: 'emissions', shape: 'number', required: true, docs: 'number (in grams of CO2) (hub-docs model-cards-co2.md).', example: '1.2345' },
  { key: 'source', shape: 'string', required: false, docs: 'source of the information, either directly from AutoTrain, code carbon or from a scientific article documenting the model (hub-docs model-cards-co2.md).', example: '"CodeCarbon"' },
  { key: 'training_type', shape: 'string', required: false, docs: 'pre-training or fine-tuning (hub-docs model-cards-co2.md).', example: '"pre-training"' },
  { key: 'geographical_location', shape: 'string', required: false, docs: 'as granular as possible, for instance Quebec, Canada or Brooklyn, NY, USA (hub-docs model-cards-co2.md).', example: '"US-East"' },
  { key: 'hardware_used', shape: 'string', required: false, docs: 'how much compute and what kind, e.g. 8 v100 GPUs (hub-docs model-cards-co2.md).', example: '"8xA100 GPUs"' },
];

/** Field types of `extra_gated_fields` (hub-docs models-gated.md; `ip_location` from huggingface.js api-model.ts). */
export const HF_GATED_FIELD_TYPES: readonly string[] = ['text', 'checkbox', 'date_picker', 'country', 'ip_location', 'select'];

/** The documented top-level keys of a Hugging Face model card's metadata. */
export const HF_KEY_DOCS: readonly HfKeyDoc[] = [
  {
    key: 'language',
    shape: 'string-or-list',
    docs: 'Language of model\'s training data or metadata. It must be an ISO 639-1, 639-2 or 639-3 code (two/three letters), or a special value like "code", "multilingual" (huggingface_hub ModelCardData).',
    example: '\n- fr\n- en',
    source: 'modelcard.md; docs/hub/model-cards.md; huggingface_hub repocard_data.py',
    hubCheck: 'rejected-at-push',
  },
  {
    key: 'license',
    shape: 'string-or-list',
    docs: 'Example: apache-2.0 or any license from https://hf.co/docs/hub/repositories-licenses (hub-docs modelcard.md). Use `other` with `license_name` and `license_link` for a license not in the list.',
    example: 'apache-2.0',
    source: 'modelcard.md; docs/hub/repositories-licenses.md',
    hubCheck: 'rejected-at-push',
  },
  {
    key: 'license_name',
    shape: 'string',
    docs: 'If license = other (license not in https://hf.co/docs/hub/repositories-licenses), specify an id for it here, like `my-license-1.0` (hub-docs modelcard.md).',
    example: 'coqui-public-model-license',
    source: 'modelcard.md; docs/hub/model-cards.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'license_link',
    shape: 'string',
    docs: 'If license = other, specify "LICENSE" or "LICENSE.md" to link to a file of that name inside the repo, or a URL to a remote file (hub-docs modelcard.md).',
    example: 'https://coqui.ai/cpml',
    source: 'modelcard.md; docs/hub/model-cards.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'license_details',
    shape: 'string',
    docs: 'Legacy, textual description of a custom license (hub-docs datasetcard.md); replaced by `license_name` and `license_link` in 2023.',
    example: '"Non-commercial research use only"',
    source: 'datasetcard.md; modelcard.md before 790d3313 (2023-09-27); huggingface.js ApiModelMetadata',
    legacy: true,
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'library_name',
    shape: 'string',
    docs: 'Optional. Example: keras or any library from huggingface.js model-libraries.ts (hub-docs modelcard.md). Recommended if your model is not a `transformers` model (hub-docs model-cards.md).',
    example: 'transformers',
    source: 'modelcard.md; docs/hub/model-cards.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'pipeline_tag',
    shape: 'string',
    docs: 'The `pipeline_tag` indicates the type of task the model is intended for; it is displayed on the model page, used to filter models by task, and chooses the widget (hub-docs model-cards.md).',
    example: 'text-generation',
    source: 'docs/hub/model-cards.md; docs/hub/models-widgets.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'tags',
    shape: 'list',
    docs: 'Custom tags used to filter models on the Hub; a tag naming a supported library also specifies the library (hub-docs model-cards.md). `not-for-all-audiences` shows a content warning.',
    example: '\n- audio\n- automatic-speech-recognition',
    source: 'modelcard.md; docs/hub/model-cards.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'datasets',
    shape: 'string-or-list',
    docs: 'The datasets used to train the model; use the Hub dataset identifier, which is the same as the dataset\'s repo name (hub-docs model-cards.md).',
    example: '\n- stanfordnlp/imdb\n- HuggingFaceFW/fineweb',
    source: 'modelcard.md; docs/hub/model-cards.md',
    hubCheck: 'rejected-at-push',
  },
  {
    key: 'metrics',
    shape: 'string-or-list',
    docs: 'Example: wer. Use metric id from https://hf.co/metrics (hub-docs modelcard.md).',
    example: '\n- accuracy',
    source: 'modelcard.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'base_model',
    shape: 'string-or-list',
    docs: 'The base model of a fine-tune, adapter, quantized version or merge: a single model ID, or a list of base models specified by their Hub identifiers (hub-docs model-cards.md).',
    example: 'HuggingFaceH4/zephyr-7b-beta',
    source: 'modelcard.md; docs/hub/model-cards.md',
    hubCheck: 'rejected-at-push',
  },
  {
    key: 'base_model_relation',
    shape: 'string',
    docs: 'The Hub infers the relationship from the current model to the base model ("adapter", "merge", "quantized", "finetune") but you can also set it explicitly (hub-docs model-cards.md).',
    example: 'quantized',
    source: 'docs/hub/model-cards.md; docs/hub/model-release-checklist.md',
    values: ['adapter', 'merge', 'quantized', 'finetune'],
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'new_version',
    shape: 'string',
    docs: 'If a new version of your model is available in the Hub, you can specify it in a `new_version` field; the model page links to it (hub-docs model-cards.md).',
    example: 'l3utterfly/mistral-7b-v0.1-layla-v4',
    source: 'docs/hub/model-cards.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'buckets',
    shape: 'list',
    docs: 'The storage buckets linked to the model, by Hub bucket identifier; shown as tags on the model page (hub-docs model-cards.md).',
    example: '\n- my-org/my-bucket',
    source: 'modelcard.md; docs/hub/model-cards.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'model_name',
    shape: 'string',
    docs: 'A name for this model, used with `eval_results` to build the `model-index`; the repo name when unset (huggingface_hub ModelCardData). huggingface_hub folds it into `model-index` on save.',
    example: 'my-cool-model',
    source: 'huggingface_hub repocard_data.py',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'model-index',
    shape: 'list-of-mappings',
    docs: 'Optional. Add this if you want to encode your eval results in a structured way (hub-docs modelcard.md). Results are parsed by the Hub and displayed in a widget on the model page (hub-docs model-cards.md).',
    example: '\n- name: Yi-34B\n  results:\n  - task:\n      type: text-generation\n    dataset:\n      name: ai2_arc\n      type: ai2_arc\n    metrics:\n    - name: AI2 Reasoning Challenge (25-Shot)\n      type: AI2 Reasoning Challenge (25-Shot)\n      value: 64.59\n    source:\n      name: Open LLM Leaderboard\n      url: https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard',
    source: 'modelcard.md; docs/hub/model-cards.md; huggingface.js ApiModelIndex',
    hubCheck: 'rejected-at-push',
    keys: MODEL_INDEX_KEYS,
  },
  {
    key: 'thumbnail',
    shape: 'string',
    docs: 'URL of a thumbnail used in social sharing (hub-docs model-cards.md).',
    example: 'https://huggingface.co/blog/assets/01_how-to-train/EsperBERTo-thumbnail-v2.png',
    source: 'docs/hub/model-cards.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'widget',
    shape: 'list-of-mappings',
    docs: 'The widget\'s example inputs; you can provide more than one, and optionally an `example_title` and an `output` (hub-docs models-widgets.md).',
    example: '\n- text: "This new restaurant has amazing food and great service!"\n  example_title: "Positive Review"',
    source: 'docs/hub/models-widgets.md; docs/hub/models-widgets-examples.md',
    hubCheck: 'not-known-to-be-checked',
    keys: WIDGET_ITEM_KEYS,
  },
  {
    key: 'inference',
    shape: 'bool-or-mapping',
    docs: '`inference: false` turned off the inference widget and API for the model (hub-docs models-inference.md until 2025); a mapping holds `parameters` for the widget.',
    example: '\n  parameters:\n    temperature: 0.7',
    source: 'docs/hub/models-inference.md before 46970364; huggingface.js ApiModelMetadata and model-data.ts',
    legacy: true,
    hubCheck: 'not-known-to-be-checked',
    keys: [{ key: 'parameters', shape: 'mapping', required: false, docs: 'Parameters used by the widget when calling inference (huggingface.js model-data.ts).', example: '\n  temperature: 0.7' }],
  },
  {
    key: 'co2_eq_emissions',
    shape: 'number-or-mapping',
    docs: 'The CO2 impact of training: a number of grams, or a mapping with `emissions` and where it comes from (hub-docs model-cards-co2.md).',
    example: '\n  emissions: 123.45\n  source: "CodeCarbon"\n  training_type: "pre-training"\n  geographical_location: "US-East"\n  hardware_used: "8xA100 GPUs"',
    source: 'docs/hub/model-cards-co2.md; docs/hub/model-release-checklist.md',
    hubCheck: 'not-known-to-be-checked',
    keys: CO2_KEYS,
  },
  {
    key: 'gated',
    shape: 'bool-or-string',
    docs: 'Whether access requests are enabled; `extra_gated_eu_disallowed` only works if the model is already gated (hub-docs models-gated.md). The API reports false, "auto" or "manual".',
    example: 'true',
    source: 'docs/hub/models-gated.md; huggingface.js ApiModelInfo',
    values: ['true', 'false', 'auto', 'manual'],
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'extra_gated_prompt',
    shape: 'string',
    docs: 'Personalizes the message displayed to the user who requests access (hub-docs models-gated.md).',
    example: '"You agree to not use the model to conduct experiments that cause harm to human subjects."',
    source: 'docs/hub/models-gated.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'extra_gated_fields',
    shape: 'mapping',
    docs: 'Additional fields of the access request form: each key is the name of the field and each value its type or an object with a `type` field (hub-docs models-gated.md).',
    example: '\n  Company: text\n  Country: country\n  I agree to use this model for non-commercial use ONLY: checkbox',
    source: 'docs/hub/models-gated.md; huggingface.js ApiModelMetadata',
    hubCheck: 'not-known-to-be-checked',
    keys: [
      { key: '<field name>', shape: 'any', required: false, docs: 'A field type (text, checkbox, date_picker, country, ip_location, select) or a mapping with `type` and, for select, `options`.', example: 'text' },
      { key: 'type', shape: 'string', required: true, docs: 'The field type, when the field is written as a mapping.', example: 'select' },
      { key: 'options', shape: 'list', required: false, docs: 'The options of a `select` field: strings or `label`/`value` mappings (hub-docs models-gated.md).', example: '\n  - Research\n  - label: Other\n    value: other' },
    ],
  },
  {
    key: 'extra_gated_heading',
    shape: 'string',
    docs: 'Replaces the default heading of the access request gate (hub-docs models-gated.md).',
    example: '"Acknowledge license to accept the repository"',
    source: 'docs/hub/models-gated.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'extra_gated_description',
    shape: 'string',
    docs: 'Replaces the default description of the access request gate (hub-docs models-gated.md).',
    example: '"Our team may take 2-3 days to process your request"',
    source: 'docs/hub/models-gated.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'extra_gated_button_content',
    shape: 'string',
    docs: 'Replaces the default text of the access request button (hub-docs models-gated.md).',
    example: '"Acknowledge license"',
    source: 'docs/hub/models-gated.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'extra_gated_eu_disallowed',
    shape: 'bool',
    docs: 'Restricts access for users from European Union countries; it only activates if the model is already gated (hub-docs models-gated.md).',
    example: 'true',
    source: 'docs/hub/models-gated.md',
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'language_bcp47',
    shape: 'list',
    docs: 'BCP-47 language tags (such as `fr-BE`), kept apart from `language`, which holds ISO 639 codes (huggingface.js ApiModelMetadata; huggingface/datasets#4753).',
    example: '\n- en-US',
    source: 'huggingface.js ApiModelMetadata',
    legacy: true,
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'language_details',
    shape: 'string',
    docs: 'A free-text description of the languages (huggingface.js ApiModelMetadata; hub-docs datasetcard.md).',
    example: '"Swiss German, written"',
    source: 'huggingface.js ApiModelMetadata; datasetcard.md',
    legacy: true,
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'mask_token',
    shape: 'string',
    docs: 'For relevant models, the mask token used by the fill-mask widget (huggingface.js model-data.ts).',
    example: '"[MASK]"',
    source: 'huggingface.js ApiModelMetadata and model-data.ts',
    legacy: true,
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'instance_prompt',
    shape: 'string',
    docs: 'The trigger prompt of a DreamBooth or LoRA text-to-image model, used in code snippets when no widget text is given (huggingface.js model-libraries-snippets.ts).',
    example: '"a photo of sks dog"',
    source: 'huggingface.js ApiModelMetadata and model-data.ts',
    legacy: true,
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'finetuned_from',
    shape: 'string',
    docs: 'The model this one was fine-tuned from, as older transformers model cards wrote it; superseded by `base_model`. Must be a valid repo id on the Hub (transformers#28482).',
    example: 'bert-base-uncased',
    source: 'huggingface.js ApiModelMetadata',
    legacy: true,
    hubCheck: 'not-known-to-be-checked',
  },
  {
    key: 'description',
    shape: 'string',
    docs: 'A short description of the model (huggingface.js ApiModelMetadata; nullable).',
    example: '"A small English sentiment classifier."',
    source: 'huggingface.js ApiModelMetadata',
    legacy: true,
    hubCheck: 'not-known-to-be-checked',
  },
];

/** A leaderboard benchmark and the Hub dataset its results point at. */
export interface HfBenchmark {
  /** The benchmark as cards and leaderboards name it. */
  readonly benchmark: string;
  /** Other names seen for it (model-index `dataset.name`, leaderboard columns). */
  readonly aliases: readonly string[];
  /** The Hub dataset id to use as model-index `dataset.type` (or `.eval_results` `dataset.id`). */
  readonly datasetId: string;
  /** Other `dataset.type` values real cards carry for it (older or canonical-less ids). */
  readonly otherDatasetTypes: readonly string[];
  /** Usual `dataset.config`, when cards set one. */
  readonly config?: string;
  /** The usual model-index `task.type`. */
  readonly taskType: string;
  /** The usual model-index `metrics[].type`. */
  readonly metricType: string;
  /** Where this row was confirmed. */
  readonly confirmedBy: string;
}

const OLL_V1 = 'Open LLM Leaderboard v1 model-index template on real cards (2023–2024), e.g. test/fixtures/hf/cards leliuga Open LLM cards';
const OLL_V2 = 'Open LLM Leaderboard v2 model-index template on real cards (2024–2025), e.g. tiiuae/falcon-mamba-7b, SeaLLMs/SeaLLMs-v3-7B-Chat';

/** The usual leaderboard benchmarks and their Hub dataset ids. */
export const HF_BENCHMARKS: readonly HfBenchmark[] = [
  { benchmark: 'MMLU', aliases: ['MMLU (5-Shot)', 'mmlu'], datasetId: 'cais/mmlu', otherDatasetTypes: ['mmlu', 'hendrycks_test'], config: 'all', taskType: 'text-generation', metricType: 'acc', confirmedBy: OLL_V1 },
  { benchmark: 'MMLU-Pro', aliases: ['MMLU-PRO (5-shot)', 'mmlu_pro'], datasetId: 'TIGER-Lab/MMLU-Pro', otherDatasetTypes: [], config: 'main', taskType: 'text-generation', metricType: 'acc', confirmedBy: `${OLL_V2}; hub-docs eval-results.md (a Benchmark dataset)` },
  { benchmark: 'GPQA', aliases: ['GPQA (0-shot)', 'GPQA Diamond', 'gpqa_diamond'], datasetId: 'Idavidrein/gpqa', otherDatasetTypes: [], taskType: 'text-generation', metricType: 'acc_norm', confirmedBy: `${OLL_V2}; hub-docs eval-results.md (a Benchmark dataset; tasks gpqa_diamond, gpqa_main, gpqa_extended)` },
  { benchmark: 'HLE', aliases: ["Humanity's Last Exam"], datasetId: 'cais/hle', otherDatasetTypes: [], taskType: 'text-generation', metricType: 'accuracy', confirmedBy: 'hub-docs eval-results.md and eval_results.yaml (a Benchmark dataset; metric type not fixed there)' },
  { benchmark: 'GSM8K', aliases: ['GSM8k (5-shot)', 'gsm8k'], datasetId: 'openai/gsm8k', otherDatasetTypes: ['gsm8k'], config: 'main', taskType: 'text-generation', metricType: 'acc', confirmedBy: `hub-docs eval-results.md (openai/gsm8k is a Benchmark dataset); ${OLL_V1} (dataset.type gsm8k, config main, split test)` },
  { benchmark: 'ARC-Challenge', aliases: ['AI2 Reasoning Challenge (25-Shot)', 'ARC', 'arc_challenge'], datasetId: 'allenai/ai2_arc', otherDatasetTypes: ['ai2_arc'], config: 'ARC-Challenge', taskType: 'text-generation', metricType: 'acc_norm', confirmedBy: `${OLL_V1} (dataset.type ai2_arc, config ARC-Challenge); allenai/ai2_arc is the canonical id since the 2024 move of no-namespace datasets (inferred)` },
  { benchmark: 'HellaSwag', aliases: ['HellaSwag (10-Shot)', 'hellaswag'], datasetId: 'Rowan/hellaswag', otherDatasetTypes: ['hellaswag'], taskType: 'text-generation', metricType: 'acc_norm', confirmedBy: `${OLL_V1} (dataset.type hellaswag); Rowan/hellaswag seen on real cards (corpus)` },
  { benchmark: 'TruthfulQA', aliases: ['TruthfulQA (0-shot)', 'truthfulqa_mc2'], datasetId: 'truthfulqa/truthful_qa', otherDatasetTypes: ['truthful_qa'], config: 'multiple_choice', taskType: 'text-generation', metricType: 'mc2', confirmedBy: `${OLL_V1} (dataset.type truthful_qa, config multiple_choice); namespaced id inferred` },
  { benchmark: 'Winogrande', aliases: ['Winogrande (5-shot)', 'winogrande'], datasetId: 'allenai/winogrande', otherDatasetTypes: ['winogrande'], config: 'winogrande_xl', taskType: 'text-generation', metricType: 'acc', confirmedBy: `${OLL_V1} (dataset.type winogrande, config winogrande_xl); namespaced id inferred` },
  { benchmark: 'HumanEval', aliases: ['openai_humaneval', 'HumanEval (pass@1)'], datasetId: 'openai/openai_humaneval', otherDatasetTypes: ['openai_humaneval'], taskType: 'text-generation', metricType: 'pass@1', confirmedBy: 'real cards in the corpus (dataset.type openai_humaneval, metric pass@1, 12 results); namespaced id inferred' },
  { benchmark: 'MATH', aliases: ['MATH Lvl 5 (4-Shot)', 'MATH', 'competition_math'], datasetId: 'hendrycks/competition_math', otherDatasetTypes: ['lighteval/MATH-Hard', 'competition_math'], taskType: 'text-generation', metricType: 'exact_match', confirmedBy: OLL_V2 },
  { benchmark: 'BBH', aliases: ['BBH (3-Shot)', 'Big Bench Hard'], datasetId: 'BBH', otherDatasetTypes: ['lukaemon/bbh'], taskType: 'text-generation', metricType: 'acc_norm', confirmedBy: `${OLL_V2} (dataset.type is the bare string BBH, not a Hub id)` },
  { benchmark: 'IFEval', aliases: ['IFEval (0-Shot)', 'ifeval'], datasetId: 'HuggingFaceH4/ifeval', otherDatasetTypes: ['google/IFEval'], taskType: 'text-generation', metricType: 'inst_level_strict_acc and prompt_level_strict_acc', confirmedBy: `${OLL_V2} (the metric type is that whole phrase, spaces included)` },
  { benchmark: 'MuSR', aliases: ['MuSR (0-shot)', 'musr'], datasetId: 'TAUR-Lab/MuSR', otherDatasetTypes: [], taskType: 'text-generation', metricType: 'acc_norm', confirmedBy: OLL_V2 },
];
