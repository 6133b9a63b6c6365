/**
 * Domain actions on a case, pure of Discord: the Discord handlers, the web page and the
 * tests call these with a database, an actor and a clock. Each runs in `act` (permission,
 * row lock, version check, audited refusal) and changes state only through transitionCase.
 */
import type { Tx } from '../db/client.js';
import { getCase, transitionCase, type CaseRow } from '../db/repos/cases.js';
import { currentDraft, draftHistory, insertDraft, markLintOverridden, type DraftRow } from '../db/repos/drafts.js';
import { getMention, rowToMention } from '../db/repos/mentions.js';
import { enqueueReply, requeueFailedOutbox, reviveFailedOutbox } from '../db/repos/outbox.js';
import { latestTriageResult } from '../db/repos/triage.js';
import { replyIdempotencyKey } from '../core/ids.js';
import { lintReply, type Draft, type LintResult } from '../drafting/index.js';
import { draftRow } from '../pipeline/draft-stage.js';
import { act, ActionRefused, assertPermitted, type ActionDeps, type ActionResult } from './act.js';
import type { Actor } from './permissions.js';
import { ACTIONABLE_STATES } from './states.js';

export { ActionRefused, type ActionDeps, type ActionResult } from './act.js';

export const MAX_REPLY_CHARS = 4000;

async function draftOf(tx: Tx, c: CaseRow): Promise<DraftRow> {
  const d = await currentDraft(tx, c.id);
  if (!d) throw new ActionRefused('invalid', 'This case has no draft yet.');
  return d;
}

function blocking(d: DraftRow) {
  return d.lint.findings.filter((f) => f.severity === 'block');
}

/** Approve the current draft. Four eyes: the last needed approval moves the case on. */
export async function approveCase(deps: ActionDeps, actor: Actor, caseId: string, version: number | null): Promise<ActionResult & { complete: boolean; enqueued: boolean }> {
  return act(deps, actor, caseId, {
    action: 'approve',
    permission: 'act',
    version,
    states: ACTIONABLE_STATES,
    run: async (tx, c, now) => {
      // Escalated cases belong to brand managers (escalation clears earlier approvals).
      if (c.state === 'escalated' && !actor.roles.includes('manager')) {
        throw new ActionRefused('permission', 'This case is escalated: only brand managers may approve it.');
      }
      const d = await draftOf(tx, c);
      const blocks = blocking(d);
      if (blocks.length > 0 && !d.lintOverriddenBy) {
        const list = blocks.map((f) => `${f.rule}: ${f.message}`).join('; ');
        throw new ActionRefused('lint', `The draft has blocking lint findings (${list}). Edit it, or ask a brand manager to override.`);
      }
      if (c.approvals.some((a) => a.by === actor.id)) {
        throw new ActionRefused('four_eyes', 'You already approved this reply. Four eyes: a second, different member must approve it.');
      }
      const approvals = [...c.approvals, { by: actor.id, at: now.toISOString() }];
      if (approvals.length < c.approvalsNeeded) {
        const row = await transitionCase(tx, {
          caseId: c.id, from: c.state, to: c.state, actor: actor.id, action: 'approval',
          detail: { draftId: d.id, approval: approvals.length, of: c.approvalsNeeded }, patch: { approvals }, at: now,
        });
        return { case: row, complete: false, enqueued: false };
      }
      const row = await transitionCase(tx, {
        caseId: c.id, from: c.state, to: 'approved', actor: actor.id, action: 'approved',
        detail: { draftId: d.id, approvers: approvals.map((a) => a.by), manualOnly: c.manualOnly, lintOverriddenBy: d.lintOverriddenBy },
        patch: { approvals }, at: now,
      });
      // Same transaction as the state change: an approved case always has its outbox row.
      let enqueued = false;
      if (!c.manualOnly) {
        enqueued = await enqueueReply(tx, { caseId: c.id, idempotencyKey: replyIdempotencyKey(c.id), platform: c.platform, text: d.text, at: now });
        // A case sent back to review after a failed post: its one outbox row is revived with the new text.
        if (!enqueued) enqueued = await reviveFailedOutbox(tx, c.id, d.text, now);
        if (!enqueued) throw new ActionRefused('state', 'A reply for this case is already queued or sent.');
      }
      return { case: row, complete: true, enqueued };
    },
  });
}

