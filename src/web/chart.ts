/** Inline SVG chart: mentions per bucket (bars) and mean risk (line), no script. */
import { esc } from './html.js';

export interface ChartPoint {
  at: Date;
  risk: number | null;
}

export function bucketize(points: readonly ChartPoint[], buckets = 24): Array<{ start: Date; count: number; meanRisk: number | null }> {
  if (points.length === 0) return [];
  const ts = points.map((p) => p.at.getTime());
  const min = Math.min(...ts);
  const max = Math.max(...ts);
  const width = Math.max(60_000, Math.ceil((max - min + 1) / buckets));
  const out = Array.from({ length: buckets }, (_, i) => ({ start: new Date(min + i * width), count: 0, sum: 0, n: 0 }));
  for (const p of points) {
    const b = out[Math.min(buckets - 1, Math.floor((p.at.getTime() - min) / width))]!;
    b.count++;
    if (p.risk !== null) {
      b.sum += p.risk;
      b.n++;
    }
  }
  return out.map((b) => ({ start: b.start, count: b.count, meanRisk: b.n ? b.sum / b.n : null }));
}

export function chartSvg(points: readonly ChartPoint[], opts: { width?: number; height?: number } = {}): string {
  const W = opts.width ?? 900;
  const H = opts.height ?? 180;
  const pad = 28;
  const data = bucketize(points);
  if (data.length === 0) return '<p><small>No mentions to chart.</small></p>';
  const maxCount = Math.max(1, ...data.map((d) => d.count));
  const bw = (W - 2 * pad) / data.length;
  const y = (v: number, max: number) => H - pad - (v / max) * (H - 2 * pad);
  const bars = data
    .map((d, i) => `<rect x="${(pad + i * bw + 1).toFixed(1)}" y="${y(d.count, maxCount).toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${(H - pad - y(d.count, maxCount)).toFixed(1)}" fill="#9fb3c8"><title>${esc(d.start.toISOString().slice(0, 16))}: ${d.count} mentions</title></rect>`)
    .join('');
  const line = data
    .map((d, i) => (d.meanRisk === null ? null : `${(pad + i * bw + bw / 2).toFixed(1)},${y(d.meanRisk, 100).toFixed(1)}`))
    .filter((p): p is string => p !== null)
    .join(' ');
  const first = data[0]!.start.toISOString().slice(0, 16).replace('T', ' ');
  const last = data[data.length - 1]!.start.toISOString().slice(0, 16).replace('T', ' ');
  return `<svg role="img" aria-label="Mentions and mean risk over time" viewBox="0 0 ${W} ${H}" width="100%" style="max-width:${W}px;background:#fff;border:1px solid #e3e6ea">
<line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" stroke="#52606d"/>${bars}
<polyline points="${line}" fill="none" stroke="#b3261e" stroke-width="2"/>
<text x="${pad}" y="${H - 8}" font-size="11" fill="#52606d">${esc(first)}</text><text x="${W - pad}" y="${H - 8}" font-size="11" fill="#52606d" text-anchor="end">${esc(last)}</text>
<text x="${pad}" y="14" font-size="11" fill="#52606d">bars: mentions (max ${maxCount}) · red line: mean risk (0–100)</text></svg>`;
}
