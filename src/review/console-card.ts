/** Pure: a case as a readable terminal card (console review mode). */
import type { CaseView } from '../db/repos/case-views.js';

export function formatReach(followers: number | undefined): string {
  if (followers === undefined) return 'reach unknown';
  if (followers >= 1_000_000) return `${(followers / 1_000_000).toFixed(1).replace(/\.0$/, '')}M followers`;
  if (followers >= 10_000) return `${Math.round(followers / 1000)}k followers`;
  if (followers >= 1_000) return `${(followers / 1000).toFixed(1).replace(/\.0$/, '')}k followers`;
  return `${followers} followers`;
}

/** Terminal-safe: strips control characters (public text must not drive the terminal). */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s*\n\s*/g, ' ⏎ ');
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && [...cur].length + 1 + [...w].length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

const BAND_MARK: Record<string, string> = { critical: '■■■■', high: '■■■□', medium: '■■□□', low: '■□□□' };

export function renderConsoleCard(v: CaseView, rank: number, width = 88): string {
  const c = v.case;
  const m = v.mention;
  const t = v.triage;
  const bar = '─'.repeat(width);
  const band = (c.band ?? t?.band ?? 'low').toUpperCase();
  const head = `#${rank}  RISK ${String(c.risk ?? t?.risk ?? 0).padStart(3)}  ${BAND_MARK[(c.band ?? 'low')] ?? ''} ${band}  ${t?.kind ?? c.kind ?? '?'} · ${t?.sentiment ?? '?'} · ${t?.lang ?? m.lang ?? '?'}${c.escalate ? '  ▲ ESCALATE' : ''}`;
  const author = m.author;
  const who = `@${terminalSafe(author.handle)}${author.name ? ` (${terminalSafe(author.name)})` : ''} · ${formatReach(author.followers)}${author.verified ? ' · verified' : ''} · ${m.platform}${m.url ? ` · ${m.url}` : ''}`;
  const lines = [
    `┌${bar}`,
    `│ ${head}`,
    `│ case ${c.id} · ${c.state}${c.manualOnly ? ' · manual reply only' : ''}${c.approvalsNeeded > 1 ? ` · needs ${c.approvalsNeeded} approvals` : ''}${c.dueAt ? ` · due ${c.dueAt.toISOString().slice(0, 16).replace('T', ' ')}Z` : ''}`,
    `│ ${who}`,
    `│ “${wrap(terminalSafe(m.text), width - 4, '│  ')}”`,
  ];
  if (c.categories.length) lines.push(`│ categories: ${c.categories.join(', ')}`);
  if (t?.reasons.length) {
    lines.push(`│ why:`);
    for (const r of t.reasons.slice(0, 4)) lines.push(`│   ${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(2)}  ${r.factor}  ${terminalSafe(r.evidence)}`);
  }
  if (v.draft) {
    const d = v.draft;
    lines.push(`│ draft (${d.template ? 'offline template' : d.model}${d.promptId ? `, ${d.promptId}@${d.promptVersion}` : ''}, ${d.lang}):`);
    lines.push(`│   ${wrap(terminalSafe(d.text), width - 6, '│   ')}`);
    const f = d.lint.findings;
    if (f.length === 0) lines.push(`│ lint: ✓ clean`);
    else for (const x of f) lines.push(`│ lint: ${x.severity === 'block' ? '✗ BLOCK' : '! warn '} ${x.rule}: ${terminalSafe(x.message)}`);
  } else if (c.state !== 'ignored') {
    lines.push(`│ draft: (none yet)`);
  }
  lines.push(`└${bar}`);
  return lines.join('\n');
}

export function renderConsoleQueue(views: CaseView[], title = 'Review queue'): string {
  if (views.length === 0) return `${title}: empty`;
  return [`${title}: ${views.length} case(s), highest risk first`, ...views.map((v, i) => renderConsoleCard(v, i + 1))].join('\n');
}
