import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../helpers/db.js';
import type { Database } from '../../src/db/client.js';
import { getCase } from '../../src/db/repos/cases.js';
import { caseButtonId } from '../../src/discord/custom-id.js';
import { registerSlashCommands } from '../../src/cli/commands/discord-register.js';
import { SLASH_COMMANDS } from '../../src/discord/commands.js';
import { ALICE, APP_ID, BOB, buttonClick, DiscordMock, IDS, makeEnv, seedCase, slashCommand, STRANGER, testRest, type Env } from './helpers.js';

const mock = new DiscordMock();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

describeDb('slash commands', (backend) => {
  let database: Database;
  let env: Env;
  let high: string;
  let escalated: string;
  beforeAll(async () => {
    database = await backend.open();
    env = makeEnv(database.db, mock);
    high = await seedCase(env, { risk: 80, band: 'high', text: 'Charger melted' });
    await seedCase(env, { risk: 30, band: 'low', text: 'Where is my bill?' });
    escalated = await seedCase(env, { risk: 90, band: 'critical', state: 'escalated', text: 'Lawyer letter incoming' });
    const done = await seedCase(env, { risk: 50 });
    const c = await getCase(env.db, done);
    await env.router.handle(buttonClick(ALICE, caseButtonId('approve', done, c!.version)));
    const r = await seedCase(env, { risk: 40 });
    const rc = await getCase(env.db, r);
    await env.router.handle(buttonClick(BOB, caseButtonId('escalate', r, rc!.version)));
    mock.reset();
  });
  afterAll(async () => database.close());

  const answer = () => JSON.stringify(mock.find('PATCH', '/messages/@original').at(-1)!.body);

  it('/queue answers ephemerally with open cases, highest risk first', async () => {
    await env.router.handle(slashCommand(ALICE, 'queue'));
    expect(mock.callbackTypes()).toEqual([5]);
    expect(mock.find('POST', '/callback')[0]!.body!.data).toEqual({ flags: 64 });
    const text = answer();
    expect(text.indexOf(escalated)).toBeLessThan(text.indexOf(high));
    expect(text).toContain(`https://discord.com/channels/${IDS.guildId}/${IDS.reviewChannelId}/card-msg`);
  });

  it('/case <id> shows the card and the timeline', async () => {
    await env.router.handle(slashCommand(ALICE, 'case', [{ name: 'id', type: 3, value: high }]));
    const text = answer();
    expect(text).toContain('Charger melted');
    expect(text).toContain(`Timeline of ${high}`);
    expect(text).toContain('queued for review');
  });

  it('/case with an unknown id says so', async () => {
    await env.router.handle(slashCommand(ALICE, 'case', [{ name: 'id', type: 3, value: 'nope' }]));
    expect(answer()).toContain('No case with id');
  });

  it('/escalations lists open escalations with links to the escalation log', async () => {
    await env.router.handle(slashCommand(ALICE, 'escalations'));
    const text = answer();
    expect(text).toContain(`https://glasshouse.example/cases/${escalated}`);
    expect(text).toContain('Open escalations (2)');
    expect(text).not.toContain(high);
  });

  it('/stats reports volume, response times and approval rate', async () => {
    await env.router.handle(slashCommand(ALICE, 'stats', [{ name: 'days', type: 4, value: 7 }]));
    const text = answer();
    expect(text).toContain('5 cases');
    expect(text).toContain('Approval rate');
    expect(text).toContain('100% (1 approved, 0 rejected)');
    expect(text).toContain('Response time');
  });

  it('refuses members without a role, and audits it', async () => {
    await env.router.handle(slashCommand(STRANGER, 'queue'));
    expect(answer()).toContain('responder role');
  });
});

it('discord:register puts the four commands in the guild', async () => {
  const names = await registerSlashCommands(testRest(), APP_ID, IDS.guildId);
  expect(names).toEqual(['queue', 'case', 'escalations', 'stats']);
  const [put] = mock.find('PUT', `/applications/${APP_ID}/guilds/${IDS.guildId}/commands`);
  expect(put!.body).toEqual(SLASH_COMMANDS);
});
