-- Live source of market.waitlist_offer_guard: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/modules/market/allocation/sql/waitlist-guard.sql <migration-name>` writes the migration.

CREATE OR REPLACE FUNCTION market.waitlist_offer_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  line record;
  held integer;
  taken integer;
  target_order uuid;
  target_day date;
BEGIN
  -- Fired by an order leaving the wait-list (orders) or by a held line that grows (a top-up of a
  -- partly served pre-order, order_items): either way the day's pre-orders are counted again.
  IF TG_TABLE_NAME = 'order_items' THEN
    SELECT o.id, o.supply_date INTO target_order, target_day FROM market.orders o
      WHERE o.id = NEW.order_id AND o.mode = 'preorder';
    IF target_day IS NULL THEN
      RETURN NULL;
    END IF;
  ELSE
    target_order := NEW.id;
    target_day := NEW.supply_date;
  END IF;
  FOR line IN SELECT DISTINCT i.product_id FROM market.order_items i WHERE i.order_id = target_order LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended('market:' || line.product_id::text || ':' || target_day::text, 0));
    SELECT r.held_units INTO held FROM market.allocation_runs r
      WHERE r.product_id = line.product_id AND r.supply_date = target_day AND r.is_confirmed;
    SELECT coalesce(sum(i.allocated), 0) INTO taken
      FROM market.order_items i JOIN market.orders o ON o.id = i.order_id
      WHERE i.product_id = line.product_id AND o.supply_date = target_day AND o.mode = 'preorder'
        AND o.status IN ('allocated', 'fulfilled');
    IF held IS NULL OR taken > held THEN
      RAISE EXCEPTION USING ERRCODE = 'MK012',
        MESSAGE = format('pre-orders of %s on %s would take %s units; the day holds %s', line.product_id, target_day, taken, held);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
