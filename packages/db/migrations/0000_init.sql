CREATE TABLE "deflections" (
	"tenant_id" text NOT NULL,
	"service_id" text NOT NULL,
	"outcome" text NOT NULL,
	"agency" text DEFAULT '' NOT NULL,
	"day" date NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "deflections_pkey" PRIMARY KEY("tenant_id","service_id","outcome","agency","day"),
	CONSTRAINT "deflections_outcome_check" CHECK ("deflections"."outcome" in ('EMERGENCY', 'REDIRECT', 'ADVICE'))
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"service_id" text NOT NULL,
	"service_version" text NOT NULL,
	"token_hash" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	"submitted_report_id" uuid
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"draft_id" uuid,
	"report_id" uuid,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"report_id" uuid,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"claimed_by" text,
	"claimed_until" timestamp with time zone,
	CONSTRAINT "outbox_kind_check" CHECK ("outbox"."kind" in ('email', 'backoffice')),
	CONSTRAINT "outbox_status_check" CHECK ("outbox"."status" in ('pending', 'processing', 'delivered', 'dead'))
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rate_limits_pkey" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "report_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_events_visibility_check" CHECK ("report_events"."visibility" in ('public', 'internal'))
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"reference" text NOT NULL,
	"service_id" text NOT NULL,
	"service_version" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"priority" text NOT NULL,
	"priority_score" integer NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"rationale" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"outcome" jsonb NOT NULL,
	"contact" jsonb,
	"verification_salt" text NOT NULL,
	"email_hash" text,
	"postcode_hash" text,
	"idempotency_key" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"crime_number" text,
	"assigned_to" uuid,
	"transferred_from_tenant" text,
	CONSTRAINT "reports_status_check" CHECK ("reports"."status" in ('received', 'in_review', 'crime_recorded', 'no_further_action', 'transferred'))
);
--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_submitted_report_id_reports_id_fk" FOREIGN KEY ("submitted_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deflections_tenant_day_idx" ON "deflections" USING btree ("tenant_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_token_hash_key" ON "drafts" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_idempotency_key_key" ON "drafts" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "drafts_expires_at_idx" ON "drafts" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_storage_key_key" ON "evidence" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "evidence_draft_idx" ON "evidence" USING btree ("tenant_id","draft_id");--> statement-breakpoint
CREATE INDEX "evidence_report_idx" ON "evidence" USING btree ("tenant_id","report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_idempotency_key_key" ON "outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_claim_idx" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_lease_idx" ON "outbox" USING btree ("status","claimed_until");--> statement-breakpoint
CREATE INDEX "outbox_tenant_idx" ON "outbox" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "rate_limits_expires_at_idx" ON "rate_limits" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "report_events_report_idx" ON "report_events" USING btree ("tenant_id","report_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_reference_key" ON "reports" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_tenant_idempotency_key_key" ON "reports" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "reports_queue_idx" ON "reports" USING btree ("tenant_id","status","priority_score" DESC NULLS LAST,"submitted_at");--> statement-breakpoint
CREATE INDEX "reports_tenant_submitted_at_idx" ON "reports" USING btree ("tenant_id","submitted_at");