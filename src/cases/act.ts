/**
 * The frame every case action runs in: permission check, a transaction holding the
 * case's row lock, a check that the actor saw the current version, and an audited
 * refusal when anything says no.
 */
import type { Db, Tx } from '../db/client.js';
import type { Clock } from '../core/clock.js';
import type { BrandConfig } from '../config.js';
import type { Drafter } from '../drafting/index.js';
import { GlasshouseError, InvalidTransition, NotPermitted } from '../core/errors.js';
import { appendAudit } from '../db/repos/audit.js';
import { lockCase } from '../db/repos/case-locks.js';
import type { CaseRow } from '../db/repos/cases.js';
import { can, explainRefusal, type Actor, type Permission } from './permissions.js';
import type { CaseState } from './states.js';

export interface ActionDeps {
  db: Db;
  clock: Clock;
  brand: BrandConfig;
  /** Needed by Regenerate only. */
  drafter?: Drafter;
}

export type RefusalCode = 'permission' | 'stale' | 'state' | 'lint' | 'four_eyes' | 'invalid' | 'not_found';

/** The action was refused for a reason the actor should be told (ephemerally) and that is audited. */
export class ActionRefused extends GlasshouseError {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ActionResult {
  case: CaseRow;
}

export interface ActSpec<R> {
  action: string;
  permission: Permission;
  /** The case version the actor saw (from the card); null skips the check (web page, tests). */
  version: number | null;
  /** States the action applies to. */
  states: readonly CaseState[];
  run(tx: Tx, row: CaseRow, now: Date): Promise<R>;
}

async function refuse(deps: ActionDeps, actor: Actor, caseId: string, action: string, code: RefusalCode, message: string, state?: string): Promise<never> {
  await appendAudit(deps.db, { caseId, actor: actor.id, action: 'refused', fromState: state ?? null, detail: { attempted: action, code, why: message }, at: deps.clock.now() });
  if (code === 'permission') throw new NotPermitted(message);
  throw new ActionRefused(code, message);
}

/** For actions with slow work before the transaction (Regenerate): refuse before spending it. */
export async function assertPermitted(deps: ActionDeps, actor: Actor, caseId: string, action: string, permission: Permission): Promise<void> {
  if (!can(actor, permission)) await refuse(deps, actor, caseId, action, 'permission', explainRefusal(permission));
}

export async function act<R>(deps: ActionDeps, actor: Actor, caseId: string, spec: ActSpec<R>): Promise<R> {
  if (!can(actor, spec.permission)) return refuse(deps, actor, caseId, spec.action, 'permission', explainRefusal(spec.permission));
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await lockCase(tx, caseId);
      if (!row) throw new ActionRefused('not_found', `Case ${caseId} does not exist.`);
      if (spec.version !== null && row.version !== spec.version) {
        throw new ActionRefused('stale', `This card was out of date: the case changed meanwhile (it is ${row.state.replace(/_/g, ' ')} now). Look at the refreshed card and try again.`);
      }
      if (!spec.states.includes(row.state)) {
        throw new ActionRefused('state', `Cannot ${spec.action.replace(/_/g, ' ')}: the case is ${row.state.replace(/_/g, ' ')}.`);
      }
      return spec.run(tx, row, now);
    });
  } catch (e) {
    if (e instanceof ActionRefused) return refuse(deps, actor, caseId, spec.action, e.code, e.message);
    if (e instanceof NotPermitted) return refuse(deps, actor, caseId, spec.action, 'permission', e.message);
    if (e instanceof InvalidTransition) return refuse(deps, actor, caseId, spec.action, 'state', e.message);
    throw e;
  }
}
