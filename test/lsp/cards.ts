// Cards written for the language server tests (invented models, in the leaderboard and front matter formats).

/** A clean leaderboard card: P = 78B, T = 18120B, so ALScore √(78 × 18120) ÷ 300 = 3.96 and 232.3 tokens/param. */
export const GOOD_CARD = `# Aurora 78B

> Reasoning, Multilingual

**Organization:** [Northwind Labs](../../labs/northwind-labs.md)
**Released:** Mar/2025
**Access:** 🟢 Public

---

## 📊 Overview

Aurora 78B is a dense model tuned for multi-step reasoning in many languages.

## 🔧 Technical Specifications

### Model Architecture
- **Type:** Dense
- **Parameters:** 78.0B
- **Training Tokens:** 18120.0B
- **Token:Param Ratio:** 233:1 ✅ Compute-optimal

### Training Efficiency
- **ALScore:** 4.0 (Mid-tier)
- **Formula:** √(Parameters × Tokens) ÷ 300

### Training Data
- **Dataset Type:** synthetic, web-scale

## 📈 Performance Benchmarks

| Benchmark | Score | Description |
|-----------|-------|-------------|
| **MMLU** | 84.2 | General knowledge across 57 subjects |
| **MMLU-Pro** | 69.5 | Advanced MMLU variant |
| **GPQA** | 47.1 | Graduate-level reasoning |
| **HLE** | - | High-level evaluation |

**Analysis:** Solid general knowledge for its size.

## 🏷️ Model Tags

\`Reasoning\`, \`Multilingual\`

## 📝 Additional Notes

Written for the Model Card Studio tests.

## 🔗 Resources

- 🎮 [Try the Model](https://example.invalid/aurora)
- 📄 [Technical Documentation](https://example.invalid/aurora-paper)

## 🔍 Related Models

**From Northwind Labs:**
- See all models in [Northwind Labs profile](../../labs/northwind-labs.md)

**Similar Architecture:**
- See all [Dense models](../../architectures/dense.md)

---

**Last Updated:** 2025-04-01

[← Back to Leaderboard](../../README.md) • [View All Northwind Labs Models](../../labs/northwind-labs.md)
`;

/** The good card with a wrong ALScore (3.1 instead of 4.0). */
export const BAD_ALSCORE = GOOD_CARD.replace('- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 3.1 (Mid-tier)');

/** The good card with several certain-fix problems: ALScore, ratio number and label, tier. */
export const MANY_FIXES = GOOD_CARD.replace('- **ALScore:** 4.0 (Mid-tier)', '- **ALScore:** 4.0 (Powerful)').replace('233:1 ✅ Compute-optimal', '12:1 ✅ Compute-optimal');

/** A front matter card with the same numbers. */
export const FRONT_MATTER_CARD = `---
model_name: Aurora 78B
organization: Northwind Labs
released: 2025-03
access: public
architecture: dense
parameters: 78B
training_tokens: 18120B
benchmarks:
  MMLU: 84.2
---

Notes about Aurora.
`;

/** Markdown that is not a model card. */
export const PLAIN_MARKDOWN = `# Meeting notes

- **Attendees:** Ana, Bo
- Parameters were discussed: 78.0B is a lot.
`;

/** Line number (0-based) of the first line starting with `prefix`. */
export function lineOf(text: string, prefix: string): number {
  const line = text.split('\n').findIndex((l) => l.startsWith(prefix));
  if (line < 0) throw new Error(`no line starts with ${prefix}`);
  return line;
}
