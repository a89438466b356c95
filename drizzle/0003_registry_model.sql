CREATE SCHEMA "registry";
--> statement-breakpoint
CREATE TABLE "registry"."businesses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"client_id" uuid,
	"client_payload_hash" text,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_norm" text NOT NULL,
	"nib" text,
	"sector" text NOT NULL,
	"kbli_code" text,
	"kbli_version" text,
	"products" text,
	"daily_capacity" integer,
	"employees" integer,
	"sales_channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"street" text,
	"rt" text,
	"rw" text,
	"assets" bigint,
	"annual_turnover" bigint,
	"size_class" text,
	"size_rule" text,
	"size_as_of" date,
	"status" text DEFAULT 'active' NOT NULL,
	"entity_id" uuid,
	"source_kind" text NOT NULL,
	"affected" boolean,
	"open_constraints" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."constraint_follow_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"constraint_id" uuid NOT NULL,
	"note" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"status_from" text,
	"status_to" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."constraints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"business_id" uuid NOT NULL,
	"type" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reported_by_id" text,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"assignee_user_id" uuid,
	"assignee_name" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."cooperatives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"name_norm" text NOT NULL,
	"legal_entity_number" text,
	"members" integer,
	"sector" text NOT NULL,
	"street" text,
	"source_kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."impact_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"business_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"turnover_before" bigint,
	"turnover_after" bigint,
	"workers_laid_off" integer,
	"workers_sent_home" integer,
	"affected" boolean NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"reason_note" text,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs_note" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"nik" text NOT NULL,
	"no_kk" text,
	"name" text NOT NULL,
	"name_norm" text NOT NULL,
	"sex" text,
	"birth_place" text,
	"birth_date" date,
	"phone" text,
	"street" text,
	"rt" text,
	"rw" text,
	"village_code" text,
	"match_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."production_pivots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"business_id" uuid NOT NULL,
	"before" text NOT NULL,
	"after" text NOT NULL,
	"since" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"business_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text,
	"price" bigint,
	"daily_capacity" integer,
	"is_pivot" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."record_sources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"office_code" text,
	"user_id" text,
	"user_name" text,
	"import_batch_id" uuid,
	"sheet" text,
	"row_number" integer,
	"tag" text,
	"note" text,
	"payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registry"."businesses" ADD CONSTRAINT "businesses_owner_id_persons_id_fk" FOREIGN KEY ("owner_id") REFERENCES "registry"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry"."constraint_follow_ups" ADD CONSTRAINT "constraint_follow_ups_constraint_id_constraints_id_fk" FOREIGN KEY ("constraint_id") REFERENCES "registry"."constraints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry"."constraints" ADD CONSTRAINT "constraints_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "registry"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry"."impact_assessments" ADD CONSTRAINT "impact_assessments_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "registry"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry"."production_pivots" ADD CONSTRAINT "production_pivots_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "registry"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry"."products" ADD CONSTRAINT "products_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "registry"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "businesses_client_id_key" ON "registry"."businesses" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "businesses_owner_idx" ON "registry"."businesses" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "businesses_region_idx" ON "registry"."businesses" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "businesses_name_trgm_idx" ON "registry"."businesses" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "businesses_name_sort_idx" ON "registry"."businesses" USING btree ("name_norm","id");--> statement-breakpoint
CREATE INDEX "businesses_updated_idx" ON "registry"."businesses" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "businesses_sector_idx" ON "registry"."businesses" USING btree ("sector");--> statement-breakpoint
CREATE INDEX "businesses_size_idx" ON "registry"."businesses" USING btree ("size_class");--> statement-breakpoint
CREATE INDEX "businesses_affected_idx" ON "registry"."businesses" USING btree ("affected");--> statement-breakpoint
CREATE INDEX "businesses_source_idx" ON "registry"."businesses" USING btree ("source_kind");--> statement-breakpoint
CREATE INDEX "businesses_status_idx" ON "registry"."businesses" USING btree ("status");--> statement-breakpoint
CREATE INDEX "businesses_open_constraints_idx" ON "registry"."businesses" USING btree ("id") WHERE open_constraints > 0;--> statement-breakpoint
CREATE INDEX "businesses_entity_idx" ON "registry"."businesses" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "follow_ups_constraint_idx" ON "registry"."constraint_follow_ups" USING btree ("constraint_id","at");--> statement-breakpoint
CREATE INDEX "constraints_business_idx" ON "registry"."constraints" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "constraints_board_idx" ON "registry"."constraints" USING btree ("status","type");--> statement-breakpoint
CREATE INDEX "constraints_region_idx" ON "registry"."constraints" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cooperatives_region_idx" ON "registry"."cooperatives" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cooperatives_name_trgm_idx" ON "registry"."cooperatives" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "impact_business_idx" ON "registry"."impact_assessments" USING btree ("business_id","assessed_on");--> statement-breakpoint
CREATE INDEX "persons_nik_idx" ON "registry"."persons" USING btree ("nik" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_no_kk_idx" ON "registry"."persons" USING btree ("no_kk");--> statement-breakpoint
CREATE INDEX "persons_phone_idx" ON "registry"."persons" USING btree ("phone" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_region_idx" ON "registry"."persons" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_name_trgm_idx" ON "registry"."persons" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_match_keys_idx" ON "registry"."persons" USING gin ("match_keys");--> statement-breakpoint
CREATE INDEX "pivots_business_idx" ON "registry"."production_pivots" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "products_business_idx" ON "registry"."products" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "sources_entity_idx" ON "registry"."record_sources" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "sources_batch_idx" ON "registry"."record_sources" USING btree ("import_batch_id") WHERE import_batch_id is not null;--> statement-breakpoint
CREATE INDEX "sources_tag_idx" ON "registry"."record_sources" USING btree ("tag") WHERE tag is not null;