import { pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns.js';

/** Where each adapter (and each of its sources) stopped reading. */
export const adapterCursors = pgTable('adapter_cursors', {
  key: text('key').primaryKey(),
  cursor: text('cursor'),
  updatedAt: updatedAt(),
});
