/**
 * Discord at the network boundary: discord.js's REST client with a fetch-based
 * `makeRequest` (msw does not see undici's own request()), every call recorded; raw
 * interaction payloads shaped like the gateway's; and a seeded case to act on.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import pino from 'pino';
import {
  ComponentType,
  InteractionType,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessageComponentButtonInteraction,
  type APIModalSubmitInteraction,
  type RESTOptions,
} from 'discord.js';
import { BrandSchema, type BrandConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Database, Db } from '../../src/db/client.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Backend } from '../helpers/db.js';
import type { Draft, Drafter } from '../../src/drafting/index.js';
import { lintReply } from '../../src/drafting/index.js';
import type { TriageResult } from '../../src/core/triage.js';
import type { Mention } from '../../src/core/mention.js';
import { insertMentions } from '../../src/db/repos/mentions.js';
import { createCases, getCase, transitionCase } from '../../src/db/repos/cases.js';
import { caseButtonId } from '../../src/discord/custom-id.js';
import { insertTriageResult } from '../../src/db/repos/triage.js';
import { insertDraft } from '../../src/db/repos/drafts.js';
import { createRest } from '../../src/discord/rest.js';
import { setCardMessage } from '../../src/db/repos/case-locks.js';
import { CardService } from '../../src/discord/card-sync.js';
import { InteractionRouter } from '../../src/discord/router.js';
import type { HandlerDeps } from '../../src/discord/handlers/context.js';

export const IDS = {
  guildId: '900000000000000001',
  reviewChannelId: '900000000000000010',
  queueChannelId: '900000000000000011',
  alertsChannelId: '900000000000000012',
  escalationsChannelId: '900000000000000013',
  responderRoleId: '900000000000000020',
  managerRoleId: '900000000000000021',
};
export const CARD_MSG = 'card-msg';
export const APP_ID = '900000000000000099';
export const ALICE = '100000000000000001'; // responder
export const BOB = '100000000000000002'; // responder
export const MANAGER = '100000000000000003'; // brand manager
export const STRANGER = '100000000000000004'; // no role

export const ROLES: Record<string, string[]> = {
  [ALICE]: [IDS.responderRoleId],
  [BOB]: [IDS.responderRoleId],
  [MANAGER]: [IDS.managerRoleId],
  [STRANGER]: [],
};

export const logger = pino({ level: 'silent' });

export function testBrand(): BrandConfig {
  return BrandSchema.parse({ name: 'Kestrel', handles: { x: 'KestrelMobile' }, domains: ['kestrel.example'], discord: IDS, voice: { signOff: '' } });
}

export interface RecordedCall {
  method: string;
  /** Path after /api/v10, e.g. "/channels/1/messages". */
  path: string;
  body: Record<string, unknown> | null;
}

/** msw over https://discord.com/api/v10/*: records calls and answers like Discord. */
export class DiscordMock {
  readonly calls: RecordedCall[] = [];
  readonly server: ReturnType<typeof setupServer>;
  private n = 0;

  /** `extra`: handlers for other APIs the same test mocks (one msw server per process). */
  constructor(extra: RequestHandler[] = []) {
    const record = async (request: Request): Promise<RecordedCall> => {
      const text = await request.text();
      const call = { method: request.method, path: decodeURIComponent(new URL(request.url).pathname).replace(/^\/api\/v10/, ''), body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
      this.calls.push(call);
      return call;
    };
    const base = 'https://discord.com/api/v10';
    this.server = setupServer(
      http.post(`${base}/interactions/:id/:token/callback`, async ({ request }) => {
        await record(request);
        return new HttpResponse(null, { status: 204 });
      }),
      http.post(`${base}/channels/:channel/messages`, async ({ request, params }) => {
        await record(request);
        return HttpResponse.json({ id: `msg-${++this.n}`, channel_id: params.channel });
      }),
      http.patch(`${base}/channels/:channel/messages/:message`, async ({ request, params }) => {
        await record(request);
        return HttpResponse.json({ id: params.message, channel_id: params.channel });
      }),
      http.delete(`${base}/channels/:channel/messages/:message`, async ({ request }) => {
        await record(request);
        return new HttpResponse(null, { status: 204 });
      }),
      http.patch(`${base}/webhooks/:app/:token/messages/:message`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ id: 'original' });
      }),
      http.post(`${base}/webhooks/:app/:token`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ id: `followup-${++this.n}` });
      }),
      http.put(`${base}/applications/:app/guilds/:guild/commands`, async ({ request }) => {
        const call = await record(request);
        return HttpResponse.json(call.body);
      }),
      ...extra,
    );
  }

  listen(): void {
    this.server.listen({ onUnhandledRequest: 'error' });
  }
  close(): void {
    this.server.close();
  }
  reset(): void {
    this.calls.length = 0;
  }
  /** Calls whose path matches, in order. */
  find(method: string, pathPart: string | RegExp): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && (typeof pathPart === 'string' ? c.path.includes(pathPart) : pathPart.test(c.path)));
  }
  /** Ephemeral follow-ups (flags 64) sent to members. */
  ephemerals(): string[] {
    return this.calls.filter((c) => c.method === 'POST' && /^\/webhooks\//.test(c.path) && c.body?.flags === 64).map((c) => String(c.body?.content));
  }
  /** Types of the first answers to interactions (6 deferred update, 5 deferred reply, 9 modal, 4 message). */
  callbackTypes(): number[] {
    return this.find('POST', '/callback').map((c) => Number(c.body?.type));
  }
}

