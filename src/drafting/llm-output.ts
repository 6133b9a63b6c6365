/** The model's structured output: JSON schema sent to the API, zod schema that checks it. */
import { z } from 'zod';

export const LlmDraftSchema = z.strictObject({
  reply: z.string().trim().min(1).max(2000),
  language: z.string().trim().min(2).max(8),
  privateHandoff: z.boolean(),
  confidence: z.number().min(0).max(1),
  notes: z.string().max(2000),
});
export type LlmDraft = z.infer<typeof LlmDraftSchema>;

/** Strict structured-output schema: every property required, nothing else allowed. */
export const LLM_DRAFT_JSON_SCHEMA = {
  type: 'object',
  properties: {
    reply: { type: 'string', description: 'The full public reply, handle and sign-off included.' },
    language: { type: 'string', description: 'ISO 639-1 code of the reply language.' },
    privateHandoff: { type: 'boolean', description: 'True when the reply asks the customer to continue privately.' },
    confidence: { type: 'number', description: 'How sure you are that this reply is right to post, 0 to 1.' },
    notes: { type: 'string', description: 'One or two sentences for the human reviewer.' },
  },
  required: ['reply', 'language', 'privateHandoff', 'confidence', 'notes'],
  additionalProperties: false,
} as const;
