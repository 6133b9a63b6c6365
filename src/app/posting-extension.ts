/**
 * Posting: the exactly-once outbox worker, the card sync stage, and (with a Discord
 * token) the gateway connection that delivers button clicks and slash commands.
 */
import type { Extension, ExtensionInput } from './extension.js';
import type { Stage } from './stage.js';
import { OutboxWorker } from '../outbox/worker.js';
import { DiscordReviewer } from '../discord/reviewer.js';
import { InteractionRouter } from '../discord/router.js';
import { connectGateway, type Gateway } from '../discord/gateway.js';
import { getCaseView } from '../db/repos/case-views.js';
import type { PipelineContext } from '../pipeline/context.js';
import type { HandlerDeps } from '../discord/handlers/context.js';

/** The router over a Discord reviewer's REST client and cards (also used by tests). */
export function createInteractionRouter(ctx: PipelineContext, reviewer: DiscordReviewer): InteractionRouter {
  const deps: HandlerDeps = {
    rest: reviewer.deps.rest,
    db: ctx.db,
    clock: ctx.clock,
    logger: ctx.logger,
    brand: ctx.brand,
    drafter: ctx.drafter,
    cards: reviewer.cards,
    publicBaseUrl: reviewer.deps.publicBaseUrl,
  };
  return new InteractionRouter(reviewer.deps.rest, deps);
}

export async function installPosting(input: ExtensionInput): Promise<Extension> {
  const { ctx, config, dryRun } = input;
  const stages: Stage[] = [];
  const reviewer = ctx.reviewer instanceof DiscordReviewer ? ctx.reviewer : null;
  const onCaseChanged = async (caseId: string) => {
    if (reviewer) {
      await reviewer.cards.sync(caseId);
      return;
    }
    const view = await getCaseView(ctx.db, caseId);
    if (view) await ctx.reviewer.caseUpdated(view);
  };
  if (dryRun) {
    ctx.logger.info('dry run: the outbox worker is off, nothing is posted');
  } else {
    const worker = new OutboxWorker({ db: ctx.db, clock: ctx.clock, logger: ctx.logger, adapters: ctx.adapters, onCaseChanged });
    stages.push({ name: 'outbox', drains: true, run: () => worker.drain() });
  }
  let gateway: Gateway | null = null;
  if (reviewer) {
    stages.push({ name: 'card-sync', drains: true, run: () => reviewer.cards.syncAll() });
    if (config.discord) gateway = await connectGateway(config.discord.token, createInteractionRouter(ctx, reviewer), ctx.logger);
  }
  return { stages, close: async () => gateway?.close() };
}
