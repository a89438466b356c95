CREATE SCHEMA "training";
--> statement-breakpoint
CREATE TABLE "training"."events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"topic" text NOT NULL,
	"target_size_class" text,
	"mode" text NOT NULL,
	"venue" text,
	"online_link" text,
	"funding_source" text NOT NULL,
	"budget" bigint NOT NULL,
	"quota" integer NOT NULL,
	"trainers" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"last_reason" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_budget_check" CHECK ("training"."events"."budget" >= 0),
	CONSTRAINT "events_quota_check" CHECK ("training"."events"."quota" > 0),
	CONSTRAINT "events_online_link_check" CHECK ("training"."events"."mode" = 'in_person' or "training"."events"."online_link" is not null)
);
--> statement-breakpoint
CREATE TABLE "training"."participants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"business_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"business_name" text NOT NULL,
	"owner_name" text NOT NULL,
	"business_region" text NOT NULL,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"attended" boolean,
	"attended_at" timestamp with time zone,
	"attendance_by" text,
	"certificate_code" text,
	"certificate_issued_at" timestamp with time zone,
	CONSTRAINT "participants_certificate_check" CHECK ("training"."participants"."certificate_code" is null or "training"."participants"."attended" is true)
);
--> statement-breakpoint
CREATE TABLE "training"."status_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training"."participants" ADD CONSTRAINT "participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "training"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training"."status_changes" ADD CONSTRAINT "status_changes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "training"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_region_idx" ON "training"."events" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "events_status_idx" ON "training"."events" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_event_business_key" ON "training"."participants" USING btree ("event_id","business_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_event_owner_key" ON "training"."participants" USING btree ("event_id","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_certificate_key" ON "training"."participants" USING btree ("certificate_code");--> statement-breakpoint
CREATE INDEX "participants_business_idx" ON "training"."participants" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "status_changes_event_idx" ON "training"."status_changes" USING btree ("event_id","at");