/** Slash command definitions, registered with `glasshouse discord:register`. */
import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

export const SLASH_COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  { type: ApplicationCommandType.ChatInput, name: 'queue', description: 'Open cases, highest risk first' },
  {
    type: ApplicationCommandType.ChatInput,
    name: 'case',
    description: 'Show one case: post, risk, draft, state and timeline',
    options: [{ type: ApplicationCommandOptionType.String, name: 'id', description: 'Case id (from the card footer)', required: true, max_length: 64 }],
  },
  { type: ApplicationCommandType.ChatInput, name: 'escalations', description: 'Open escalations, with links to the escalation log' },
  {
    type: ApplicationCommandType.ChatInput,
    name: 'stats',
    description: 'Volume, response times and approval rate',
    options: [{ type: ApplicationCommandOptionType.Integer, name: 'days', description: 'Window in days (default 7)', required: false, min_value: 1, max_value: 90 }],
  },
];
