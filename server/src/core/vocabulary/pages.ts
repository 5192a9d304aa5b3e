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

/** Keys of static-site pages and blog posts (Jekyll, Hugo, MkDocs, Docusaurus, Astro…). */
export const SITE_PAGE_KEYS: ReadonlySet<string> = new Set([
  'layout', 'title', 'date', 'permalink', 'categories', 'category', 'draft', 'slug', 'author', 'authors', 'excerpt', 'published',
  'weight', 'sidebar_position', 'sidebar_label', 'nav_order', 'parent', 'has_children', 'lastmod', 'aliases', 'toc', 'menu', 'hide',
  'template', 'summary', 'pubDate', 'heroImage', 'cover', 'redirect_from', 'nav_exclude', 'search_exclude', 'sidebar', 'type',
]);
