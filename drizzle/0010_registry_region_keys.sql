ALTER TABLE "registry"."businesses" ADD COLUMN "province_code" text GENERATED ALWAYS AS (left(region_code, 2)) STORED;--> statement-breakpoint
ALTER TABLE "registry"."businesses" ADD COLUMN "regency_code" text GENERATED ALWAYS AS (left(region_code, 5)) STORED;--> statement-breakpoint
CREATE INDEX "businesses_province_id_idx" ON "registry"."businesses" USING btree ("province_code","id");--> statement-breakpoint
CREATE INDEX "businesses_regency_id_idx" ON "registry"."businesses" USING btree ("regency_code","id");