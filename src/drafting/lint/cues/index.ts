/** All cue lists, by language. Every rule matches all of them: replies mix languages. */
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { hu } from './hu.js';
import { pt } from './pt.js';
import type { LangCues } from './types.js';

export const CUES: Record<string, LangCues> = { en, el, hi, hu, es, de, fr, pt };
export type { LangCues };
