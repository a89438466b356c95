CREATE TABLE "registry"."import_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_id" uuid NOT NULL,
	"sheets" text[],
	"mapping" jsonb,
	"summary" jsonb,
	"analysed_at" timestamp with time zone,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"rows_valid" integer DEFAULT 0 NOT NULL,
	"rows_warning" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'dry_run' NOT NULL,
	"job_id" uuid,
	"job_error" text,
	"created_by_id" text,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"committed_by_name" text,
	"committed_at" timestamp with time zone,
	"undone_by_name" text,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registry"."import_mappings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"signature" text NOT NULL,
	"label_roles" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."import_rows" (
	"batch_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"sheet" text NOT NULL,
	"row_number" integer NOT NULL,
	"seq" integer NOT NULL,
	"status" text NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"values" jsonb NOT NULL,
	CONSTRAINT "import_rows_batch_id_seq_pk" PRIMARY KEY("batch_id","seq")
);
--> statement-breakpoint
ALTER TABLE "registry"."import_rows" ADD CONSTRAINT "import_rows_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "registry"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_batches_sha_idx" ON "registry"."import_batches" USING btree ("region_code","file_sha256");--> statement-breakpoint
CREATE INDEX "import_batches_created_idx" ON "registry"."import_batches" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "import_mappings_key" ON "registry"."import_mappings" USING btree ("region_code","signature");--> statement-breakpoint
CREATE INDEX "import_rows_status_idx" ON "registry"."import_rows" USING btree ("batch_id","status","seq");