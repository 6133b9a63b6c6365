import { doublePrecision, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Estimated spend per platform, endpoint and UTC day (X bills per request). */
export const apiUsage = pgTable(
  'api_usage',
  {
    platform: text('platform').notNull(),
    day: text('day').notNull(), // YYYY-MM-DD, UTC
    endpoint: text('endpoint').notNull(),
    requests: integer('requests').notNull().default(0),
    items: integer('items').notNull().default(0),
    usd: doublePrecision('usd').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.platform, t.day, t.endpoint] })],
);
