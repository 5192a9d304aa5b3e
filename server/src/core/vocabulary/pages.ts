// Front matter keys of pages that are not model cards (spec §2c): Hugging Face dataset cards and Spaces,
// and static-site generators' pages. A folder check reports nothing for them.

/** Keys of a Hugging Face dataset card. */
export const DATASET_CARD_KEYS: ReadonlySet<string> = new Set([
  'task_categories', 'task_ids', 'size_categories', 'configs', 'dataset_info', 'annotations_creators', 'language_creators',
  'multilinguality', 'source_datasets', 'paperswithcode_id', 'pretty_name', 'train-eval-index', 'viewer',
]);

/** Keys of a Hugging Face Space's README. */
export const SPACE_KEYS: ReadonlySet<string> = new Set([
  'sdk', 'sdk_version', 'app_file', 'app_port', 'app_build_command', 'emoji', 'colorFrom', 'colorTo', 'pinned', 'python_version',
  'hf_oauth', 'hf_oauth_scopes', 'hf_oauth_expiration_minutes', 'suggested_hardware', 'suggested_storage', 'fullWidth', 'header',
  'short_description', 'startup_duration_timeout', 'custom_headers', 'preload_from_hub', 'disable_embedding', 'duplicated_from', 'models',
]);

/**
 * The Space keys no model repository has: they say how the Space's app is built and shown (the Hub requires
 * `sdk` of every Space). The other Space keys turn up in model cards too: the Hub writes `duplicated_from`
 * into a duplicated model repository, and `pinned`, `emoji` or `models` are copied into model cards.
 */
export const SPACE_ONLY_KEYS: ReadonlySet<string> = new Set(['sdk', 'sdk_version', 'app_file', 'app_port', 'app_build_command', 'colorFrom', 'colorTo']);

/**
 * Keys only a model card has (a model's library, task, lineage, evaluation and widget): with one of them, dataset
 * card keys copied into a model repository's README (`task_categories`, `multilinguality`) do not make it a dataset card.
 */
export const MODEL_ONLY_KEYS: ReadonlySet<string> = new Set([
  'pipeline_tag', 'library_name', 'base_model', 'base_model_relation', 'new_version', 'model-index', 'widget', 'inference', 'mask_token',
  'instance_prompt', 'finetuned_from', 'co2_eq_emissions',
]);

/** Keys of static-site pages and blog posts (Jekyll, Hugo, MkDocs, Docusaurus, Astro…). */
export const SITE_PAGE_KEYS: ReadonlySet<string> = new Set([
  'layout', 'title', 'date', 'permalink', 'categories', 'category', 'draft', 'slug', 'author', 'authors', 'excerpt', 'published',
  'weight', 'sidebar_position', 'sidebar_label', 'nav_order', 'parent', 'has_children', 'lastmod', 'aliases', 'toc', 'menu', 'hide',
  'template', 'summary', 'pubDate', 'heroImage', 'cover', 'redirect_from', 'nav_exclude', 'search_exclude', 'sidebar', 'type',
]);

/**
 * Keys that model publishers' tools write into model cards (TheBloke's and bartowski's quantisations, among
 * others) and the Hub keeps without reading: not typos, and too common to hint at (in a holdout of 1,089
 * real cards, `quantized_by` alone was on 162).
 */
export const COMMUNITY_MODEL_KEYS: ReadonlySet<string> = new Set(['quantized_by', 'model_creator', 'model_type', 'prompt_template']);
