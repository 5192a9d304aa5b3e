// The Hugging Face model card template (a model repository's README.md): the metadata keys of hub-docs'
// annotated template with the Hub's lists as choices, over the body sections huggingface_hub's
// modelcard_template.md uses (section names only; the prompts are ours). New Card writes it as plain text,
// the `hf-card` snippet as snippet syntax. A fresh card checks clean.
import { plainFill, snippetFill, type Fill } from '../template';
import { HF_LIBRARY_NAMES, HF_LICENSE_IDS, HF_PIPELINE_TAGS } from './lists';

/** The body's sections: each a level-2 heading, its sub-sections, and a one-line prompt of what goes there. */
export const HF_TEMPLATE_SECTIONS: readonly { heading: string; prompt: string; subsections?: readonly string[] }[] = [
  { heading: 'Model Details', prompt: 'What the model is, who made it, its type, languages and license.', subsections: ['Model Description', 'Model Sources'] },
  { heading: 'Uses', prompt: 'Who the model is for and how it is meant to be used.', subsections: ['Direct Use', 'Downstream Use', 'Out-of-Scope Use'] },
  { heading: 'Bias, Risks, and Limitations', prompt: 'Known technical and sociotechnical limitations.', subsections: ['Recommendations'] },
  { heading: 'How to Get Started with the Model', prompt: 'A short code example that loads the model.' },
  { heading: 'Training Details', prompt: 'The data and the procedure.', subsections: ['Training Data', 'Training Procedure'] },
  { heading: 'Evaluation', prompt: 'Protocol and results (the `model-index` metadata shows them on the Hub).', subsections: ['Testing Data, Factors & Metrics', 'Results'] },
  { heading: 'Environmental Impact', prompt: 'Hardware, hours, cloud provider and region, carbon emitted (the `co2_eq_emissions` metadata).' },
  { heading: 'Technical Specifications', prompt: 'Architecture, objective and compute infrastructure.' },
  { heading: 'Citation', prompt: 'BibTeX and APA for the paper or post that introduces the model.' },
  { heading: 'Model Card Authors', prompt: 'Who wrote this card.' },
  { heading: 'Model Card Contact', prompt: 'Where to send questions about the model.' },
];

/** The first choices of a list, the default first; the rest of the Hub's list after. */
const firstThen = (first: readonly string[], all: readonly string[]): string[] => [...first, ...all.filter((v) => !first.includes(v))];

/** A Hugging Face model card's lines, ending with an empty line (the final newline). */
export function hfCardLines(modelName: string, fill: Fill): string[] {
  // Built in reading order: a snippet numbers its tab stops by first appearance.
  const head = [
    '---',
    '# Metadata keys: https://huggingface.co/docs/hub/model-cards#model-card-metadata',
    'language:',
    `- ${fill('language', 'en')}`,
    `license: ${fill('license', 'unknown', firstThen(['unknown', 'apache-2.0', 'mit', 'other'], HF_LICENSE_IDS))}`,
    `library_name: ${fill('library_name', 'transformers', firstThen(['transformers'], HF_LIBRARY_NAMES))}`,
    `pipeline_tag: ${fill('pipeline_tag', 'text-generation', firstThen(['text-generation'], HF_PIPELINE_TAGS))}`,
    'tags: []',
    '# base_model: org/model  (the model this one was trained from)',
    '# base_model_relation: finetune  (adapter, merge, quantized or finetune)',
    'datasets: []',
    'metrics: []',
    '---',
    '',
    `# ${fill('modelName', modelName)}`,
    '',
  ];
  const sections = HF_TEMPLATE_SECTIONS.flatMap((s, i) => [
    `## ${s.heading}`,
    '',
    `<!-- ${s.prompt} -->`,
    ...(i === 0 ? ['', fill('description', 'What the model is for and what makes it notable.')] : []),
    ...(s.subsections ?? []).flatMap((sub) => ['', `### ${sub}`]),
    '',
  ]);
  return [...head, ...sections];
}

/** The card as plain text, for a new README.md. */
export function hfCardText(modelName: string): string {
  return hfCardLines(modelName, plainFill).join('\n');
}

/** The card as snippet syntax: tab stops on the model name and each value, the Hub's lists as choices. */
export function hfCardSnippet(): string {
  return hfCardLines('Model Name', snippetFill()).join('\n');
}
