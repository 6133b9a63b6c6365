/** Loads the labeled JSONL sets (shared data and our fixtures) for eval and training. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { MentionSchema, type Mention } from '../../src/core/mention.js';

export const SHARED_DATA = resolve(PROJECT_ROOT, '../shared/data');
export const COMPLAINTS_FILE = resolve(SHARED_DATA, 'complaints/dev.jsonl');
export const SENTIMENT_FILE = resolve(SHARED_DATA, 'sentiment/dev.jsonl');
export const FIXTURES_FILE = resolve(PROJECT_ROOT, 'test/fixtures/triage/labeled.jsonl');

export interface Labeled<G> {
  mention: Mention;
  gold: G;
}

export interface ComplaintGold {
  complaint: boolean;
  domain: string;
  severity: number | null;
  sentiment: 'negative' | 'neutral' | 'positive' | null;
}
export interface SentimentGold {
  lang: string;
  sentiment: 'negative' | 'neutral' | 'positive';
}
export interface FixtureGold {
  lang: string;
  kind: 'complaint' | 'praise' | 'question' | 'other';
  sentiment: 'negative' | 'neutral' | 'positive';
  categories: string[];
  escalate: boolean;
}

export function loadLabeled<G>(file: string): Array<Labeled<G>> {
  const out: Array<Labeled<G>> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as { gold: G };
    out.push({ mention: MentionSchema.parse(raw), gold: raw.gold });
  }
  return out;
}
