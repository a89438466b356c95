-- Live source of market.waitlist_offer_guard: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/modules/market/allocation/sql/waitlist-guard.sql <migration-name>` writes the migration.

CREATE OR REPLACE FUNCTION market.waitlist_offer_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  line record;
  held integer;
  taken integer;
BEGIN
  FOR line IN SELECT DISTINCT product_id FROM market.order_items WHERE order_id = NEW.id LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended('market:' || line.product_id::text || ':' || NEW.supply_date::text, 0));
    SELECT r.held_units INTO held FROM market.allocation_runs r
      WHERE r.product_id = line.product_id AND r.supply_date = NEW.supply_date AND r.is_confirmed;
    SELECT coalesce(sum(i.allocated), 0) INTO taken
      FROM market.order_items i JOIN market.orders o ON o.id = i.order_id
      WHERE i.product_id = line.product_id AND o.supply_date = NEW.supply_date AND o.mode = 'preorder'
        AND o.status IN ('allocated', 'fulfilled');
    IF held IS NULL OR taken > held THEN
      RAISE EXCEPTION USING ERRCODE = 'MK012',
        MESSAGE = format('pre-orders of %s on %s would take %s units; the day holds %s', line.product_id, NEW.supply_date, taken, held);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