export function testRest() {
  return createRest('test-token', { makeRequest: fetch as unknown as RESTOptions['makeRequest'], retries: 0 });
}

/** A drafter that answers without network: "Draft n" and records what it was given. */
export class StubDrafter implements Drafter {
  readonly calls: Array<{ previous: string[] }> = [];
  draft(input: Parameters<Drafter['draft']>[0]): Promise<Draft> {
    this.calls.push({ previous: input.previous ?? [] });
    const text = `@${input.mention.author.handle} Sorry about this, we are on it. (regenerated ${this.calls.length})`;
    return Promise.resolve({
      text, lang: 'en', promptId: 'stub', promptVersion: '1', model: 'stub', template: true, privateHandoff: false, confidence: null, notes: null,
      tokensIn: null, tokensOut: null, costUsd: null,
      lint: lintReply({ text, platform: input.mention.platform, mention: input.mention, brand: input.brand }),
    } as Draft);
  }
}

export interface Env {
  db: Db;
  clock: ManualClock;
  brand: BrandConfig;
  mock: DiscordMock;
  cards: CardService;
  router: InteractionRouter;
  drafter: StubDrafter;
  deps: HandlerDeps;
}

export function makeEnv(db: Db, mock: DiscordMock): Env {
  const clock = new ManualClock('2026-11-20T12:00:00Z');
  const brand = testBrand();
  const rest = testRest();
  const cards = new CardService({ rest, db, logger, ids: brand.discord, publicBaseUrl: 'https://glasshouse.example' });
  const drafter = new StubDrafter();
  const deps: HandlerDeps = { rest, db, clock, logger, brand, drafter, cards, publicBaseUrl: 'https://glasshouse.example' };
  return { db, clock, brand, mock, cards, router: new InteractionRouter(rest, deps), drafter, deps };
}

let seq = 0;

export interface SeedOptions {
  text?: string;
  draft?: string;
  platform?: string;
  band?: TriageResult['band'];
  risk?: number;
  approvalsNeeded?: number;
  manualOnly?: boolean;
  state?: 'in_review' | 'escalated';
  handle?: string;
}

