-- A confirmed allocation is the day's current draft: a re-run and a confirmation that race never
-- both win. Days confirmed before this migration get their confirmed run as the current one.
UPDATE market.allocation_runs r SET is_current = r.is_confirmed
WHERE EXISTS (SELECT 1 FROM market.allocation_runs c
  WHERE c.product_id = r.product_id AND c.supply_date = r.supply_date AND c.is_confirmed);
--> statement-breakpoint
ALTER TABLE "market"."allocation_runs" ADD CONSTRAINT "allocation_runs_confirmed_current" CHECK (not is_confirmed or is_current);
--> statement-breakpoint
-- Made from src/server/modules/market/allocation/sql/waitlist-guard.sql by npm run db:sql.
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
--> statement-breakpoint
-- A partly served pre-order topped up from freed units keeps its status (allocated) but its line
-- grows: checked at commit like an offer. Lines written by the confirmation itself (from no
-- allocation yet) are not: the confirmation sets the day's hold to exactly what it allocated.
CREATE CONSTRAINT TRIGGER order_items_waitlist_topup_guard AFTER UPDATE OF allocated ON market.order_items
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.allocated IS NOT NULL AND NEW.allocated > OLD.allocated)
  EXECUTE FUNCTION market.waitlist_offer_guard();
