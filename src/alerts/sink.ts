/** Where raised alerts go: Discord (src/discord implements DiscordAlertSink) or the console. */
import type { AlertCardInput } from './alert-card.js';
import { formatAlertText } from './alert-card.js';

export interface DeliveredAlert {
  /** Where it went, recorded in the audit log ("console", "discord:<channel>/<message>"). */
  channel: string;
  discordChannelId?: string | null;
  discordMessageId?: string | null;
}

export interface AlertSink {
  readonly name: string;
  deliver(alert: AlertCardInput): Promise<DeliveredAlert>;
  /** Called after an acknowledgement so the card can update in place (optional). */
  acknowledged?(alert: AlertCardInput): Promise<void>;
}

/** Console mode: the alert is printed. */
export class ConsoleAlertSink implements AlertSink {
  readonly name = 'console';
  constructor(private readonly write: (text: string) => void = (t) => process.stdout.write(t + '\n')) {}
  deliver(alert: AlertCardInput): Promise<DeliveredAlert> {
    this.write(formatAlertText(alert));
    return Promise.resolve({ channel: 'console' });
  }
}

/** Collects alerts in memory (tests). */
export class MemoryAlertSink implements AlertSink {
  readonly name = 'memory';
  readonly delivered: AlertCardInput[] = [];
  deliver(alert: AlertCardInput): Promise<DeliveredAlert> {
    this.delivered.push(alert);
    return Promise.resolve({ channel: 'memory' });
  }
}
