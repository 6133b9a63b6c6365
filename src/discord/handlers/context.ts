/** What every interaction handler gets, and the shared "run a case action from a card" flow. */
import type { REST } from 'discord.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../core/clock.js';
import type { Logger } from '../../logger.js';
import type { BrandConfig } from '../../config.js';
import type { Drafter } from '../../drafting/index.js';
import { NotPermitted } from '../../core/errors.js';
import { ActionRefused, type ActionDeps } from '../../cases/actions.js';
import type { Actor } from '../../cases/permissions.js';
import type { CardService } from '../card-sync.js';
import type { InteractionReply } from '../interaction.js';

export interface HandlerDeps {
  rest: REST;
  db: Db;
  clock: Clock;
  logger: Logger;
  brand: BrandConfig;
  drafter: Drafter;
  cards: CardService;
  publicBaseUrl: string;
}

export const actionDeps = (d: HandlerDeps): ActionDeps => ({ db: d.db, clock: d.clock, brand: d.brand, drafter: d.drafter });

export interface CaseTarget {
  caseId: string;
  version: number;
}

/**
 * Defer (the 3-second rule), run the domain action, then show the fresh card; a refusal
 * is told to the clicking member only (the action already audited it).
 */
export async function runOnCard(
  i: InteractionReply,
  d: HandlerDeps,
  t: CaseTarget,
  action: (actor: Actor) => Promise<string | null>,
): Promise<void> {
  if (!i.wasAnswered) await i.deferUpdate();
  const actor = i.actor(d.brand.discord);
  let note: string | null;
  try {
    note = await action(actor);
  } catch (e) {
    if (e instanceof ActionRefused || e instanceof NotPermitted) {
      await i.tell(`⛔ ${e.message}`);
      // A stale card is refreshed so the member sees what changed.
      if (e instanceof ActionRefused && e.code === 'stale') await d.cards.refreshFromInteraction(i, t.caseId);
      return;
    }
    throw e;
  }
  // The action is committed: a Discord hiccup from here on must not read as "nothing changed".
  try {
    await d.cards.refreshFromInteraction(i, t.caseId);
    if (note) await i.tell(note);
  } catch (e) {
    d.logger.warn({ err: e, caseId: t.caseId }, 'card refresh after an action failed; card sync will catch up');
  }
}
