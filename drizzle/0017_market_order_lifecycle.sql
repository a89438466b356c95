CREATE TABLE "market"."settlement_lines" (
	"order_item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "market"."payments" ADD COLUMN "kind" text DEFAULT 'payment' NOT NULL;--> statement-breakpoint
ALTER TABLE "market"."payments" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "market"."settlement_lines" ADD CONSTRAINT "settlement_lines_order_item_id_order_items_id_fk" FOREIGN KEY ("order_item_id") REFERENCES "market"."order_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_lines_item_kind_key" ON "market"."settlement_lines" USING btree ("order_item_id","kind");--> statement-breakpoint
CREATE INDEX "settlement_lines_period_idx" ON "market"."settlement_lines" USING btree ("period_from","period_to");