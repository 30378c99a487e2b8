-- Evidence bytes in the database, so every app instance can read every file (docs/decisions/016). A file is one
-- evidence_files row and its bytes in 256 KiB chunks; readers see it only once complete.
CREATE TABLE "evidence_file_chunks" (
	"storage_key" text NOT NULL,
	"tenant_id" text NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "evidence_file_chunks_pkey" PRIMARY KEY("storage_key","seq")
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	"chunks" integer DEFAULT 0 NOT NULL,
	"complete" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_file_chunks" ADD CONSTRAINT "evidence_file_chunks_storage_key_evidence_files_storage_key_fk" FOREIGN KEY ("storage_key") REFERENCES "public"."evidence_files"("storage_key") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Photos, PDFs and videos do not compress: store the chunks out of line without trying to.
ALTER TABLE "evidence_file_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;
--> statement-breakpoint
-- Force data, so the same row-level security as every other table of it (0002_rls.sql).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['evidence_files', 'evidence_file_chunks']
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
