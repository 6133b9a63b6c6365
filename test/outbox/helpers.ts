/** A scriptable channel adapter: records every public reply, can fail, hang or be slow on cue. */
import type { ChannelAdapter, PostedReply } from '../../src/core/channel.js';
import type { Mention } from '../../src/core/mention.js';

export type Step = Error | 'ok' | 'hang';

export class ScriptedAdapter implements ChannelAdapter {
  readonly platform = 'x';
  /** Every reply that reached "the platform", by idempotency key. */
  readonly posted: Array<{ key: string; to: string; text: string; id: string }> = [];
  readonly lookups: string[] = [];
  readonly script: Step[] = [];
  delay: () => Promise<void> = () => Promise.resolve();

  fetchMentions(): Promise<{ mentions: Mention[]; cursor: string | null }> {
    return Promise.resolve({ mentions: [], cursor: null });
  }
  refreshMetrics(): Promise<[]> {
    return Promise.resolve([]);
  }
  replyLength(text: string) {
    return { length: text.length, max: 280 };
  }
  async postReply(to: Mention, text: string, key: string): Promise<PostedReply> {
    await this.delay();
    const step = this.script.shift() ?? 'ok';
    if (step === 'hang') return new Promise<PostedReply>(() => {});
    if (step instanceof Error) throw step;
    const id = `reply-${this.posted.length + 1}`;
    this.posted.push({ key, to: to.id, text, id });
    return { id, url: `https://x.com/kestrel/status/${id}` };
  }
  findExistingReply(to: Mention, key: string): Promise<PostedReply | null> {
    this.lookups.push(key);
    const p = this.posted.find((r) => r.key === key && r.to === to.id);
    return Promise.resolve(p ? { id: p.id, url: `https://x.com/kestrel/status/${p.id}` } : null);
  }
  postsFor(key: string): number {
    return this.posted.filter((p) => p.key === key).length;
  }
}
