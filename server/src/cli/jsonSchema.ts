// JSON Schemas generated from the zod sources: card front matter (for YAML tools) and .modelcardrc.json.
import * as z from 'zod/mini';
import { configSchemas } from '../core/engineConfig';
import { RULE_IDS } from '../core/rules/registry';
import { FrontMatterSchema } from '../core/schema';

const BASE_ID = 'https://github.com/model-card-studio/model-card-studio/raw/main/schemas/';

export interface GeneratedSchema {
  /** Path relative to the repository root. */
  file: string;
  json: string;
}

// Input mode: the schema describes what a person may write (defaults make nothing required).
function toJson(schema: z.ZodMiniType, file: string, title: string): GeneratedSchema {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const ordered = { $schema, $id: `${BASE_ID}${file.split('/').pop() ?? file}`, title, ...rest };
  return { file, json: JSON.stringify(ordered, null, 2) + '\n' };
}

/** Both schemas, as the exact text committed under schemas/. */
export function generateSchemas(): GeneratedSchema[] {
  return [
    toJson(FrontMatterSchema, 'schemas/modelcard-frontmatter.schema.json', 'Model card front matter'),
    toJson(configSchemas(RULE_IDS).ConfigFileSchema, 'schemas/modelcardrc.schema.json', 'Model Card Studio configuration (.modelcardrc.json)'),
  ];
}
