CREATE SCHEMA "market";
--> statement-breakpoint
CREATE TABLE "market"."consignment_terms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"producer_id" uuid NOT NULL,
	"product_id" uuid,
	"producer_share_bps" integer NOT NULL,
	"damaged" text DEFAULT 'plut_bears' NOT NULL,
	"fee_per_period" bigint DEFAULT 0 NOT NULL,
	"valid_from" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."producers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"business_id" uuid,
	"name" text NOT NULL,
	"owner_name" text,
	"phone" text,
	"region_code" text NOT NULL,
	"daily_capacity" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."product_producers" (
	"product_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "product_producers_product_id_producer_id_pk" PRIMARY KEY("product_id","producer_id")
);
--> statement-breakpoint
CREATE TABLE "market"."products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"unit_label" text NOT NULL,
	"category" text NOT NULL,
	"price" bigint NOT NULL,
	"min_order" integer DEFAULT 1 NOT NULL,
	"max_per_order" integer,
	"per_buyer_cap" integer,
	"description" text DEFAULT '' NOT NULL,
	"photo_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"code_prefix" text DEFAULT 'PLT' NOT NULL,
	"cutoff_time" text DEFAULT '17:00' NOT NULL,
	"allocation_policy" text DEFAULT 'equal' NOT NULL,
	"unmet_action" text DEFAULT 'waitlist' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."stock_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"product_id" uuid NOT NULL,
	"producer_id" uuid,
	"entry_date" date NOT NULL,
	"pool" text NOT NULL,
	"kind" text NOT NULL,
	"delta" integer NOT NULL,
	"order_id" uuid,
	"note" text,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."stock_slots" (
	"product_id" uuid NOT NULL,
	"slot" smallint NOT NULL,
	"qty" integer DEFAULT 0 NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "stock_slots_product_id_slot_pk" PRIMARY KEY("product_id","slot"),
	CONSTRAINT "stock_slots_qty_nonneg" CHECK ("market"."stock_slots"."qty" >= 0)
);
--> statement-breakpoint
CREATE TABLE "market"."deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"order_id" uuid NOT NULL,
	"carrier" text NOT NULL,
	"fee" bigint DEFAULT 0 NOT NULL,
	"tracking_number" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"order_id" uuid NOT NULL,
	"method" text NOT NULL,
	"amount" bigint NOT NULL,
	"status" text NOT NULL,
	"proof_file_id" uuid,
	"reference" text,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."plut_settings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"whatsapp" text,
	"static_qris" text,
	"bank_account" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."procurements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"order_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"quantity" integer NOT NULL,
	"split" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."purchase_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"procurement_id" uuid NOT NULL,
	"producer_id" uuid NOT NULL,
	"number" text NOT NULL,
	"quantity" integer NOT NULL,
	"delivered" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."settlements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"producer_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"statement" jsonb NOT NULL,
	"payable" bigint NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_by" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."allocation_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"product_id" uuid NOT NULL,
	"supply_date" date NOT NULL,
	"policy" jsonb NOT NULL,
	"seed" text NOT NULL,
	"inputs_hash" text NOT NULL,
	"supply" integer NOT NULL,
	"demand" integer NOT NULL,
	"allocated_units" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"is_confirmed" boolean DEFAULT false NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"created_by" text NOT NULL,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."buyers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"phone" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"institution" text,
	"open_orders" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market"."order_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"allocated" integer,
	"unit_price" bigint NOT NULL,
	"allocation" jsonb,
	"allocation_run_id" uuid
);
--> statement-breakpoint
CREATE TABLE "market"."orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"code" text NOT NULL,
	"mode" text NOT NULL,
	"supply_date" date,
	"buyer_id" uuid NOT NULL,
	"buyer_name" text NOT NULL,
	"buyer_phone" text NOT NULL,
	"buyer_type" text NOT NULL,
	"institution" text,
	"user_id" uuid,
	"origin_region_code" text,
	"fulfilment" text NOT NULL,
	"delivery_address" text,
	"status" text NOT NULL,
	"payment_status" text DEFAULT 'unpaid' NOT NULL,
	"payment_method" text,
	"subtotal" bigint DEFAULT 0 NOT NULL,
	"delivery_fee" bigint DEFAULT 0 NOT NULL,
	"total" bigint DEFAULT 0 NOT NULL,
	"transfer_amount" bigint,
	"channel" text,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "market"."consignment_terms" ADD CONSTRAINT "consignment_terms_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "market"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."consignment_terms" ADD CONSTRAINT "consignment_terms_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "market"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."product_producers" ADD CONSTRAINT "product_producers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "market"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."product_producers" ADD CONSTRAINT "product_producers_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "market"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."stock_ledger" ADD CONSTRAINT "stock_ledger_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "market"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."stock_ledger" ADD CONSTRAINT "stock_ledger_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "market"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."stock_slots" ADD CONSTRAINT "stock_slots_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "market"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."deliveries" ADD CONSTRAINT "deliveries_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "market"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."payments" ADD CONSTRAINT "payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "market"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."procurements" ADD CONSTRAINT "procurements_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "market"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."purchase_orders" ADD CONSTRAINT "purchase_orders_procurement_id_procurements_id_fk" FOREIGN KEY ("procurement_id") REFERENCES "market"."procurements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."purchase_orders" ADD CONSTRAINT "purchase_orders_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "market"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."settlements" ADD CONSTRAINT "settlements_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "market"."producers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."allocation_runs" ADD CONSTRAINT "allocation_runs_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "market"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."order_items" ADD CONSTRAINT "order_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "market"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."order_items" ADD CONSTRAINT "order_items_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "market"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market"."orders" ADD CONSTRAINT "orders_buyer_id_buyers_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "market"."buyers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consignment_terms_producer_idx" ON "market"."consignment_terms" USING btree ("producer_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "producers_business_key" ON "market"."producers" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "producers_name_idx" ON "market"."producers" USING btree ("name");--> statement-breakpoint
