CREATE TABLE "training"."evaluations" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"content" smallint NOT NULL,
	"trainer" smallint NOT NULL,
	"usefulness" smallint NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "evaluations_ratings_check" CHECK ("training"."evaluations"."content" between 1 and 5 and "training"."evaluations"."trainer" between 1 and 5 and "training"."evaluations"."usefulness" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "training"."registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"identity_key" text NOT NULL,
	"nik" text,
	"name" text,
	"birth_date" date,
	"phone" text NOT NULL,
	"business_name" text NOT NULL,
	"status" text NOT NULL,
	"participant_id" uuid,
	"suggested_business_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training"."seat_codes" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"code" text NOT NULL,
	"phone" text,
	"invited_by" text,
	"invited_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" text,
	"check_in_method" text
);
--> statement-breakpoint
ALTER TABLE "training"."evaluations" ADD CONSTRAINT "evaluations_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "training"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training"."evaluations" ADD CONSTRAINT "evaluations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "training"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training"."registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "training"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training"."registrations" ADD CONSTRAINT "registrations_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "training"."participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training"."seat_codes" ADD CONSTRAINT "seat_codes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "training"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training"."seat_codes" ADD CONSTRAINT "seat_codes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "training"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_event_idx" ON "training"."evaluations" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_identity_key" ON "training"."registrations" USING btree ("event_id","identity_key") WHERE status <> 'refused';--> statement-breakpoint
CREATE INDEX "registrations_event_idx" ON "training"."registrations" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seat_codes_code_key" ON "training"."seat_codes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "seat_codes_event_idx" ON "training"."seat_codes" USING btree ("event_id");