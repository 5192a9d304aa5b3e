// The card's fixed words: months, access labels, architecture types, tiers, ratio labels, the formula.
// No dependencies: everything else (parser, rules, schemas, completion, snippets, grammar) reads these.

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Access as front matter writes it, and as the body writes it. */
export const ACCESS = ['public', 'private', 'unknown'] as const;
export type Access = (typeof ACCESS)[number];
export const ACCESS_LABELS: Readonly<Record<Access, string>> = { public: '🟢 Public', private: '🔴 Private', unknown: '❓ Unknown' };
/** How tables of cards write access: 🟡 stands for the card's ❓ Unknown. */
export const ACCESS_MARKS: Readonly<Record<Access, string>> = { public: '🟢', private: '🔴', unknown: '🟡' };

/** Architecture types as the body writes them (`Dense`) and as front matter writes them (`dense`). */
export const BODY_TYPES = ['Dense', 'MoE', 'Hybrid', 'MatFormer', 'Compound', 'CoE'] as const;
export const ARCHITECTURES = ['dense', 'moe', 'hybrid', 'matformer', 'compound', 'coe'] as const;

export type Tier = 'Extremely powerful' | 'Very powerful' | 'Powerful' | 'Mid-tier' | 'Lightweight';
/** From the highest tier down. */
export const TIERS: readonly Tier[] = ['Extremely powerful', 'Very powerful', 'Powerful', 'Mid-tier', 'Lightweight'];

export const FORMULA_TEXT = '√(Parameters × Tokens) ÷ 300';
export const OPTIMAL_LABEL = '✅ Compute-optimal';
export const UNDER_LABEL = '⚠️ Under-trained';

/** The tag line of a card without tags, and the Model Tags section's text for it. */
export const NO_TAGS_LINE = 'Large Language Model';
export const NO_TAGS_SECTION = '_No specific tags_';
