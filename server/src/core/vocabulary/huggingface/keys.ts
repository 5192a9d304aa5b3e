// Hugging Face model card metadata keys as data: shape, docs, example and a lenient zod schema of the shape.
// The Hub keeps any other key; its value rules (license ids, pipeline tags, model-index) are rules of their own.
import type * as Z from 'zod/mini';
import type { FrontMatterKeySpec } from '../frontMatterKeys';

const text = (z: typeof Z): Z.ZodMiniType => z.string();
const textOrList = (z: typeof Z): Z.ZodMiniType => z.union([z.string(), z.array(z.nullable(z.string()))]);
const mapping = (z: typeof Z): Z.ZodMiniType => z.record(z.string(), z.unknown());
const bool = (z: typeof Z): Z.ZodMiniType => z.boolean();

type HfKey = Omit<FrontMatterKeySpec, 'marksCard'> & {
  /** Strong: the key alone says this is a model card (weak keys such as `tags` are used by other pages too). */
  strong: boolean;
};

export const HUGGING_FACE_KEYS: readonly HfKey[] = [
  { key: 'language', docs: 'Languages the model handles: ISO 639-1 codes (`en`, `fr`) or a list of them.', example: '[en, fr]', expect: 'a language code or a list of them', schema: textOrList, strong: false },
  { key: 'tags', docs: 'Tags for search and filtering (`text-generation-inference`, `chat`, …): a tag or a list of tags.', example: '[chat, llama]', expect: 'a tag or a list of tags', schema: textOrList, strong: false },
  { key: 'model_name', docs: 'The model\'s name, used by huggingface_hub for `model-index`.', example: 'heron-8b', expect: 'the model name as text', schema: text, strong: false },
  { key: 'license', docs: 'The license id from the Hub\'s list (`apache-2.0`, `mit`, …) or a list of ids; `other` needs `license_name` and `license_link`.', example: 'apache-2.0', expect: 'a license id or a list of ids, e.g. apache-2.0', schema: textOrList, strong: true },
  { key: 'license_name', docs: 'A short id for a license that is not in the Hub\'s list (with `license: other`).', example: 'my-license-1.0', expect: 'the license name as text', schema: text, strong: true },
  { key: 'license_link', docs: 'A link to the license text (with `license: other`): a URL or a file of the repository such as `LICENSE`.', example: 'LICENSE', expect: 'a URL or path as text', schema: text, strong: true },
  { key: 'license_details', docs: 'Free text about the license.', example: 'See LICENSE', expect: 'text', schema: text, strong: true },
  { key: 'library_name', docs: 'The library that loads the model (`transformers`, `diffusers`, `peft`, …): it decides the Hub\'s code snippets.', example: 'transformers', expect: 'text, e.g. transformers', schema: text, strong: true },
  { key: 'pipeline_tag', docs: 'The task the model does (`text-generation`, `image-classification`, …): it decides the widget and the search filters.', example: 'text-generation', expect: 'text, e.g. text-generation', schema: text, strong: true },
  { key: 'datasets', docs: 'Datasets the model was trained on: Hub dataset ids (`HuggingFaceFW/fineweb`) or a list of them.', example: '[HuggingFaceFW/fineweb]', expect: 'a dataset id or a list of them', schema: textOrList, strong: true },
  { key: 'metrics', docs: 'Metrics used to evaluate the model (`accuracy`, `bleu`, …): ids or a list of them.', example: '[accuracy]', expect: 'a metric id or a list of them', schema: textOrList, strong: false },
  { key: 'base_model', docs: 'The model this one derives from: a Hub model id (`org/name`) or a list of ids.', example: 'meta-llama/Llama-3.1-8B', expect: 'a model id (org/name) or a list of them', schema: textOrList, strong: true },
  { key: 'base_model_relation', docs: 'How the model derives from `base_model`: `adapter`, `merge`, `quantized` or `finetune` (the Hub guesses it when left out).', example: 'finetune', expect: 'adapter, merge, quantized or finetune', schema: text, choices: ['adapter', 'merge', 'quantized', 'finetune'], strong: true },
  { key: 'new_version', docs: 'A newer model that supersedes this one: a Hub model id (`org/name`).', example: 'example-org/heron-2-8b', expect: 'a model id (org/name)', schema: text, strong: true },
  { key: 'model-index', docs: 'Evaluation results: a list of entries, each with a `name` and `results` (task, dataset, metrics, source).', example: '- name: heron-8b\n  results: []', expect: 'a list of entries with name and results', schema: (z) => z.array(z.unknown()), strong: true },
  { key: 'thumbnail', docs: 'A URL of an image shown when the model is shared.', example: 'https://example.org/thumbnail.png', expect: 'a URL', schema: text, strong: false },
  { key: 'widget', docs: 'Example inputs for the inference widget: a list of mappings (`text`, `src`, `example_title`, …).', example: '- text: Hello, I am', expect: 'a list of example inputs', schema: (z) => z.array(z.unknown()), strong: true },
  { key: 'inference', docs: '`false` turns the inference widget off; a mapping with `parameters` sets its generation settings.', example: 'false', expect: 'true, false or a mapping with parameters', schema: (z) => z.union([z.boolean(), mapping(z)]), strong: true },
  { key: 'co2_eq_emissions', docs: 'CO₂ emitted in training, in grams: a number, or a mapping with `emissions`, `source`, `training_type`, `geographical_location`, `hardware_used`.', example: '{ emissions: 15000, source: code carbon, training_type: pre-training }', expect: 'a number of grams or a mapping with emissions', schema: (z) => z.union([z.number(), mapping(z)]), strong: true },
  { key: 'extra_gated_prompt', docs: 'Text shown to users asking for access to a gated model.', example: 'You agree to the terms of use.', expect: 'text', schema: text, strong: true },
  { key: 'extra_gated_fields', docs: 'Fields of the access request form: a mapping of field label to type (`text`, `checkbox`, `date_picker`, `country`, a `select` with `options`).', example: '{ Company: text, I agree to the terms: checkbox }', expect: 'a mapping of field labels to field types', schema: mapping, strong: true },
  { key: 'extra_gated_heading', docs: 'The heading of the access request form.', example: 'Request access', expect: 'text', schema: text, strong: true },
  { key: 'extra_gated_description', docs: 'A description above the access request form.', example: 'Access is reviewed within a day.', expect: 'text', schema: text, strong: true },
  { key: 'extra_gated_button_content', docs: 'The label of the access request button.', example: 'Submit', expect: 'text', schema: text, strong: true },
  { key: 'extra_gated_eu_disallowed', docs: '`true` blocks access requests from the EU.', example: 'true', expect: 'true or false', schema: bool, strong: true },
  { key: 'gated', docs: 'Access requests: `true`/`auto` (approved automatically) or `manual`; usually set in the repository settings.', example: 'auto', expect: 'true, false, auto or manual', schema: (z) => z.union([z.boolean(), z.string()]), strong: true },
  { key: 'language_bcp47', docs: 'Languages as BCP 47 codes (`en-US`), when ISO 639-1 is not precise enough.', example: '[en-US]', expect: 'a list of BCP 47 codes', schema: textOrList, strong: true },
  { key: 'language_details', docs: 'Free text about the languages.', example: 'English (US)', expect: 'text', schema: text, strong: true },
  { key: 'mask_token', docs: 'The mask token of a fill-mask model (`[MASK]`, `<mask>`), for the widget.', example: '<mask>', expect: 'text', schema: text, strong: true },
  { key: 'instance_prompt', docs: 'The trigger prompt of a DreamBooth or LoRA image model.', example: 'a photo of sks dog', expect: 'text', schema: text, strong: true },
  { key: 'finetuned_from', docs: 'Older name of `base_model`.', example: 'bert-base-uncased', expect: 'a model id', schema: text, strong: true },
  { key: 'description', docs: 'A short description.', example: 'An 8B model for chat.', expect: 'text', schema: text, strong: false },
  { key: 'buckets', docs: 'Storage buckets of the repository (Hub setting).', example: '[]', expect: 'a list', schema: (z) => z.unknown(), strong: false },
];
