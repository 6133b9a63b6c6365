import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { lines, logger: createLogger({ level: 'info', format: 'json', destination }) };
}

describe('logger', () => {
  it('redacts secrets by key, nested too', () => {
    const { lines, logger } = capture();
    logger.info({ token: 'discord-secret-token', config: { apiKey: 'sk-abcdefghijklmnop', appPassword: 'xxxx-yyyy' }, ok: 'visible' }, 'hello');
    const out = lines.join('');
    expect(out).not.toContain('discord-secret-token');
    expect(out).not.toContain('sk-abcdefghijklmnop');
    expect(out).not.toContain('xxxx-yyyy');
    expect(out).toContain('visible');
    expect((JSON.parse(out) as { token: string }).token).toBe('[redacted]');
  });

  it('scrubs tokens out of messages and error text', () => {
    const { lines, logger } = capture();
    logger.error({ err: new Error('request failed: Authorization: Bearer AAAAsecretBBBB1234 at postgres://u:pw@db/x') }, 'failed with Bot abcdefgh.ijkl.mnop');
    const out = lines.join('');
    expect(out).not.toContain('AAAAsecretBBBB1234');
    expect(out).not.toContain(':pw@');
    expect(out).not.toContain('abcdefgh.ijkl.mnop');
    expect(scrubSecrets('https://x/?token=abc123&b=1')).toBe('https://x/?token=[redacted]&b=1');
  });
});
