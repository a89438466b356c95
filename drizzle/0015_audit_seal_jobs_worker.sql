ALTER TABLE "platform"."job_progress" ADD COLUMN "worker" text;--> statement-breakpoint
ALTER TABLE "access"."audit_events" ADD COLUMN "hash_v" smallint DEFAULT 2 NOT NULL;