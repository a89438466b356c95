-- The order life-cycle's hard edges (the pure table lives in market/domain/order-flow.ts): the
-- database refuses what that table refuses, whatever code path writes the row.
-- NOT VALID: rows written before these rules (e.g. an unpaid hand-over) stay readable and may still
-- be repaired (their cash recorded); every new write must satisfy the rule.
ALTER TABLE "market"."orders" ADD CONSTRAINT "orders_paid_holds_goods"
  CHECK ("payment_status" <> 'paid' OR "status" IN ('reserved', 'allocated', 'fulfilled')) NOT VALID;
--> statement-breakpoint
ALTER TABLE "market"."orders" ADD CONSTRAINT "orders_fulfilled_paid"
  CHECK ("status" <> 'fulfilled' OR "payment_status" IN ('paid', 'refunded') OR "total" = 0) NOT VALID;
--> statement-breakpoint
ALTER TABLE "market"."payments" ADD CONSTRAINT "payments_refund_signed"
  CHECK (("kind" = 'payment' AND "amount" >= 0)
      OR ("kind" = 'refund' AND "amount" < 0 AND "status" = 'confirmed' AND coalesce(btrim("reason"), '') <> ''));
--> statement-breakpoint
ALTER TABLE "market"."settlements" ADD CONSTRAINT "settlements_period_order" CHECK ("period_from" <= "period_to") NOT VALID;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION market.order_transition_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('fulfilled', 'cancelled') AND NEW.status <> OLD.status THEN
    RAISE EXCEPTION USING ERRCODE = 'MK010', MESSAGE = format('order %s is closed (%s)', OLD.code, OLD.status);
  END IF;
  IF OLD.payment_status = 'paid' AND NEW.payment_status NOT IN ('paid', 'refunded') THEN
    RAISE EXCEPTION USING ERRCODE = 'MK010', MESSAGE = format('order %s is paid; only a refund reverses it', OLD.code);
  END IF;
  IF OLD.payment_status = 'refunded' AND NEW.payment_status <> 'refunded' THEN
    RAISE EXCEPTION USING ERRCODE = 'MK010', MESSAGE = format('order %s was refunded', OLD.code);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_transition_guard BEFORE UPDATE OF status, payment_status ON market.orders
  FOR EACH ROW EXECUTE FUNCTION market.order_transition_guard();
--> statement-breakpoint
-- One producer's settlement periods never overlap (closing 01–07 then 07–08 would pay the 7th twice).
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
--> statement-breakpoint
CREATE TRIGGER settlements_overlap_guard BEFORE INSERT OR UPDATE OF period_from, period_to, producer_id
  ON market.settlements FOR EACH ROW EXECUTE FUNCTION market.settlement_overlap_guard();
--> statement-breakpoint
-- Sales already counted by a settlement closed before this migration are marked settled, so the next
-- closing does not count them again (payment day in WIB, the zone of the PLUTs settled so far).
INSERT INTO market.settlement_lines (order_item_id, kind, region_code, period_from, period_to)
SELECT DISTINCT ON (i.id) i.id, 'sale', i.region_code, s.period_from, s.period_to
FROM market.order_items i
JOIN market.orders o ON o.id = i.order_id
JOIN LATERAL (
  SELECT max(p.confirmed_at) AS paid_at FROM market.payments p
  WHERE p.order_id = o.id AND p.status = 'confirmed'
) pay ON true
JOIN (SELECT DISTINCT period_from, period_to FROM market.settlements) s
  ON (pay.paid_at AT TIME ZONE 'Asia/Jakarta')::date BETWEEN s.period_from AND s.period_to
WHERE o.payment_status = 'paid'
ORDER BY i.id, s.period_from
ON CONFLICT DO NOTHING;
