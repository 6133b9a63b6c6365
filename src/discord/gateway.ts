/**
 * The gateway connection: only the Guilds intent. Interactions arrive over the gateway
 * whatever the intents; no message content, members or presences are read, so no
 * privileged intent is asked for.
 */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, type GatewayDispatchPayload } from 'discord.js';
import type { Logger } from '../logger.js';
import type { InteractionRouter } from './router.js';

export const GATEWAY_INTENTS = [GatewayIntentBits.Guilds] as const;

export interface Gateway {
  close(): Promise<void>;
}

/** The client, not yet logged in: interactions go from the raw gateway payload to the router. */
export function createGatewayClient(router: Pick<InteractionRouter, 'handle'>): Client {
  const client = new Client({ intents: [...GATEWAY_INTENTS] });
  // The raw payload is the same APIInteraction JSON the tests drive the router with.
  client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
    if (packet.t === GatewayDispatchEvents.InteractionCreate) void router.handle(packet.d);
  });
  return client;
}

export async function connectGateway(token: string, router: InteractionRouter, logger: Logger): Promise<Gateway> {
  const client = createGatewayClient(router);
  client.once(Events.ClientReady, (c) => logger.info({ user: c.user.tag }, 'Discord connected'));
  client.on(Events.Error, (e) => logger.error({ err: e }, 'Discord client error'));
  await client.login(token);
  return { close: () => client.destroy() };
}
