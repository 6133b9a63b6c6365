/** Offline phrase sets by tag; 'hi-Latn' is Hindi in Latin letters. */
import type { PhraseSet } from '../types.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { hiLatn } from './hi-latn.js';
import { hu } from './hu.js';
import { pt } from './pt.js';

export const PHRASE_SETS: Record<string, PhraseSet> = { en, el, hi, 'hi-Latn': hiLatn, hu, es, de, fr, pt };
