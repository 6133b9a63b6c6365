/** HTML helpers: everything from the public or the database goes through `esc`. */
import { safeUrl } from '../core/safe-url.js';

/** Only http(s) links become hrefs. */
export const safeHref = safeUrl;
export function esc(v: string | number | boolean | null | undefined): string {
  return String(v ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}


export function link(url: string | null | undefined, text: string): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer" target="_blank">${esc(text)}</a>` : esc(text);
}

export function isoMinute(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 16).replace('T', ' ') : '';
}

export function minutes(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '–';
  const m = Math.round(ms / 60_000);
  return m < 120 ? `${m} min` : `${(m / 60).toFixed(1)} h`;
}

const CSS = `
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1d2329;background:#f6f7f9}
header{background:#1d2329;color:#fff;padding:10px 20px}header a{color:#fff;text-decoration:none;font-weight:600}
main{padding:16px 20px;max-width:1400px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #e3e6ea;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef0f3;font-weight:600}td.text{max-width:420px}
.band-critical{color:#b3261e;font-weight:700}.band-high{color:#c25e00;font-weight:600}.band-medium{color:#7a6400}.band-low{color:#52606d}
form.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin:0 0 12px}form.filters label{display:flex;flex-direction:column;font-size:12px;color:#52606d}
.figures{display:flex;gap:12px;margin:12px 0;flex-wrap:wrap}.figure{background:#fff;border:1px solid #e3e6ea;padding:8px 12px;border-radius:6px}.figure b{display:block;font-size:20px}
.pill{display:inline-block;padding:1px 6px;border-radius:9px;background:#eef0f3;font-size:12px;margin:1px}.pill.ack{background:#dff3e4}.pill.unack{background:#fde2e1}
section{margin:18px 0}h1{font-size:20px}h2{font-size:16px}ol.timeline li{margin:4px 0}small{color:#52606d}
`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)} · Glasshouse</title><style>${CSS}</style></head><body><header><a href="/escalations">Glasshouse · escalation log</a></header><main>${body}</main></body></html>`;
}
