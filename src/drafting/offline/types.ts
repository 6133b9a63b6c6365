/**
 * One language's offline reply phrases. Every list has two variants so Regenerate can
 * offer a different draft. Sentences follow customer-care practice: acknowledge,
 * apologise without admitting liability, one concrete next step, personal details to
 * a private channel. `{handoff}` becomes the localized private-channel phrase.
 */
import type { Category } from '../../core/triage.js';

export type Variants = readonly [string, string];

export interface PhraseSet {
  /** Language tag of the set: ISO 639-1, or 'hi-Latn' for Hindi in Latin letters. */
  tag: string;
  /** Opening for complaints: acknowledge and apologise (never "our fault"). */
  complaint: Variants;
  /** Next step for complaints, by category; `default` when no category applies. */
  steps: Partial<Record<Category, Variants>> & { default: Variants };
  question: { open: Variants; step: Variants };
  praise: { open: Variants; close: Variants };
  other: { open: Variants; step: Variants };
  /** A journalist's enquiry: thanks and a hand-off to the press team, whatever the story is about. */
  press: { open: Variants; step: Variants };
  /** Private-channel phrases, imperative, as they fit inside the sentences above. */
  handoff: { dm: string; privateMessage: string; url: string };
}
