-- A staff role for the people who write a force's website: an editor edits its content (/staff/content) and sees no
-- reports; an admin may do both (apps/web/app/lib/staff/session.server.ts, docs/decisions/022-content-editor.md).
ALTER TABLE "staff" DROP CONSTRAINT "staff_role_check";--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_role_check" CHECK ("staff"."role" in ('handler', 'supervisor', 'admin', 'editor'));