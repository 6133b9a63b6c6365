/**
 * Ingest: fetch from an adapter after its saved cursor, store new mentions (dedupe by
 * platform + external id) and their cases, and save the cursor — all in one transaction,
 * so a crash either keeps the whole batch or none of it, and nothing is ingested twice.
 */
import type { ChannelAdapter } from '../core/channel.js';
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

export async function ingestAll(ctx: PipelineContext): Promise<number> {
  let created = 0;
  for (const [source, adapter] of ctx.adapters) {
    try {
      created += (await ingestFrom(ctx, source, adapter)).created;
    } catch (e) {
      // One channel failing must not stop the others; the adapter classified the error.
      ctx.logger.error({ err: e, source }, 'ingest failed');
    }
  }
  return created;
}
