/** Alerts: metric re-polls, viral and incident detection, SLA timers, and the web page (issue 11). */
import type { Extension, ExtensionInput } from './extension.js';

export function installAlerts(_input: ExtensionInput): Promise<Extension> {
  return Promise.resolve({ stages: [] });
}
