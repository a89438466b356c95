ALTER TABLE "market"."plut_settings" ADD COLUMN "opening_days" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "market"."plut_settings" RENAME COLUMN "opening_hours" TO "opening_hours_text";
