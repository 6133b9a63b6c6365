import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { createDrafter } from '../../src/drafting/index.js';
import { loadPrompts, parsePrompt, renderPrompt } from '../../src/drafting/prompts.js';
import { openAiConfig } from './helpers.js';

const VALID = `---
id: demo-prompt
version: 2.1.0
purpose: A prompt used only by this test.
---
Hello {{name}}.`;

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gh-prompts-'));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

describe('prompt templates', () => {
  it('the shipped prompts load and validate', () => {
    const prompts = loadPrompts();
    const p = prompts.get('reply-draft')!;
    expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(p.purpose.length).toBeGreaterThan(10);
    expect(p.placeholders).toContain('not_allowed');
  });

  it('parses front matter and fills placeholders', () => {
    const p = parsePrompt(VALID, 'demo.md');
    expect(p).toMatchObject({ id: 'demo-prompt', version: '2.1.0', purpose: 'A prompt used only by this test.' });
    expect(renderPrompt(p, { name: 'Jane' })).toBe('Hello Jane.');
    expect(() => renderPrompt(p, {})).toThrow(ConfigError);
  });

  it('rejects a prompt without front matter, with a bad version, or missing a required placeholder', () => {
    expect(() => parsePrompt('Hello', 'a.md')).toThrow(/front matter/);
    expect(() => parsePrompt(VALID.replace('2.1.0', 'v2'), 'b.md')).toThrow(/version/);
    expect(() => parsePrompt(VALID.replace('purpose: A prompt used only by this test.', ''), 'c.md')).toThrow(/purpose/);
    expect(() => parsePrompt(VALID.replace('demo-prompt', 'reply-draft'), 'd.md')).toThrow(/missing placeholders/);
  });

  it('rejects two prompts with the same id', () => {
    expect(() => loadPrompts(dirWith({ 'a.md': VALID, 'b.md': VALID }))).toThrow(/already used/);
  });

  it('a drafter with a key refuses to start on a broken prompt directory', () => {
    expect(() => createDrafter({ openai: openAiConfig(), promptsDir: dirWith({ 'x.md': 'no front matter' }) })).toThrow(ConfigError);
    expect(() => createDrafter({ openai: openAiConfig(), promptsDir: dirWith({ 'x.md': VALID }) })).toThrow(/reply-draft/);
  });
});
