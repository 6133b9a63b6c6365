/**
 * Estimated cost of a call, from list prices in USD per million tokens (input, output)
 * as published by OpenAI at the time of writing. Unknown models (self-hosted servers
 * behind OPENAI_BASE_URL) have no price: cost is null, tokens are still recorded.
 */
const PRICES: Record<string, [number, number]> = {
  'gpt-4o-mini': [0.15, 0.6],
  'gpt-4o': [2.5, 10],
  'gpt-4.1': [2, 8],
  'gpt-4.1-mini': [0.4, 1.6],
  'gpt-4.1-nano': [0.1, 0.4],
  'gpt-5': [1.25, 10],
  'gpt-5-mini': [0.25, 2],
  'gpt-5-nano': [0.05, 0.4],
};

/** Dated snapshots ("gpt-4o-mini-2024-07-18") cost what their family costs. */
function priceOf(model: string): [number, number] | null {
  const m = model.toLowerCase();
  if (PRICES[m]) return PRICES[m];
  const family = Object.keys(PRICES)
    .filter((k) => m.startsWith(k + '-'))
    .sort((a, b) => b.length - a.length)[0];
  return family ? PRICES[family]! : null;
}

export function estimateCostUsd(model: string, tokensIn: number, tokensOut: number): number | null {
  const p = priceOf(model);
  if (!p) return null;
  return Math.round(((tokensIn * p[0] + tokensOut * p[1]) / 1_000_000) * 1e8) / 1e8;
}
