ALTER TABLE "market"."plut_settings" ADD COLUMN "opening_days" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "market"."plut_settings" DROP COLUMN "opening_hours";
