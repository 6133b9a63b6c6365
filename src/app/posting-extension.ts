/** Posting: the outbox worker and card sync (issue 6). */
import type { Extension, ExtensionInput } from './extension.js';

export function installPosting(_input: ExtensionInput): Promise<Extension> {
  return Promise.resolve({ stages: [] });
}
