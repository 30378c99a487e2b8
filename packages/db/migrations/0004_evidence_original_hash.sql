-- The hash of each evidence file as the person sent it, beside the hash of the file as stored (images are re-encoded
-- on upload). Files stored before re-encoding began were stored as sent, so both hashes are the same.
ALTER TABLE "evidence" ADD COLUMN "original_sha256" text;--> statement-breakpoint
UPDATE "evidence" SET "original_sha256" = "sha256";--> statement-breakpoint
ALTER TABLE "evidence" ALTER COLUMN "original_sha256" SET NOT NULL;
