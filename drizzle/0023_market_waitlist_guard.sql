-- Never oversell a pre-order day through the wait-list: a wait-listed order that receives units
-- (an offer of units freed by a cancellation or an unpaid order past its deadline) is checked at
-- commit against the units the confirmed day still holds (allocation_runs.held_units). The check
-- takes the day's advisory lock, the one every run, confirmation and offer of that day takes.
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
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER orders_waitlist_offer_guard AFTER UPDATE OF status ON market.orders
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW.mode = 'preorder' AND NEW.status = 'allocated' AND OLD.status = 'waitlisted')
  EXECUTE FUNCTION market.waitlist_offer_guard();
--> statement-breakpoint
-- Days confirmed before this migration hold what they allocated, less what was cancelled since.
UPDATE market.allocation_runs r SET held_units = coalesce((
  SELECT sum(i.allocated) FROM market.order_items i JOIN market.orders o ON o.id = i.order_id
  WHERE i.product_id = r.product_id AND o.supply_date = r.supply_date AND o.mode = 'preorder'
    AND o.status IN ('allocated', 'fulfilled')), 0)
WHERE r.is_confirmed AND r.held_units IS NULL;
