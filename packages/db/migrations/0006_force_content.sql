-- A force's own website: news, appeals, its advice, area and contact pages, and every saved version of each
-- (docs/decisions/019). Force data, under the same row-level security as the rest (0002_rls.sql).
CREATE TABLE "content_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"title_en" text,
	"title_cy" text,
	"text_en" jsonb,
	"text_cy" jsonb,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text NOT NULL,
	"publish_at" timestamp with time zone,
	"unpublish_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_items_kind_check" CHECK ("content_items"."kind" in ('news', 'appeal', 'advice', 'area', 'contact')),
	CONSTRAINT "content_items_status_check" CHECK ("content_items"."status" in ('draft', 'published', 'unpublished')),
	CONSTRAINT "content_items_published_check" CHECK ("content_items"."status" <> 'published' or "content_items"."publish_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "content_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"item_id" uuid NOT NULL,
	"actor" text NOT NULL,
	"item" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_revisions" ADD CONSTRAINT "content_revisions_item_id_content_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_items_tenant_kind_slug_key" ON "content_items" USING btree ("tenant_id","kind","slug");--> statement-breakpoint
CREATE INDEX "content_items_listing_idx" ON "content_items" USING btree ("tenant_id","kind","status","publish_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "content_revisions_item_idx" ON "content_revisions" USING btree ("tenant_id","item_id","created_at");--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['content_items', 'content_revisions']
  LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO bluelamp_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO bluelamp_app '
      'USING (tenant_id = current_setting(''app.tenant_id'', true)) '
      'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;
--> statement-breakpoint
-- A revision is history: the app may add one, never change or remove one (removing the item removes its history).
REVOKE UPDATE ON content_revisions FROM bluelamp_app;
