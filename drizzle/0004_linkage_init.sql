CREATE SCHEMA "linkage";
--> statement-breakpoint
CREATE TABLE "linkage"."list_rows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"list_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"sheet" text,
	"nik" text,
	"no_kk" text,
	"name" text,
	"sex" text,
	"birth_place" text,
	"birth_date" text,
	"phone" text,
	"address" text,
	"rt" text,
	"rw" text,
	"village_code" text,
	"business_name" text,
	"match_business_id" uuid,
	"match_person_id" uuid,
	"weight" double precision,
	"probability" double precision,
	"decision" text DEFAULT 'none' NOT NULL,
	"explanation" jsonb
);
--> statement-breakpoint
CREATE TABLE "linkage"."lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"source" text,
	"as_of" date,
	"file_id" uuid,
	"file_name" text,
	"row_count" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'uploaded' NOT NULL,
	"last_run_id" uuid,
	"linked_at" timestamp with time zone,
	"created_by_id" text,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage"."merges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"pair_id" uuid,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"merged_by_id" text,
	"merged_by_name" text NOT NULL,
	"merged_at" timestamp with time zone NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by_name" text
);
--> statement-breakpoint
CREATE TABLE "linkage"."pairs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"run_id" uuid NOT NULL,
	"record_a" uuid NOT NULL,
	"record_b" uuid NOT NULL,
	"weight" double precision NOT NULL,
	"probability" double precision NOT NULL,
	"decision" text NOT NULL,
	"note" text,
	"explanation" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by_id" text,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"merge_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linkage"."runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"list_id" uuid,
	"job_id" uuid,
	"state" text DEFAULT 'queued' NOT NULL,
	"stats" jsonb,
	"model" text,
	"error" text,
	"started_by_id" text,
	"started_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "linkage"."list_rows" ADD CONSTRAINT "list_rows_list_id_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "linkage"."lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "list_rows_list_idx" ON "linkage"."list_rows" USING btree ("list_id","row_number");--> statement-breakpoint
CREATE INDEX "list_rows_business_idx" ON "linkage"."list_rows" USING btree ("match_business_id") WHERE match_business_id is not null;--> statement-breakpoint
CREATE INDEX "list_rows_person_idx" ON "linkage"."list_rows" USING btree ("match_person_id") WHERE match_person_id is not null;--> statement-breakpoint
CREATE INDEX "list_rows_nik_idx" ON "linkage"."list_rows" USING btree ("nik") WHERE nik is not null;--> statement-breakpoint
CREATE INDEX "lists_created_idx" ON "linkage"."lists" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "merges_merged_idx" ON "linkage"."merges" USING btree ("merged_id");--> statement-breakpoint
CREATE INDEX "merges_survivor_idx" ON "linkage"."merges" USING btree ("survivor_id");--> statement-breakpoint
CREATE INDEX "merges_at_idx" ON "linkage"."merges" USING btree ("merged_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pairs_records_key" ON "linkage"."pairs" USING btree ("record_a","record_b");--> statement-breakpoint
CREATE INDEX "pairs_queue_idx" ON "linkage"."pairs" USING btree ("status","probability");--> statement-breakpoint
CREATE INDEX "pairs_run_idx" ON "linkage"."pairs" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "pairs_record_b_idx" ON "linkage"."pairs" USING btree ("record_b");--> statement-breakpoint
CREATE INDEX "runs_kind_idx" ON "linkage"."runs" USING btree ("kind","created_at");