/**
 * The `glasshouse alerts` stream: event lines in, alert lines out, through AlertEngine
 * with a virtual clock taken from the events (no network, database or key).
 */
import { z } from 'zod';
import { MentionSchema, MetricsSchema } from '../core/mention.js';
import type { AlertEngine } from './engine.js';
import type { RaisedAlert } from './types.js';

const at = z.iso.datetime({ offset: true });

export const AlertEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('mention'), at, mention: MentionSchema }),
  z.object({ type: z.literal('metrics'), at, id: z.string().min(1), metrics: MetricsSchema }),
  z.object({ type: z.literal('reply'), at, id: z.string().min(1) }),
  z.object({ type: z.literal('tick'), at }),
]);
export type AlertEvent = z.infer<typeof AlertEventSchema>;

/** One output line (the contract: fields are only ever added). */
export interface AlertLine {
  at: string;
  kind: RaisedAlert['kind'];
  level: RaisedAlert['level'];
  ids: string[];
  incident: string | null;
  due: string | null;
  reasons: RaisedAlert['reasons'];
}

export function applyEvent(engine: AlertEngine, e: AlertEvent): RaisedAlert[] {
  const when = new Date(e.at);
  switch (e.type) {
    case 'mention':
      return engine.mention(e.mention, when);
    case 'metrics':
      return engine.metrics(e.id, e.metrics, when);
    case 'reply':
      return engine.reply(e.id, when);
    case 'tick':
      return engine.tick(when);
  }
}

export function toAlertLine(a: RaisedAlert, engine: AlertEngine): AlertLine {
  const incident = a.incidentId ?? (a.mentionIds.length === 1 ? engine.incidentOf(a.mentionIds[0]!) : null);
  return { at: a.at.toISOString(), kind: a.kind, level: a.level, ids: a.mentionIds, incident, due: a.due ? a.due.toISOString() : null, reasons: a.reasons };
}
