-- Live source of market.settlement_overlap_guard: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/modules/market/settlement/sql/settlement-guard.sql <migration-name>` writes the migration.

CREATE OR REPLACE FUNCTION market.settlement_overlap_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('market.settlement:' || NEW.producer_id::text));
  IF EXISTS (
    SELECT 1 FROM market.settlements s
    WHERE s.producer_id = NEW.producer_id AND s.id <> NEW.id
      AND s.period_from <= NEW.period_to AND NEW.period_from <= s.period_to
  ) THEN
    RAISE EXCEPTION USING ERRCODE = 'MK011', MESSAGE = 'settlement periods overlap';
  END IF;
  RETURN NEW;
END $$;
