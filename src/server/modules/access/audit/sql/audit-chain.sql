-- Live source of access.audit_body, access.audit_seal_event, access.audit_seal_at_commit, access.audit_fresh, access.audit_append_only: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/modules/access/audit/sql/audit-chain.sql <migration-name>` writes the migration.

CREATE OR REPLACE FUNCTION access.audit_body(e access.audit_events) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor_kind, e.actor_id,
    e.actor_name, e.action, e.entity_type, e.entity_id, e.entity_region, e.before, e.after, e.request_id
  )::text
$$;

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

CREATE OR REPLACE FUNCTION access.audit_seal_at_commit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  PERFORM access.audit_seal_event(NEW.seq);
  RETURN NULL;
END $$;

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
