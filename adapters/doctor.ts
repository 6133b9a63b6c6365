/** Doctor checks contributed by the channel adapters (credentials, reachability, X spend). */
import type { Check } from '../src/doctor/checks.js';
import { NETWORK_CHECKS } from './shared/doctor-checks.js';

export const CHANNEL_CHECKS: Check[] = [...NETWORK_CHECKS];
