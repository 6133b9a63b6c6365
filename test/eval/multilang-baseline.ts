/**
 * The multilang-sentiment baseline is slow (a fuzzy search per word: 40–90 ms a tweet,
 * hours for the whole set), so it runs on fixed samples (the first SAMPLE_PER_LANG and
 * LARGE_SAMPLE_PER_LANG posts of each language by hashed id) and its labels are cached in test/.tmp/, keyed
 * by id and text hash. Delete the cache to recompute.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import multilang from 'multilang-sentiment';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Mention } from '../../src/core/mention.js';
import { fnv1a } from '../../src/triage/hashing.js';

const CACHE_DIR = resolve(PROJECT_ROOT, 'test/.tmp');
export const SAMPLE_PER_LANG = 300;
/** The larger comparison: the first LARGE_SAMPLE_PER_LANG posts per language by hashed id (a superset of the 300). */
export const LARGE_SAMPLE_PER_LANG = 1000;

/** The baseline's sample: per language, the first `n` ids by hash. */
export function baselineSample<T extends { mention: Mention; lang: string }>(rows: T[], n = SAMPLE_PER_LANG): T[] {
  const byLang = new Map<string, T[]>();
  for (const r of rows) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
  const out: T[] = [];
  for (const list of byLang.values()) {
    list.sort((a, b) => fnv1a(a.mention.id) - fnv1a(b.mention.id) || (a.mention.id < b.mention.id ? -1 : 1));
    out.push(...list.slice(0, n));
  }
  return out;
}

export function multilangLabels(split: string, rows: Array<{ mention: Mention; lang: string }>): Map<string, string> {
  const file = resolve(CACHE_DIR, `multilang-sentiment-${split}.json`);
  const key = (m: Mention) => m.id + ':' + createHash('sha1').update(m.text).digest('hex').slice(0, 10);
  const cache: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  let added = 0;
  const out = new Map<string, string>();
  for (const r of rows) {
    const k = key(r.mention);
    let v = cache[k];
    if (v === undefined) {
      v = multilang(r.mention.text, r.lang).category;
      cache[k] = v;
      if (++added % 50 === 0) {
        process.stderr.write(`multilang-sentiment baseline: ${added} computed\n`);
        save(file, cache);
      }
    }
    out.set(r.mention.id, v);
  }
  if (added > 0) save(file, cache);
  return out;
}

function save(file: string, cache: Record<string, string>): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(cache));
}