/** A human edit: stored as a new draft by the editor, linted again; earlier approvals lapse. */
export async function editDraft(
  deps: ActionDeps, actor: Actor, caseId: string, version: number | null, text: string, opts: { basedOnDraftId?: number } = {},
): Promise<ActionResult & { lint: LintResult }> {
  return act(deps, actor, caseId, {
    action: 'edit',
    permission: 'act',
    version,
    states: ACTIONABLE_STATES,
    run: async (tx, c, now) => {
      const prev = await currentDraft(tx, c.id);
      // An edit is based on one draft: if another edit or a regenerate replaced it meanwhile, say so.
      if (opts.basedOnDraftId !== undefined && (prev?.id ?? 0) !== opts.basedOnDraftId) {
        throw new ActionRefused('stale', 'The draft changed while you were editing (someone else edited or regenerated it).');
      }
      const clean = text.trim();
      if (!clean) throw new ActionRefused('invalid', 'The reply is empty.');
      if (clean.length > MAX_REPLY_CHARS) throw new ActionRefused('invalid', `The reply is longer than ${MAX_REPLY_CHARS} characters.`);
      const m = await getMention(tx, c.mentionId);
      if (!m) throw new ActionRefused('not_found', 'The post of this case is gone.');
      const t = await latestTriageResult(tx, m.id);
      const lint = lintReply({ text: clean, platform: m.platform, mention: rowToMention(m), brand: deps.brand, ...(t ? { customerLang: t.lang, kind: t.kind } : {}) });
      const d = await insertDraft(tx, {
        caseId: c.id, text: clean, lang: prev?.lang ?? m.lang ?? deps.brand.defaultLanguage, author: actor.id,
        promptId: prev?.promptId ?? null, promptVersion: prev?.promptVersion ?? null, model: 'human', template: false, lint, createdAt: now,
      });
      const row = await transitionCase(tx, {
        caseId: c.id, from: c.state, to: c.state, actor: actor.id, action: 'edited',
        detail: { draftId: d.id, previousDraftId: prev?.id ?? null, lintOk: lint.ok, findings: lint.findings.map((f) => f.rule) },
        patch: { approvals: [] }, at: now,
      });
      return { case: row, lint };
    },
  });
}

/** A fresh draft from the drafter; earlier drafts stay in the history (and are passed as "previous"). */
export async function regenerateDraft(deps: ActionDeps, actor: Actor, caseId: string, version: number | null): Promise<ActionResult> {
  const drafter = deps.drafter;
  if (!drafter) throw new Error('regenerateDraft needs a drafter');
  await assertPermitted(deps, actor, caseId, 'regenerate', 'act');
  // The drafter may be slow (LLM): call it outside the transaction, store only if nothing moved.
  const c0 = await getCase(deps.db, caseId);
  const m = c0 ? await getMention(deps.db, c0.mentionId) : undefined;
  const t = m ? await latestTriageResult(deps.db, m.id) : null;
  let proposal: Draft | null = null;
  if (m && t) {
    const history = await draftHistory(deps.db, caseId);
    proposal = await drafter.draft({ mention: rowToMention(m), triage: t, brand: deps.brand, previous: history.map((h) => h.text) });
  }
  return act(deps, actor, caseId, {
    action: 'regenerate',
    permission: 'act',
    version,
    states: ACTIONABLE_STATES,
    run: async (tx, c, now) => {
      if (!proposal) throw new ActionRefused('invalid', 'This case has not been triaged: nothing to draft from.');
      const d = await insertDraft(tx, { ...draftRow(c.id, proposal), createdAt: now });
      const row = await transitionCase(tx, {
        caseId: c.id, from: c.state, to: c.state, actor: actor.id, action: 'regenerated',
        detail: { draftId: d.id, model: proposal.model, lintOk: proposal.lint.ok, findings: proposal.lint.findings.map((f) => f.rule) },
        patch: { approvals: [] }, at: now,
      });
      return { case: row };
    },
  });
}

export async function rejectCase(deps: ActionDeps, actor: Actor, caseId: string, version: number | null, reason: string): Promise<ActionResult> {
  return act(deps, actor, caseId, {
    action: 'reject',
    permission: 'act',
    version,
    states: ['in_review', 'escalated', 'failed'],
    run: async (tx, c, now) => {
      const why = reason.trim();
      if (!why) throw new ActionRefused('invalid', 'A reason is required to reject.');
      const row = await transitionCase(tx, { caseId: c.id, from: c.state, to: 'rejected', actor: actor.id, action: 'rejected', detail: { reason: why }, patch: { rejectReason: why }, at: now });
      return { case: row };
    },
  });
}