CREATE INDEX "product_producers_producer_idx" ON "market"."product_producers" USING btree ("producer_id");--> statement-breakpoint
CREATE INDEX "products_region_idx" ON "market"."products" USING btree ("region_code","category");--> statement-breakpoint
CREATE INDEX "stock_ledger_product_date_idx" ON "market"."stock_ledger" USING btree ("product_id","entry_date");--> statement-breakpoint
CREATE INDEX "stock_ledger_producer_idx" ON "market"."stock_ledger" USING btree ("producer_id","entry_date");--> statement-breakpoint
CREATE INDEX "stock_ledger_order_idx" ON "market"."stock_ledger" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "deliveries_order_idx" ON "market"."deliveries" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "payments_order_idx" ON "market"."payments" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "procurements_order_idx" ON "market"."procurements" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_procurement_idx" ON "market"."purchase_orders" USING btree ("procurement_id");--> statement-breakpoint
CREATE INDEX "settlements_producer_idx" ON "market"."settlements" USING btree ("producer_id","period_from");--> statement-breakpoint
CREATE INDEX "allocation_runs_day_idx" ON "market"."allocation_runs" USING btree ("product_id","supply_date","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_runs_confirmed_key" ON "market"."allocation_runs" USING btree ("product_id","supply_date") WHERE is_confirmed;--> statement-breakpoint
CREATE UNIQUE INDEX "buyers_phone_key" ON "market"."buyers" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "order_items_order_idx" ON "market"."order_items" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_items_product_idx" ON "market"."order_items" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_code_key" ON "market"."orders" USING btree ("code");--> statement-breakpoint
CREATE INDEX "orders_region_created_idx" ON "market"."orders" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE INDEX "orders_buyer_idx" ON "market"."orders" USING btree ("buyer_id");--> statement-breakpoint
CREATE INDEX "orders_supply_idx" ON "market"."orders" USING btree ("supply_date","status");