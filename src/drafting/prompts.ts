/**
 * Prompt templates live in prompts/*.md: front matter (id, version, purpose) and a body
 * with {{placeholders}}. They are loaded and validated once, at start; every draft
 * records the id and version of the prompt that produced it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.js';
import { ConfigError } from '../core/errors.js';

export const PROMPTS_DIR = resolve(PROJECT_ROOT, 'prompts');

const FrontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0'),
  purpose: z.string().min(10),
});

export interface PromptTemplate extends z.infer<typeof FrontMatterSchema> {
  body: string;
  file: string;
  placeholders: string[];
}

/** Placeholders each known prompt must use: a missing one is a bug in the prompt. */
export const REQUIRED_PLACEHOLDERS: Record<string, string[]> = {
  'reply-draft': ['brand_name', 'platform', 'language', 'voice_tone', 'handle', 'sign_off', 'max_length', 'private_channel', 'not_allowed', 'allowed_domains', 'kind', 'categories', 'risk', 'regenerate_rule'],
};

export function parsePrompt(text: string, file: string): PromptTemplate {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!m) throw new ConfigError(`prompt ${file}: expected front matter between --- lines`);
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) throw new ConfigError(`prompt ${file}: front matter line is not "key: value": ${line}`);
    fields[kv[1]!] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  const fm = FrontMatterSchema.safeParse(fields);
  if (!fm.success) {
    throw new ConfigError(fm.error.issues.map((i) => `prompt ${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const body = m[2]!.trim();
  if (!body) throw new ConfigError(`prompt ${file}: empty body`);
  const placeholders = [...new Set([...body.matchAll(/\{\{(\w+)\}\}/g)].map((p) => p[1]!))];
  const missing = (REQUIRED_PLACEHOLDERS[fm.data.id] ?? []).filter((p) => !placeholders.includes(p));
  if (missing.length) throw new ConfigError(`prompt ${file}: missing placeholders ${missing.map((p) => `{{${p}}}`).join(', ')}`);
  return { ...fm.data, body, file, placeholders };
}

export function loadPrompts(dir: string = PROMPTS_DIR): Map<string, PromptTemplate> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  } catch (e) {
    throw new ConfigError(`prompts: cannot read ${dir}: ${(e as Error).message}`);
  }
  const out = new Map<string, PromptTemplate>();
  for (const f of files) {
    const p = parsePrompt(readFileSync(join(dir, f), 'utf8'), f);
    if (out.has(p.id)) throw new ConfigError(`prompt ${f}: id "${p.id}" already used by ${out.get(p.id)!.file}`);
    out.set(p.id, p);
  }
  return out;
}

/** Fills {{placeholders}}; an unknown one is an error rather than a silent blank. */
export function renderPrompt(p: PromptTemplate, values: Record<string, string>): string {
  return p.body.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = values[k];
    if (v === undefined) throw new ConfigError(`prompt ${p.file}: no value for {{${k}}}`);
    return v;
  });
}