/** Hands the case to brand managers: it enters the escalation log. */
export async function escalateCase(deps: ActionDeps, actor: Actor, caseId: string, version: number | null, note?: string): Promise<ActionResult> {
  return act(deps, actor, caseId, {
    action: 'escalate',
    permission: 'act',
    version,
    states: ['in_review'],
    run: async (tx, c, now) => {
      const row = await transitionCase(tx, { caseId: c.id, from: c.state, to: 'escalated', actor: actor.id, action: 'escalated', detail: { note: note ?? null, by: actor.id }, patch: { escalate: true, approvals: [] }, at: now });
      return { case: row };
    },
  });
}

export async function claimCase(deps: ActionDeps, actor: Actor, caseId: string, version: number | null): Promise<ActionResult> {
  return act(deps, actor, caseId, {
    action: 'claim',
    permission: 'act',
    version,
    states: ACTIONABLE_STATES,
    run: async (tx, c, now) => {
      if (c.claimedBy === actor.id) throw new ActionRefused('invalid', 'You have already claimed this case.');
      const row = await transitionCase(tx, { caseId: c.id, from: c.state, to: c.state, actor: actor.id, action: 'claimed', detail: { previous: c.claimedBy }, patch: { claimedBy: actor.id }, at: now });
      return { case: row };
    },
  });
}

/** Brand managers only: accept the current draft despite blocking findings (audited with the findings). */
export async function overrideLint(deps: ActionDeps, actor: Actor, caseId: string, version: number | null): Promise<ActionResult> {
  return act(deps, actor, caseId, {
    action: 'override_lint',
    permission: 'override_lint',
    version,
    states: ACTIONABLE_STATES,
    run: async (tx, c, now) => {
      const d = await draftOf(tx, c);
      const blocks = blocking(d);
      if (blocks.length === 0) throw new ActionRefused('invalid', 'The draft has no blocking lint findings.');
      if (d.lintOverriddenBy) throw new ActionRefused('invalid', 'The lint findings of this draft are already overridden.');
      await markLintOverridden(tx, d.id, actor.id);
      const row = await transitionCase(tx, {
        caseId: c.id, from: c.state, to: c.state, actor: actor.id, action: 'lint_overridden',
        detail: { draftId: d.id, findings: blocks.map((f) => ({ rule: f.rule, message: f.message })) }, at: now,
      });
      return { case: row };
    },
  });
}

/** Manual-only (or failed) cases: someone replied on the platform by hand; record who and when. */
export async function markRepliedByHand(deps: ActionDeps, actor: Actor, caseId: string, version: number | null, url?: string): Promise<ActionResult> {
  return act(deps, actor, caseId, {
    action: 'mark_replied_by_hand',
    permission: 'act',
    version,
    states: ['in_review', 'escalated', 'approved', 'failed'],
    run: async (tx, c, now) => {
      // An approved API case has an outbox row in flight: marking it by hand could mean two replies.
      if (!c.manualOnly && c.state !== 'failed') throw new ActionRefused('state', 'This case is posted through the API; only manual-only or failed cases are marked replied by hand.');
      const row = await transitionCase(tx, {
        caseId: c.id, from: c.state, to: 'replied_by_hand', actor: actor.id, action: 'replied_by_hand',
        detail: { by: actor.id, at: now.toISOString(), url: url ?? null },
        patch: { repliedBy: actor.id, firstResponseAt: c.firstResponseAt ?? now, ...(url ? { replyUrl: url } : {}) }, at: now,
      });
      return { case: row };
    },
  });
}

/** Failed posting: put the outbox row back; the worker checks the platform before posting again. */
export async function retryPosting(deps: ActionDeps, actor: Actor, caseId: string, version: number | null): Promise<ActionResult> {
  return act(deps, actor, caseId, {
    action: 'retry',
    permission: 'act',
    version,
    states: ['failed'],
    run: async (tx, c, now) => {
      if (c.manualOnly) throw new ActionRefused('state', 'This case is manual-only: reply by hand, then mark it.');
      if (!(await requeueFailedOutbox(tx, c.id, now))) throw new ActionRefused('invalid', 'There is no failed post to retry for this case.');
      const row = await transitionCase(tx, { caseId: c.id, from: 'failed', to: 'posting', actor: actor.id, action: 'retry_requested', at: now });
      return { case: row };
    },
  });
}
