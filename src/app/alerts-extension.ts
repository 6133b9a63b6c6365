/** Alerts: metric re-polls, viral and incident detection, SLA timers, and the web page (issue 11). */
import type { Extension, ExtensionInput } from './extension.js';
import { alertSettingsFromBrand } from '../alerts/settings.js';
import { incidentStage, repollStage, slaStage, type AlertStageContext } from '../alerts/stages.js';
import { ConsoleAlertSink, type AlertSink } from '../alerts/sink.js';
import { startWebServer, type WebServer } from '../web/server.js';

export interface AlertsExtensionOptions {
  /** Where alerts go; the Discord issue passes its DiscordAlertSink. Default: printed. */
  sink?: AlertSink;
  /** Serve the escalation log (default: yes, except under NODE_ENV=test). */
  web?: boolean;
}

export async function installAlerts(input: ExtensionInput, opts: AlertsExtensionOptions = {}): Promise<Extension> {
  const { config, ctx } = input;
  // Discord when cases are reviewed there and an alerts channel is set; printed otherwise.
  let sink = opts.sink;
  if (!sink && ctx.reviewer.kind === 'discord') sink = (await import('../discord/alert-sink.js')).discordAlertSinkFor(ctx.reviewer);
  const sctx: AlertStageContext = {
    db: ctx.db,
    clock: ctx.clock,
    logger: ctx.logger,
    adapters: ctx.adapters,
    settings: alertSettingsFromBrand(ctx.brand),
    sink: sink ?? new ConsoleAlertSink((text) => ctx.logger.info(`\n${text}`)),
  };
  let web: WebServer | null = null;
  if (opts.web ?? config.env !== 'test') {
    try {
      web = await startWebServer({ db: ctx.db, clock: ctx.clock, logger: ctx.logger, token: config.web.token, port: config.web.port });
    } catch (e) {
      // A busy port must not stop the bot: the page is a convenience, alerts are not.
      ctx.logger.warn({ err: e, port: config.web.port }, 'escalation log not served (set WEB_PORT to a free port)');
    }
  }
  return {
    stages: [
      // Re-polls never count toward "drained": there is always a next re-poll.
      { name: 'alerts:repoll', drains: false, run: () => repollStage(sctx) },
      { name: 'alerts:incidents', drains: false, run: () => incidentStage(sctx) },
      { name: 'alerts:sla', drains: false, run: () => slaStage(sctx) },
    ],
    close: async () => {
      await web?.close();
    },
  };
}
