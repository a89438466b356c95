CREATE TABLE "market"."procurement_deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"purchase_order_id" uuid NOT NULL,
	"number" text NOT NULL,
	"quantity" integer NOT NULL,
	"delivered_on" date NOT NULL,
	"received_by" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "aid"."programmes" ADD COLUMN "stock_procurement_id" uuid;--> statement-breakpoint
ALTER TABLE "market"."procurement_deliveries" ADD CONSTRAINT "procurement_deliveries_purchase_order_id_purchase_orders_id_fk" FOREIGN KEY ("purchase_order_id") REFERENCES "market"."purchase_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_deliveries_number_key" ON "market"."procurement_deliveries" USING btree ("number");--> statement-breakpoint
CREATE INDEX "procurement_deliveries_po_idx" ON "market"."procurement_deliveries" USING btree ("purchase_order_id");