-- A report given from an appeal's page keeps the appeal's reference, and a force's pages get pictures: each image
-- an editor uploads, re-encoded at a few widths (docs/decisions/024). Force data, under the same row-level security
-- as the rest (0002_rls.sql, 0006_force_content.sql).
CREATE TABLE "content_image_variants" (
	"tenant_id" text NOT NULL,
	"image_id" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "content_image_variants_pkey" PRIMARY KEY("tenant_id","image_id","width"),
	CONSTRAINT "content_image_variants_type_check" CHECK ("content_image_variants"."content_type" in ('image/webp', 'image/jpeg'))
);
--> statement-breakpoint
CREATE TABLE "content_images" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"alt_en" text NOT NULL,
	"alt_cy" text,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"filename" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_images_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "appeal_reference" text;--> statement-breakpoint
ALTER TABLE "content_image_variants" ADD CONSTRAINT "content_image_variants_image_fk" FOREIGN KEY ("tenant_id","image_id") REFERENCES "public"."content_images"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_tenant_appeal_idx" ON "reports" USING btree ("tenant_id","appeal_reference") WHERE "reports"."appeal_reference" is not null;
--> statement-breakpoint
-- Pictures are already compressed: kept out of line, not compressed again.
ALTER TABLE "content_image_variants" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['content_images', 'content_image_variants']
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
