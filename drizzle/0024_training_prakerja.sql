CREATE TABLE "training"."prakerja_rows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"list_id" uuid NOT NULL,
	"sheet" text NOT NULL,
	"row_number" integer NOT NULL,
	"nik" text,
	"name" text,
	"birth_date" text,
	"wave" text,
	"status_text" text,
	"registered" boolean NOT NULL,
	"passed" boolean NOT NULL,
	"incentive" boolean NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "prakerja_rows_status_check" CHECK ((not "training"."prakerja_rows"."passed" or "training"."prakerja_rows"."registered") and (not "training"."prakerja_rows"."incentive" or "training"."prakerja_rows"."passed"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "prakerja_rows_list_row_key" ON "training"."prakerja_rows" USING btree ("list_id","sheet","row_number");--> statement-breakpoint
CREATE INDEX "prakerja_rows_region_idx" ON "training"."prakerja_rows" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "prakerja_rows_nik_idx" ON "training"."prakerja_rows" USING btree ("nik") WHERE nik is not null;