ALTER TABLE "market"."products" ALTER COLUMN "code_prefix" SET DEFAULT 'TK';--> statement-breakpoint
ALTER TABLE "aid"."proposal_items" ADD COLUMN "source" text DEFAULT 'register' NOT NULL;--> statement-breakpoint
ALTER TABLE "aid"."proposal_items" ADD COLUMN "declared" jsonb;