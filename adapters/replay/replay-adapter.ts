/**
 * Replays a JSONL file of mentions as if it were a live channel: the demo feed, tests,
 * and rehearsals. Cursor = number of lines consumed. A line may carry
 * `"replay": {"metrics": [...]}`: each metrics re-poll returns the next snapshot,
 * so a complaint can "go viral" on cue. Replies are recorded, never sent anywhere.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { ChannelAdapter, MetricsUpdate, PostedReply } from '../../src/core/channel.js';
import { MentionSchema, MetricsSchema, type Mention, type Metrics } from '../../src/core/mention.js';
import { systemClock, type Clock } from '../../src/core/clock.js';
import { InputError, NotFound } from '../../src/core/errors.js';
import { replyLengthFor } from '../../src/core/reply-length.js';
import { describeZodError } from '../../src/cli/jsonl.js';

const ReplayLineSchema = MentionSchema.extend({
  replay: z.object({ metrics: z.array(MetricsSchema).default([]) }).optional(),
});

const RecordedReplySchema = z.object({ key: z.string(), to: z.string(), id: z.string(), url: z.string(), text: z.string() });

export interface ReplayAdapterOptions {
  file: string;
  /** Mentions per fetch, so one poll does not swallow the whole feed. */
  batch?: number;
  /** Where posted replies are recorded (JSONL), so they survive restarts. Null: memory only. */
  repliesFile?: string | null;
  clock?: Clock;
  /**
   * Move every post time by the same amount so the feed's last post is "now" (the clock's),
   * keeping the gaps between posts: a demo run today then sees fresh posts, not posts days
   * past their response-time policy. Off by default: tests and rehearsals replay times as written.
   */
  shiftToNow?: boolean;
}

interface Entry {
  mention: Mention;
  timeline: Metrics[];
  polls: number;
}

export class ReplayAdapter implements ChannelAdapter {
  readonly platform = 'replay';
  private entries: Entry[] | null = null;
  private byId = new Map<string, Entry>();
  private replies = new Map<string, PostedReply & { to: string; text: string }>();
  private readonly clock: Clock;

  constructor(private readonly opts: ReplayAdapterOptions) {
    this.clock = opts.clock ?? systemClock;
    if (opts.repliesFile && existsSync(opts.repliesFile)) {
      for (const line of readFileSync(opts.repliesFile, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = RecordedReplySchema.safeParse(JSON.parse(line));
        if (r.success) this.replies.set(r.data.key, r.data);
      }
    }
  }

  private load(): Entry[] {
    if (this.entries) return this.entries;
    const lines = readFileSync(this.opts.file, 'utf8').split('\n');
    const entries: Entry[] = [];
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new InputError(this.opts.file, i + 1, `not valid JSON (${(e as Error).message})`);
      }
      const parsed = ReplayLineSchema.safeParse(raw);
      if (!parsed.success) throw new InputError(this.opts.file, i + 1, describeZodError(parsed.error));
      const { replay, ...mention } = parsed.data;
      const entry = { mention, timeline: replay?.metrics ?? [], polls: 0 };
      entries.push(entry);
      this.byId.set(mention.id, entry);
    });
    if (this.opts.shiftToNow) shiftToNow(entries, this.clock.now());
    this.entries = entries;
    return entries;
  }

  fetchMentions(cursor: string | null): Promise<{ mentions: Mention[]; cursor: string | null }> {
    const entries = this.load();
    const from = cursor ? Number.parseInt(cursor, 10) : 0;
    const start = Number.isFinite(from) && from >= 0 ? from : 0;
    const slice = entries.slice(start, start + (this.opts.batch ?? 25));
    return Promise.resolve({ mentions: slice.map((e) => e.mention), cursor: String(start + slice.length) });
  }

  refreshMetrics(ids: string[]): Promise<MetricsUpdate[]> {
    this.load();
    const at = this.clock.now();
    const out: MetricsUpdate[] = [];
    for (const id of ids) {
      const e = this.byId.get(id);
      if (!e) continue;
      const next = e.timeline[Math.min(e.polls, e.timeline.length - 1)];
      if (next && e.polls < e.timeline.length) e.polls++;
      out.push({ id, metrics: next ?? e.mention.metrics ?? {}, at });
    }
    return Promise.resolve(out);
  }

  postReply(to: Mention, text: string, idempotencyKey: string): Promise<PostedReply> {
    const existing = this.replies.get(idempotencyKey);
    if (existing) return Promise.resolve({ id: existing.id, url: existing.url });
    if (!to.id) return Promise.reject(new NotFound('replay', 'mention has no id'));
    const n = this.replies.size + 1;
    const reply = { key: idempotencyKey, to: to.id, id: `replay-reply-${n}`, url: `https://replay.invalid/replies/${n}`, text };
    this.replies.set(idempotencyKey, reply);
    if (this.opts.repliesFile) {
      mkdirSync(dirname(this.opts.repliesFile), { recursive: true });
      appendFileSync(this.opts.repliesFile, JSON.stringify(reply) + '\n');
    }
    return Promise.resolve({ id: reply.id, url: reply.url });
  }

  findExistingReply(to: Mention, idempotencyKey: string): Promise<PostedReply | null> {
    const r = this.replies.get(idempotencyKey);
    return Promise.resolve(r && r.to === to.id ? { id: r.id, url: r.url } : null);
  }

  replyLength(text: string): { length: number; max: number } {
    return replyLengthFor('x', text);
  }

  /** Replies recorded so far (tests, console output). */
  postedReplies(): Array<PostedReply & { to: string; text: string }> {
    return [...this.replies.values()];
  }
}

function shiftToNow(entries: Entry[], now: Date): void {
  const time = (e: Entry) => (e.mention.createdAt ? Date.parse(e.mention.createdAt) : NaN);
  let last = -Infinity;
  for (const e of entries) if (Number.isFinite(time(e))) last = Math.max(last, time(e));
  if (!Number.isFinite(last)) return;
  const delta = now.getTime() - last;
  // A post without a time stays without one: the pipeline dates it when it is heard.
  for (const e of entries) if (Number.isFinite(time(e))) e.mention = { ...e.mention, createdAt: new Date(time(e) + delta).toISOString() };
}
