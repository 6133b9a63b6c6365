/** Links outside the brand's allowlist (brand.domains, subdomains included). */
import type { LintFinding, RuleContext } from './types.js';

// Full URLs, www. hosts, and bare hosts with a common TLD ("bit.ly/x", "example.com").
const URL_RE =
  /(?:https?:\/\/[^\s<>"')\]]+|(?<![\p{L}\p{N}@._-])(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ly|me|info|biz|app|dev|xyz|gl|gd|to|link|site|shop|online|store|example|gr|in|hu|es|de|fr|pt|br|uk|us|eu|it|nl|ru|cn|tk|ai)(?![\p{L}\p{N}-])(?:\/[^\s<>"')\]]*)?)/giu;

export function hostOf(url: string): string {
  const noScheme = url.replace(/^https?:\/\//i, '');
  const host = noScheme.split(/[/?#:]/)[0] ?? '';
  return host.toLowerCase().replace(/^www\./, '').replace(/\.+$/, '');
}

export function isAllowedHost(host: string, domains: string[]): boolean {
  return domains.some((d) => {
    const dd = d.toLowerCase().replace(/^www\./, '');
    return host === dd || host.endsWith('.' + dd);
  });
}

export function checkLinks(ctx: RuleContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const m of ctx.norm.matchAll(URL_RE)) {
    // Sentence punctuation after a link is not part of it.
    const raw = m[0].replace(/[.,;:!?]+$/, '');
    const host = hostOf(raw);
    if (!host || isAllowedHost(host, ctx.brand.domains)) continue;
    out.push({
      rule: 'link',
      severity: 'block',
      start: m.index,
      end: m.index + raw.length,
      message: `link to ${host}, which is not one of the brand's domains (${ctx.brand.domains.join(', ') || 'none configured'})`,
    });
  }
  return out;
}
