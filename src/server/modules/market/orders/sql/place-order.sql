-- Live source of market.place_one_order, market.place_order, market.place_orders: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/modules/market/orders/sql/place-order.sql <migration-name>` writes the migration.

-- The writes of one order, shared by the batch (place_orders) and the retry alone (place_order), so each
-- rule stands once. Returns the order code it used. p_take says how ready stock is taken:
-- 'free': only from a slot no other transaction holds (the batch; a miss is retried alone);
-- 'wait': from one slot, waiting for it when every slot with enough is held;
-- 'careful': every slot of the product locked, the order gathered from several slots.
CREATE OR REPLACE FUNCTION market.place_one_order(p jsonb, p_start int, p_take text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  v_buyer uuid;
  v_item jsonb;
  v_idx int := 0;
  v_qty int;
  v_product uuid;
  v_available int;
  v_code text;
  v_inserted boolean := false;
  v_slots int := (p->>'slots')::int;
  v_cap int := (p->>'cap')::int;
  v_order jsonb := p->'order';
BEGIN
  IF p->>'mode' = 'preorder' THEN
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('market:' || (i->>'productId') || ':' || (p->>'supplyDate'), 0))
    FROM jsonb_array_elements(p->'items') i;
    IF EXISTS (
      SELECT 1 FROM market.allocation_runs r
      WHERE r.is_confirmed AND r.supply_date = (p->>'supplyDate')::date
        AND r.product_id IN (SELECT (i->>'productId')::uuid FROM jsonb_array_elements(p->'items') i)
    ) THEN
      RAISE EXCEPTION USING ERRCODE = 'MK004', MESSAGE = 'pre-orders closed';
    END IF;
  END IF;
  INSERT INTO market.buyers AS b (id, phone, name, type, institution, open_orders)
  VALUES ((p->'buyer'->>'id')::uuid, p->'buyer'->>'phone', p->'buyer'->>'name', p->'buyer'->>'type', p->'buyer'->>'institution', 1)
  ON CONFLICT (phone) DO UPDATE SET
    open_orders = b.open_orders + 1, name = excluded.name, type = excluded.type,
    institution = coalesce(excluded.institution, b.institution), updated_at = now()
  WHERE v_cap IS NULL OR b.open_orders < v_cap
  RETURNING id INTO v_buyer;
  IF v_buyer IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'MK001', MESSAGE = 'too many open orders';
  END IF;
  IF p->>'mode' = 'ready' THEN
    FOR v_item IN SELECT * FROM jsonb_array_elements(p->'items') LOOP
      v_product := (v_item->>'productId')::uuid;
      v_qty := (v_item->>'quantity')::int;
      IF p_take <> 'careful' THEN
        -- An uncorrelated scalar subquery runs once (InitPlan): exactly one slot is taken from.
        UPDATE market.stock_slots SET qty = qty - v_qty
        WHERE product_id = v_product AND qty >= v_qty AND slot = (
          SELECT slot FROM market.stock_slots
          WHERE product_id = v_product AND qty >= v_qty
          ORDER BY (slot + v_slots - p_start) % v_slots LIMIT 1 FOR UPDATE SKIP LOCKED);
        IF NOT FOUND AND p_take = 'wait' THEN
          UPDATE market.stock_slots SET qty = qty - v_qty
          WHERE product_id = v_product AND qty >= v_qty AND slot = (
            SELECT slot FROM market.stock_slots WHERE product_id = v_product AND qty >= v_qty
            ORDER BY (slot + v_slots - p_start) % v_slots LIMIT 1);
        END IF;
        IF NOT FOUND THEN
          -- The shelf as a whole is short: refuse at once, without locking every slot.
          SELECT coalesce(sum(qty), 0) INTO v_available FROM market.stock_slots WHERE product_id = v_product;
          IF v_available < v_qty THEN
            RAISE EXCEPTION USING ERRCODE = 'MK003', MESSAGE = v_idx || ':' || v_available;
          END IF;
          RAISE EXCEPTION USING ERRCODE = 'MK002', MESSAGE =
            CASE p_take WHEN 'wait' THEN 'no single slot holds enough' ELSE 'no free slot holds enough' END;
        END IF;
      ELSE
        SELECT coalesce(sum(qty), 0) INTO v_available
        FROM (SELECT qty FROM market.stock_slots WHERE product_id = v_product ORDER BY slot FOR UPDATE) x;
        IF v_available < v_qty THEN
          RAISE EXCEPTION USING ERRCODE = 'MK003', MESSAGE = v_idx || ':' || v_available;
        END IF;
        WITH ranked AS (
          SELECT slot, qty, sum(qty) OVER (ORDER BY qty DESC, slot) AS running
          FROM market.stock_slots WHERE product_id = v_product
        ), takes AS (
          SELECT slot, least(qty, v_qty - (running - qty)) AS take FROM ranked WHERE running - qty < v_qty
        )
        UPDATE market.stock_slots s SET qty = s.qty - t.take
        FROM takes t WHERE s.product_id = v_product AND s.slot = t.slot AND t.take > 0;
      END IF;
      v_idx := v_idx + 1;
    END LOOP;
  END IF;
  FOR v_code IN SELECT jsonb_array_elements_text(v_order->'codes') LOOP
    INSERT INTO market.orders (id, region_code, code, mode, supply_date, buyer_id, buyer_name, buyer_phone, buyer_type,
      institution, user_id, origin_region_code, fulfilment, delivery_address, status, subtotal, total, channel)
    VALUES ((v_order->>'id')::uuid, p->>'region', v_code, p->>'mode', (p->>'supplyDate')::date, v_buyer,
      p->'buyer'->>'name', p->'buyer'->>'phone', p->'buyer'->>'type', p->'buyer'->>'institution',
      (v_order->>'userId')::uuid, v_order->>'origin', v_order->>'fulfilment', v_order->>'address', v_order->>'status',
      (v_order->>'total')::bigint, (v_order->>'total')::bigint, v_order->>'channel')
    ON CONFLICT (code) DO NOTHING;
    IF FOUND THEN
      v_inserted := true;
      EXIT;
    END IF;
  END LOOP;
  IF NOT v_inserted THEN
    RAISE EXCEPTION USING ERRCODE = 'MK005', MESSAGE = 'no free order code';
  END IF;
  INSERT INTO market.order_items (id, order_id, region_code, product_id, quantity, allocated, unit_price)
  SELECT x.id, (v_order->>'id')::uuid, p->>'region', x."productId", x.quantity, x.allocated, x."unitPrice"
  FROM jsonb_to_recordset(p->'items') AS x(id uuid, "productId" uuid, quantity int, allocated int, "unitPrice" bigint);
  IF p->>'mode' = 'ready' THEN
    INSERT INTO market.stock_ledger (id, region_code, product_id, entry_date, pool, kind, delta, order_id, actor)
    SELECT x."ledgerId", p->>'region', x."productId", (v_order->>'ledgerDate')::date, 'ready', 'sale', -x.quantity,
      (v_order->>'id')::uuid, v_order->>'actor'
    FROM jsonb_to_recordset(p->'items') AS x("ledgerId" uuid, "productId" uuid, quantity int);
  END IF;
  RETURN v_code;
END
$$;

-- One order alone, after the batch could not take its stock from a free slot.
CREATE OR REPLACE FUNCTION market.place_order(p jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('role', 'sinergi_app', true), set_config('sinergi.scope', p->>'scope', true);
  RETURN jsonb_build_object('ok', true, 'code', market.place_one_order(p, (p->>'start')::int,
    CASE WHEN coalesce((p->>'careful')::boolean, false) THEN 'careful' ELSE 'wait' END));
END
$$;

-- Orders arriving together, in one transaction; each is its own subtransaction, so one refused order
-- leaves the others written, and its outcome comes back in its place.
CREATE OR REPLACE FUNCTION market.place_orders(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  p jsonb;
  v_start int;
  v_results jsonb := '[]'::jsonb;
  v_state text;
BEGIN
  PERFORM set_config('role', 'sinergi_app', true), set_config('sinergi.scope', '*', true);
  FOR p IN SELECT * FROM jsonb_array_elements(batch) LOOP
    BEGIN
      -- One starting slot for the whole batch: its orders keep taking from the slot this transaction
      -- already holds, instead of locking every slot and leaving none free for the other batches.
      v_start := coalesce(v_start, (p->>'start')::int);
      v_results := v_results || jsonb_build_array(
        jsonb_build_object('ok', true, 'code', market.place_one_order(p, v_start, 'free')));
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE;
      v_results := v_results || jsonb_build_array(jsonb_build_object('ok', false, 'state', v_state, 'message', SQLERRM));
    END;
  END LOOP;
  RETURN v_results;
END
$$;
