/**
 * Acknowledging an alert (the card's button, routed here by src/discord). Idempotent:
 * the first acknowledgement wins and is audited; later clicks change nothing.
 */
import type { DbOrTx } from '../db/client.js';
import { getAlert, markAcknowledged, type AlertRow } from '../db/repos/alerts.js';
import { appendAudit } from '../db/repos/audit.js';
import { NotFound } from '../core/errors.js';

export interface AckResult {
  alert: AlertRow;
  /** False when someone had acknowledged it already (the row says who). */
  changed: boolean;
}

export async function acknowledgeAlert(db: DbOrTx, alertId: string, actor: string, at: Date): Promise<AckResult> {
  const row = await markAcknowledged(db, alertId, actor, at);
  if (!row) {
    const existing = await getAlert(db, alertId);
    if (!existing) throw new NotFound('alerts', `alert ${alertId} does not exist`);
    return { alert: existing, changed: false };
  }
  const detail = { kind: row.kind, level: row.level, incidentId: row.incidentId };
  // One entry per case so each case's timeline shows it; one without a case otherwise.
  const caseIds = row.caseIds.length ? row.caseIds : [null];
  for (const caseId of caseIds) await appendAudit(db, { caseId, alertId, actor, action: 'alert_acknowledged', detail, at });
  return { alert: row, changed: true };
}
