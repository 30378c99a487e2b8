-- A force's picture may be replaced under the same id: its revision (1 as uploaded) goes into every address it is
-- served at, so a replaced picture is loaded from new addresses while the old ones are kept immutable by caches
-- (docs/decisions/024-content-images-and-appeal-links.md).
ALTER TABLE "content_images" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "content_images" ADD CONSTRAINT "content_images_revision_check" CHECK ("content_images"."revision" >= 1);
