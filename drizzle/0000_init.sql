CREATE TABLE "mentions" (
	"id" text PRIMARY KEY NOT NULL,
	"platform" text NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"url" text,
	"text" text NOT NULL,
	"lang" text,
	"posted_at" timestamp with time zone,
	"author" jsonb NOT NULL,
	"author_handle" text NOT NULL,
	"metrics" jsonb,
	"engagement" integer DEFAULT 0 NOT NULL,
	"in_reply_to_id" text,
	"conversation_id" text,
	"reply_allowed" boolean DEFAULT true NOT NULL,
	"extra" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_snapshots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"mention_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"metrics" jsonb NOT NULL,
	"engagement" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_results" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"mention_id" text NOT NULL,
	"kind" text NOT NULL,
	"sentiment" text NOT NULL,
	"risk" integer NOT NULL,
	"band" text NOT NULL,
	"escalate" boolean NOT NULL,
	"engine" text DEFAULT 'offline' NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"mention_id" text NOT NULL,
	"platform" text NOT NULL,
	"state" text DEFAULT 'new' NOT NULL,
	"kind" text,
	"risk" integer,
	"band" text,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"escalate" boolean DEFAULT false NOT NULL,
	"manual_only" boolean DEFAULT false NOT NULL,
	"claimed_by" text,
	"approvals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approvals_needed" integer DEFAULT 1 NOT NULL,
	"reject_reason" text,
	"due_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"reply_id" text,
	"reply_url" text,
	"replied_by" text,
	"incident_id" text,
	"discord_channel_id" text,
	"discord_message_id" text,
	"discord_card_version" integer,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"text" text NOT NULL,
	"lang" text NOT NULL,
	"author" text DEFAULT 'system' NOT NULL,
	"prompt_id" text,
	"prompt_version" text,
	"model" text NOT NULL,
	"template" boolean DEFAULT false NOT NULL,
	"private_handoff" boolean DEFAULT false NOT NULL,
	"confidence" double precision,
	"notes" text,
	"lint" jsonb NOT NULL,
	"lint_overridden_by" text,
	"tokens_in" integer,
	"tokens_out" integer,
	"cost_usd" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" text,
	"alert_id" text,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"platform" text NOT NULL,
	"text" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_by" text,
	"claimed_at" timestamp with time zone,
	"not_before" timestamp with time zone,
	"reply_id" text,
	"reply_url" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"level" text,
	"dedupe_key" text NOT NULL,
	"case_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mention_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"incident_id" text,
	"due_at" timestamp with time zone,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" text,
	"acknowledged_at" timestamp with time zone,
	"discord_channel_id" text,
	"discord_message_id" text
);
--> statement-breakpoint
CREATE TABLE "incident_members" (
	"incident_id" text NOT NULL,
	"mention_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_members_incident_id_mention_id_pk" PRIMARY KEY("incident_id","mention_id")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"signature" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "adapter_cursors" (
	"key" text PRIMARY KEY NOT NULL,
	"cursor" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "llm_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_usage" (
	"platform" text NOT NULL,
	"day" text NOT NULL,
	"endpoint" text NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"items" integer DEFAULT 0 NOT NULL,
	"usd" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "api_usage_platform_day_endpoint_pk" PRIMARY KEY("platform","day","endpoint")
);
--> statement-breakpoint
ALTER TABLE "metric_snapshots" ADD CONSTRAINT "metric_snapshots_mention_id_mentions_id_fk" FOREIGN KEY ("mention_id") REFERENCES "public"."mentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_results" ADD CONSTRAINT "triage_results_mention_id_mentions_id_fk" FOREIGN KEY ("mention_id") REFERENCES "public"."mentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_mention_id_mentions_id_fk" FOREIGN KEY ("mention_id") REFERENCES "public"."mentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_members" ADD CONSTRAINT "incident_members_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mentions_platform_external_uq" ON "mentions" USING btree ("platform","external_id");--> statement-breakpoint
CREATE INDEX "mentions_posted_at_idx" ON "mentions" USING btree ("posted_at");--> statement-breakpoint
CREATE INDEX "metric_snapshots_mention_at_idx" ON "metric_snapshots" USING btree ("mention_id","at");--> statement-breakpoint
CREATE INDEX "triage_results_mention_idx" ON "triage_results" USING btree ("mention_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_mention_uq" ON "cases" USING btree ("mention_id");--> statement-breakpoint
CREATE INDEX "cases_state_risk_idx" ON "cases" USING btree ("state","risk");--> statement-breakpoint
CREATE INDEX "drafts_case_idx" ON "drafts" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_case_idx" ON "audit_log" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_idempotency_uq" ON "outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_state_idx" ON "outbox" USING btree ("state","id");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_dedupe_uq" ON "alerts" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "incidents_state_idx" ON "incidents" USING btree ("state","last_at");