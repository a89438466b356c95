-- Live source of market.order_transition_guard: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/modules/market/orders/sql/order-guard.sql <migration-name>` writes the migration.

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
