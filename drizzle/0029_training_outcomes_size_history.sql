CREATE TABLE "registry"."size_class_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"business_id" uuid NOT NULL,
	"from_class" text,
	"to_class" text,
	"changed_on" date NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training"."outcomes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"event_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"checkpoint" smallint NOT NULL,
	"due_on" date NOT NULL,
	"size_class" text NOT NULL,
	"monthly_turnover" bigint NOT NULL,
	"note" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "outcomes_checkpoint_check" CHECK ("training"."outcomes"."checkpoint" in (3, 6)),
	CONSTRAINT "outcomes_turnover_check" CHECK ("training"."outcomes"."monthly_turnover" >= 0)
);
--> statement-breakpoint
ALTER TABLE "registry"."size_class_changes" ADD CONSTRAINT "size_class_changes_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "registry"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training"."outcomes" ADD CONSTRAINT "outcomes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "training"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training"."outcomes" ADD CONSTRAINT "outcomes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "training"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "size_class_changes_business_idx" ON "registry"."size_class_changes" USING btree ("business_id","changed_on");--> statement-breakpoint
CREATE INDEX "size_class_changes_on_idx" ON "registry"."size_class_changes" USING btree ("changed_on");--> statement-breakpoint
CREATE INDEX "size_class_changes_region_idx" ON "registry"."size_class_changes" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "outcomes_participant_checkpoint_key" ON "training"."outcomes" USING btree ("participant_id","checkpoint");--> statement-breakpoint
CREATE INDEX "outcomes_business_idx" ON "training"."outcomes" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "outcomes_region_idx" ON "training"."outcomes" USING btree ("region_code" text_pattern_ops);