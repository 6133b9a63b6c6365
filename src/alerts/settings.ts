/** Alert settings from the brand config (thresholds and response-time policy). */
import type { BrandConfig } from '../config.js';
import { createTriageEngine, triageOptionsFromBrand } from '../triage/index.js';
import { AlertEngine } from './engine.js';
import type { AlertSettings } from './types.js';

export function alertSettingsFromBrand(brand: BrandConfig): AlertSettings {
  return { viral: brand.thresholds.viral, incident: brand.thresholds.incident, responseMinutes: brand.policies.responseMinutes };
}

/** The engine as the bot configures it for a brand. */
export function createAlertEngine(brand: BrandConfig): AlertEngine {
  return new AlertEngine({ settings: alertSettingsFromBrand(brand), triage: createTriageEngine(triageOptionsFromBrand(brand)) });
}
