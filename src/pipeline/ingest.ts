/**
 * Ingest: fetch from an adapter after its saved cursor, store new mentions (dedupe by
 * platform + external id) and their cases, and save the cursor — all in one transaction,
 * so a crash either keeps the whole batch or none of it, and nothing is ingested twice.
 */
import type { ChannelAdapter } from '../core/channel.js';
import { AuthFailed } from '../core/errors.js';
import { getCursor, setCursor } from '../db/repos/cursors.js';
import { insertMentions } from '../db/repos/mentions.js';
import { createCases } from '../db/repos/cases.js';
import { isOwnPost } from './own-posts.js';
import type { PipelineContext } from './context.js';

export interface IngestReport {
  source: string;
  fetched: number;
  created: number;
}

export async function ingestFrom(ctx: PipelineContext, source: string, adapter: ChannelAdapter): Promise<IngestReport> {
  const key = `ingest:${source}`;
  const cursor = await getCursor(ctx.db, key);
  const { mentions, cursor: next } = await adapter.fetchMentions(cursor);
  const candidates = mentions.filter((m) => !isOwnPost(m, ctx.brand));
  const now = ctx.clock.now();
  const created = await ctx.db.transaction(async (tx) => {
    const ids = await insertMentions(tx, source, candidates, now);
    const fresh = new Set(ids);
    const caseIds = await createCases(
      tx,
      candidates.filter((m) => fresh.has(m.id)).map((m) => ({ mentionId: m.id, platform: m.platform, manualOnly: m.replyAllowed === false })),
      now,
    );
    if (next !== cursor) await setCursor(tx, key, next);
    return caseIds.length;
  });
  if (created > 0) ctx.logger.info({ source, fetched: mentions.length, created }, 'ingested mentions');
  return { source, fetched: mentions.length, created };
}

/**
 * Polls every adapter whose pacing allows it (rate limits, X budget), so one slow or
 * failing channel neither stops the others nor gets hammered.
 */
export class IngestScheduler {
  private readonly nextPollAt = new Map<string, number>();
  private readonly authReported = new Set<string>();

  constructor(private readonly ctx: PipelineContext) {}

  async run(): Promise<number> {
    const { ctx } = this;
    let created = 0;
    for (const [source, adapter] of ctx.adapters) {
      const now = ctx.clock.now().getTime();
      if ((this.nextPollAt.get(source) ?? 0) > now) continue;
      try {
        const r = await ingestFrom(ctx, source, adapter);
        created += r.created;
        this.authReported.delete(source);
        // A poll that found something is followed at once; an empty one waits its turn.
        const delay = r.fetched > 0 ? 0 : (adapter.nextPollDelayMs?.() ?? 0);
        this.nextPollAt.set(source, now + delay);
      } catch (e) {
        this.nextPollAt.set(source, now + (adapter.nextPollDelayMs?.() ?? 0));
        // Credentials do not fix themselves: say it once until a poll succeeds again.
        if (e instanceof AuthFailed) {
          if (this.authReported.has(source)) continue;
          this.authReported.add(source);
          ctx.logger.error({ err: e, source }, `${source}: credentials refused; polling continues, run \`glasshouse doctor\``);
          continue;
        }
        ctx.logger.error({ err: e, source }, 'ingest failed; will retry next cycle');
      }
    }
    return created;
  }
}

export function ingestAll(ctx: PipelineContext): Promise<number> {
  return new IngestScheduler(ctx).run();
}
