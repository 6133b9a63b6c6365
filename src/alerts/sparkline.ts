/** A text sparkline (▁▂▃▅▇) of engagement over time, for cards and the console. */
const BARS = '▁▂▃▄▅▆▇█';

export function sparkline(values: readonly number[], width = 16): string {
  if (values.length === 0) return '';
  // Keep the newest points: the card is about where the post is heading.
  const v = values.length > width ? values.slice(values.length - width) : [...values];
  const min = Math.min(...v);
  const max = Math.max(...v);
  if (max === min) return BARS[0]!.repeat(v.length);
  return v.map((x) => BARS[Math.min(BARS.length - 1, Math.floor(((x - min) / (max - min)) * (BARS.length - 1) + 0.5))]).join('');
}