/** A case in review with a triage result and a draft (linted by the real lint). */
export async function seedCase(env: Env, o: SeedOptions = {}): Promise<string> {
  const n = ++seq;
  const platform = o.platform ?? 'x';
  const mention: Mention = {
    id: `${platform}:${1000 + n}`,
    platform,
    url: `https://x.com/someone/status/${1000 + n}`,
    text: o.text ?? 'My phone stopped charging after the update. Any help?',
    createdAt: '2026-11-20T11:00:00Z',
    lang: 'en',
    author: { id: String(n), handle: o.handle ?? `customer${n}`, name: 'Customer', followers: 1520 },
    metrics: { likes: 3 },
    replyAllowed: !o.manualOnly,
  };
  const at = env.clock.now();
  await insertMentions(env.db, 'replay', [mention], at);
  const [caseId] = await createCases(env.db, [{ mentionId: mention.id, platform, manualOnly: o.manualOnly ?? false }], at);
  const band = o.band ?? 'medium';
  const triage: TriageResult = {
    id: mention.id, kind: 'complaint', sentiment: 'negative', lang: 'en', risk: o.risk ?? 50, band, categories: ['service_failure'], escalate: false,
    reasons: [{ factor: 'severity:service_failure', weight: 0.3, evidence: '"stopped charging"' }, { factor: 'reach', weight: 0.1, evidence: '1.5k followers' }],
  };
  await insertTriageResult(env.db, mention.id, triage);
  const id = caseId!;
  await transitionCase(env.db, { caseId: id, from: 'new', to: 'triaged', actor: 'system', action: 'triaged', patch: { risk: triage.risk, band, kind: 'complaint', approvalsNeeded: o.approvalsNeeded ?? 1 }, at });
  await transitionCase(env.db, { caseId: id, from: 'triaged', to: 'drafted', actor: 'system', action: 'drafted', at });
  const text = o.draft ?? `@${mention.author.handle} Sorry to hear that. Please send us a DM and we will look into it.`;
  await insertDraft(env.db, { caseId: id, text, lang: 'en', model: 'template', template: true, lint: lintReply({ text, platform, mention, brand: env.brand }) });
  const row = await transitionCase(env.db, { caseId: id, from: 'drafted', to: o.state ?? 'in_review', actor: 'system', action: 'queued_for_review', at });
  // The card the clicks come from ("card-msg") is the case's card.
  await setCardMessage(env.db, id, IDS.reviewChannelId, CARD_MSG, row.version);
  return id;
}

function member(userId: string) {
  return {
    user: { id: userId, username: `user${userId.slice(-2)}`, discriminator: '0', global_name: null, avatar: null },
    roles: ROLES[userId] ?? [],
    joined_at: '2025-01-01T00:00:00Z',
    deaf: false,
    mute: false,
    flags: 0,
    permissions: '0',
  };
}

let iseq = 0;
function base(userId: string) {
  const id = `int-${++iseq}`;
  return {
    id,
    application_id: APP_ID,
    token: `token-${id}`,
    version: 1,
    guild_id: IDS.guildId,
    channel_id: IDS.reviewChannelId,
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 8_388_608,
    member: member(userId),
  };
}

/** A button click on the card message `messageId`, as the gateway delivers it. */
export function buttonClick(userId: string, customId: string, messageId = 'card-msg'): APIMessageComponentButtonInteraction {
  return {
    ...base(userId),
    type: InteractionType.MessageComponent,
    message: { id: messageId, channel_id: IDS.reviewChannelId },
    data: { custom_id: customId, component_type: ComponentType.Button },
  } as unknown as APIMessageComponentButtonInteraction;
}

export function modalSubmit(userId: string, customId: string, fields: Record<string, string>, messageId = 'card-msg'): APIModalSubmitInteraction {
  return {
    ...base(userId),
    type: InteractionType.ModalSubmit,
    message: { id: messageId, channel_id: IDS.reviewChannelId },
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([k, v]) => ({ type: ComponentType.ActionRow, components: [{ type: ComponentType.TextInput, custom_id: k, value: v }] })),
    },
  } as unknown as APIModalSubmitInteraction;
}

export function slashCommand(userId: string, name: string, options: Array<{ name: string; type: number; value: string | number }> = []): APIChatInputApplicationCommandInteraction {
  return {
    ...base(userId),
    type: InteractionType.ApplicationCommand,
    data: { id: `cmd-${name}`, name, type: 1, options },
  } as unknown as APIChatInputApplicationCommandInteraction;
}

export type { APIInteraction };

/**
 * Inside describeDb: one database per backend, a fresh Env (clock, router, brand) for every
 * test, handed to `use` (the tests keep it in a local).
 */
export function envPerTest(backend: Backend, mock: DiscordMock, use: (env: Env) => void): void {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => database.close());
  beforeEach(() => use(makeEnv(database.db, mock)));
}

/** Clicks a case button on the case's card, with the case's current version. */
export async function clickCase(env: Env, user: string, verb: Parameters<typeof caseButtonId>[0], caseId: string): Promise<void> {
  const c = await getCase(env.db, caseId);
  await env.router.handle(buttonClick(user, caseButtonId(verb, caseId, c!.version)));
}

