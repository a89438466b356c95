-- Audit events are sealed inside the transaction that writes them, at its commit: a deferred
-- constraint trigger takes a transaction-level advisory lock (so writers only queue for the few
-- milliseconds of their commit), reads the chain head and chains the event. The table is
-- append-only: UPDATE, DELETE and TRUNCATE are refused by triggers (and revoked from the
-- application role at start), except the seal's own update of a fresh event.
--
-- Canonical body of an event (hash_v 2): the jsonb text of this array. The verifier (audit-chain.ts,
-- BODY_SQL) builds the same text and hashes it in the application, so a changed function here
-- cannot make a rewritten chain verify.

-- Events written before this migration keep their earlier seal format.
UPDATE access.audit_events SET hash_v = 1;

CREATE OR REPLACE FUNCTION access.audit_body(e access.audit_events) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor_kind, e.actor_id,
    e.actor_name, e.action, e.entity_type, e.entity_id, e.entity_region, e.before, e.after, e.request_id
  )::text
$$;

-- Chains one unsealed event after the current head. Callers hold the seal lock for the rest of
-- their transaction, so the head cannot move between reading it and writing the event.
CREATE OR REPLACE FUNCTION access.audit_seal_event(p_seq bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  e access.audit_events;
  v_pos bigint;
  v_prev text;
BEGIN
  PERFORM pg_advisory_xact_lock(7200002);
  SELECT * INTO e FROM access.audit_events WHERE seq = p_seq;
  IF NOT FOUND OR e.hash IS NOT NULL THEN
    RETURN;
  END IF;
  SELECT chain_pos, hash INTO v_pos, v_prev FROM access.audit_events
  WHERE chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1;
  v_pos := coalesce(v_pos, 0) + 1;
  v_prev := coalesce(v_prev, repeat('0', 64));
  UPDATE access.audit_events
  SET chain_pos = v_pos, prev_hash = v_prev, hash_v = 2,
      hash = encode(sha256(convert_to(v_prev || access.audit_body(e), 'UTF8')), 'hex')
  WHERE seq = p_seq;
END $$;

-- Events left unsealed by the earlier after-commit sealer are chained now, in commit order.
SELECT access.audit_seal_event(seq) FROM (
  SELECT seq FROM access.audit_events WHERE hash IS NULL ORDER BY seq
) AS unsealed;

CREATE OR REPLACE FUNCTION access.audit_seal_at_commit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM access.audit_seal_event(NEW.seq);
  RETURN NULL;
END $$;

-- A new event always starts unsealed: a row cannot bring its own chain position or hash.
CREATE OR REPLACE FUNCTION access.audit_fresh() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.chain_pos := NULL;
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  NEW.hash_v := 2;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION access.audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The only update allowed: the seal (called from the commit trigger) filling a fresh event's
  -- chain columns, content unchanged.
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND OLD.hash IS NULL AND OLD.chain_pos IS NULL
     AND (to_jsonb(OLD) - 'chain_pos' - 'prev_hash' - 'hash' - 'hash_v')
       = (to_jsonb(NEW) - 'chain_pos' - 'prev_hash' - 'hash' - 'hash_v') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION USING ERRCODE = '42501',
    MESSAGE = 'access.audit_events is append-only (' || TG_OP || ' refused)';
END $$;

DROP TRIGGER IF EXISTS audit_fresh ON access.audit_events;
CREATE TRIGGER audit_fresh BEFORE INSERT ON access.audit_events
  FOR EACH ROW EXECUTE FUNCTION access.audit_fresh();

DROP TRIGGER IF EXISTS audit_seal ON access.audit_events;
CREATE CONSTRAINT TRIGGER audit_seal AFTER INSERT ON access.audit_events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION access.audit_seal_at_commit();

-- The name append_only marks the table for ensureAccessRules, which revokes UPDATE/DELETE/TRUNCATE
-- from the application role.
DROP TRIGGER IF EXISTS append_only ON access.audit_events;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON access.audit_events
  FOR EACH ROW EXECUTE FUNCTION access.audit_append_only();

DROP TRIGGER IF EXISTS append_only_truncate ON access.audit_events;
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON access.audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION access.audit_append_only();
