CREATE SCHEMA "aid";
--> statement-breakpoint
CREATE TABLE "aid"."programme_exclusions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"excludes_programme_id" uuid NOT NULL,
	"from" date,
	"to" date
);
--> statement-breakpoint
CREATE TABLE "aid"."programme_quotas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"phase" integer DEFAULT 0 NOT NULL,
	"quota" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"fund_source" text NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"unit" text,
	"units_per_recipient" integer,
	"period_start" date NOT NULL,
	"period_end" date,
	"phases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_region" text,
	"rules" jsonb NOT NULL,
	"required_documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."proposal_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"reason" text,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."proposal_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"nik" text NOT NULL,
	"no_kk" text,
	"name" text NOT NULL,
	"address" text,
	"village_code" text,
	"address_key" text,
	"sector" text,
	"phone" text,
	"occupation" text,
	"business_name" text,
	"business_id" uuid,
	"person_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"removed_reason" text,
	"checks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"open_problems" integer DEFAULT 0 NOT NULL,
	"checked_at" timestamp with time zone,
	"decision" text,
	"decision_reason" text,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"programme_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"proposer_name" text NOT NULL,
	"phase" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"decree_number" text,
	"decree_date" date,
	"last_reason" text,
	"created_by" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"disbursed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."decision_rows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"decision_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"nik" text NOT NULL,
	"name" text NOT NULL,
	"outcome" text NOT NULL,
	"reason" text,
	"item_id" uuid
);
--> statement-breakpoint
CREATE TABLE "aid"."decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"decree_number" text NOT NULL,
	"decided_on" date,
	"file_id" uuid,
	"sha256" text NOT NULL,
	"approved_count" integer NOT NULL,
	"rejected_count" integer NOT NULL,
	"unknown_count" integer NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."disbursement_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"file_id" uuid,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"status" text NOT NULL,
	"conflicts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"paid_count" integer NOT NULL,
	"paid_amount" bigint NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."disbursement_rows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"row" integer NOT NULL,
	"nik" text NOT NULL,
	"name" text NOT NULL,
	"account" text,
	"amount" bigint NOT NULL,
	"reference" text NOT NULL,
	"paid_on" date,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."handovers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"quantity" integer NOT NULL,
	"handed_on" date NOT NULL,
	"receipt_file_id" uuid,
	"received_by" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid"."reconciliation_findings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"nik" text NOT NULL,
	"detail" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"gone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "aid"."snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"version" integer NOT NULL,
	"reason" text NOT NULL,
	"item_count" integer NOT NULL,
	"total_amount" bigint NOT NULL,
	"sha256" text NOT NULL,
	"canonical" text NOT NULL,
	"item_ids" uuid[] NOT NULL,
	"decree_number" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "aid"."programme_exclusions" ADD CONSTRAINT "programme_exclusions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "aid"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."programme_exclusions" ADD CONSTRAINT "programme_exclusions_excludes_programme_id_programmes_id_fk" FOREIGN KEY ("excludes_programme_id") REFERENCES "aid"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."programme_quotas" ADD CONSTRAINT "programme_quotas_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "aid"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."proposal_events" ADD CONSTRAINT "proposal_events_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."proposal_items" ADD CONSTRAINT "proposal_items_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."proposals" ADD CONSTRAINT "proposals_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "aid"."programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."decision_rows" ADD CONSTRAINT "decision_rows_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "aid"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."decision_rows" ADD CONSTRAINT "decision_rows_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."decision_rows" ADD CONSTRAINT "decision_rows_item_id_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "aid"."proposal_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."decisions" ADD CONSTRAINT "decisions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."disbursement_batches" ADD CONSTRAINT "disbursement_batches_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."disbursement_rows" ADD CONSTRAINT "disbursement_rows_batch_id_disbursement_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "aid"."disbursement_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."disbursement_rows" ADD CONSTRAINT "disbursement_rows_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."handovers" ADD CONSTRAINT "handovers_item_id_proposal_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "aid"."proposal_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."handovers" ADD CONSTRAINT "handovers_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."reconciliation_findings" ADD CONSTRAINT "reconciliation_findings_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid"."snapshots" ADD CONSTRAINT "snapshots_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "aid"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_exclusions_key" ON "aid"."programme_exclusions" USING btree ("programme_id","excludes_programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_quotas_key" ON "aid"."programme_quotas" USING btree ("programme_id","region_code","phase");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_code_key" ON "aid"."programmes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "proposal_events_proposal_idx" ON "aid"."proposal_events" USING btree ("proposal_id","at");--> statement-breakpoint
CREATE INDEX "proposal_items_proposal_idx" ON "aid"."proposal_items" USING btree ("proposal_id","status");--> statement-breakpoint
CREATE INDEX "proposal_items_programme_nik_idx" ON "aid"."proposal_items" USING btree ("programme_id","nik");--> statement-breakpoint
CREATE INDEX "proposal_items_programme_kk_idx" ON "aid"."proposal_items" USING btree ("programme_id","no_kk");--> statement-breakpoint
CREATE INDEX "proposal_items_programme_addr_idx" ON "aid"."proposal_items" USING btree ("programme_id","address_key");--> statement-breakpoint
CREATE INDEX "proposal_items_nik_idx" ON "aid"."proposal_items" USING btree ("nik");--> statement-breakpoint
CREATE INDEX "proposal_items_business_idx" ON "aid"."proposal_items" USING btree ("business_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_number_key" ON "aid"."proposals" USING btree ("number");--> statement-breakpoint
CREATE INDEX "proposals_programme_idx" ON "aid"."proposals" USING btree ("programme_id","status");--> statement-breakpoint
CREATE INDEX "proposals_region_idx" ON "aid"."proposals" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "decision_rows_proposal_idx" ON "aid"."decision_rows" USING btree ("proposal_id","nik");--> statement-breakpoint
CREATE INDEX "decisions_proposal_idx" ON "aid"."decisions" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "disbursement_batches_proposal_idx" ON "aid"."disbursement_batches" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "disbursement_rows_proposal_idx" ON "aid"."disbursement_rows" USING btree ("proposal_id","nik");--> statement-breakpoint
CREATE INDEX "disbursement_rows_programme_idx" ON "aid"."disbursement_rows" USING btree ("programme_id","nik");--> statement-breakpoint
CREATE INDEX "disbursement_rows_reference_idx" ON "aid"."disbursement_rows" USING btree ("programme_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "handovers_item_key" ON "aid"."handovers" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reconciliation_findings_key" ON "aid"."reconciliation_findings" USING btree ("proposal_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "snapshots_version_key" ON "aid"."snapshots" USING btree ("proposal_id","version");