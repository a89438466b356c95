ALTER TABLE "market"."products" ADD COLUMN "source_pivot_id" uuid;--> statement-breakpoint
ALTER TABLE "registry"."production_pivots" ADD COLUMN "share" smallint;--> statement-breakpoint
CREATE UNIQUE INDEX "products_source_pivot_key" ON "market"."products" USING btree ("source_pivot_id");