CREATE TABLE "market"."buyer_messages" (
	"order_id" uuid NOT NULL,
	"event" text NOT NULL,
	"region_code" text NOT NULL,
	"sent_by" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "buyer_messages_order_id_event_pk" PRIMARY KEY("order_id","event")
);
--> statement-breakpoint
ALTER TABLE "market"."plut_settings" ADD COLUMN "opening_hours" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "market"."plut_settings" ADD COLUMN "map_url" text;--> statement-breakpoint
ALTER TABLE "market"."plut_settings" ADD COLUMN "payment_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "market"."plut_settings" ADD COLUMN "message_templates" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "market"."allocation_runs" ADD COLUMN "held_units" integer;--> statement-breakpoint
ALTER TABLE "market"."orders" ADD COLUMN "pay_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "market"."buyer_messages" ADD CONSTRAINT "buyer_messages_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "market"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orders_pay_by_idx" ON "market"."orders" USING btree ("pay_by") WHERE status = 'allocated' and payment_status = 'unpaid';