CREATE TABLE "registry"."business_count_deltas" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"affected" boolean,
	"delta" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."business_counts" (
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"affected" boolean,
	"n" integer NOT NULL,
	CONSTRAINT "business_counts_key" UNIQUE NULLS NOT DISTINCT("region_code","status","affected")
);
--> statement-breakpoint
CREATE INDEX "business_count_deltas_region_idx" ON "registry"."business_count_deltas" USING btree ("region_code" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "business_counts_region_idx" ON "registry"."business_counts" USING btree ("region_code" text_pattern_ops);
--> statement-breakpoint
COMMENT ON TABLE "registry"."business_counts" IS 'derived: folded from registry.business_count_deltas by registry.fold_business_counts';
--> statement-breakpoint
COMMENT ON TABLE "registry"."business_count_deltas" IS 'derived: appended by the triggers on registry.businesses (registry.business_counts_apply)';
--> statement-breakpoint
-- Made from src/server/modules/registry/register/sql/business-counts.sql by npm run db:sql.
-- Records each statement's net change to the business counters: fired once per statement on
-- registry.businesses (insert, update, delete with their transition tables; truncate), it appends
-- one row per changed (district, status, affected) to registry.business_count_deltas. Plain
-- inserts take no lock another writer waits for, so a long import never holds up a form entry in
-- its districts, nor another import. registry.fold_business_counts moves the rows into
-- registry.business_counts later. SECURITY DEFINER: both tables are read-only for the application
-- role, and a writer's scope never hides a row from the sums.
-- The key's region is left(region_code, 8), the expression of businesses.district_code.
CREATE OR REPLACE FUNCTION registry.business_counts_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- The negative of every counter, folded or not. The truncate holds the businesses' exclusive
    -- lock, so every other writer's deltas are committed and seen; a fold running meanwhile only
    -- moves amounts between the two tables, which leaves each sum the same.
    INSERT INTO registry.business_count_deltas (region_code, status, affected, delta)
    SELECT a.region_code, a.status, a.affected, -sum(a.n)::int
    FROM (
      SELECT c.region_code, c.status, c.affected, c.n FROM registry.business_counts c
      UNION ALL
      SELECT d.region_code, d.status, d.affected, d.delta FROM registry.business_count_deltas d
    ) a
    GROUP BY 1, 2, 3 HAVING sum(a.n) <> 0;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO registry.business_count_deltas (region_code, status, affected, delta)
    SELECT left(r.region_code, 8), r.status, r.affected, count(*)::int
    FROM new_rows r GROUP BY 1, 2, 3;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO registry.business_count_deltas (region_code, status, affected, delta)
    SELECT left(r.region_code, 8), r.status, r.affected, -count(*)::int
    FROM old_rows r GROUP BY 1, 2, 3;
  ELSE
    -- Most updates keep every key (a name, a timestamp, the kendala count): nothing to write.
    INSERT INTO registry.business_count_deltas (region_code, status, affected, delta)
    SELECT d.region_code, d.status, d.affected, sum(d.n)::int
    FROM (
      SELECT left(o.region_code, 8) AS region_code, o.status, o.affected, -1 AS n FROM old_rows o
      UNION ALL
      SELECT left(w.region_code, 8), w.status, w.affected, 1 FROM new_rows w
    ) d
    GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Folds the committed deltas into registry.business_counts in one transaction (the caller's) and
-- returns how many delta rows it folded. The delete sees the deltas committed when it starts;
-- later ones wait for the next fold, and a reader sees each delta in exactly one of the two
-- tables. The only writer of business_counts; an advisory lock makes a second fold running at the
-- same time wait and then fold what is left, so writers of the businesses never wait on it.
CREATE OR REPLACE FUNCTION registry.fold_business_counts() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  folded integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('registry.fold-business-counts', 0));
  WITH gone AS (
    DELETE FROM registry.business_count_deltas RETURNING region_code, status, affected, delta
  ), applied AS (
    INSERT INTO registry.business_counts AS c (region_code, status, affected, n)
    SELECT g.region_code, g.status, g.affected, sum(g.delta)::int
    FROM gone g GROUP BY 1, 2, 3 HAVING sum(g.delta) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (region_code, status, affected) DO UPDATE SET n = c.n + excluded.n
    RETURNING 1
  )
  SELECT count(*)::int INTO folded FROM gone;
  RETURN folded;
END $$;
--> statement-breakpoint
-- The number of businesses under a region prefix ('*': the whole country; else a province, regency
-- or district code), optionally of one status and one "affected" verdict: the folded counters plus
-- the deltas not yet folded, in one statement (one snapshot, so a fold committing meanwhile is
-- seen whole or not at all). The caller's scope is checked once here (a prefix outside it is
-- refused) instead of row by row by the tables' row-level security, which on every district of the
-- country would cost more than the sum itself.
CREATE OR REPLACE FUNCTION registry.business_count(prefix text, p_status text, p_affected boolean)
RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  total bigint;
BEGIN
  IF NOT platform.in_scope(prefix) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = format('region %s is outside the scope %s', prefix, current_setting('sinergi.scope', true));
  END IF;
  IF prefix = '*' THEN
    SELECT coalesce(sum(a.n), 0) INTO total
    FROM (
      SELECT c.status, c.affected, c.n FROM registry.business_counts c
      UNION ALL
      SELECT d.status, d.affected, d.delta FROM registry.business_count_deltas d
    ) a
    WHERE (p_status IS NULL OR a.status = p_status) AND (p_affected IS NULL OR a.affected = p_affected);
  ELSE
    -- Two index ranges of each table: the prefix's own code, and every code below it.
    SELECT coalesce(sum(a.n), 0) INTO total
    FROM (
      SELECT c.region_code, c.status, c.affected, c.n FROM registry.business_counts c
      UNION ALL
      SELECT d.region_code, d.status, d.affected, d.delta FROM registry.business_count_deltas d
    ) a
    WHERE (a.region_code ~>=~ prefix AND a.region_code ~<=~ prefix
           OR a.region_code ~>=~ (prefix || '.') AND a.region_code ~<~ (prefix || '/'))
      AND (p_status IS NULL OR a.status = p_status) AND (p_affected IS NULL OR a.affected = p_affected);
  END IF;
  RETURN total;
END $$;
--> statement-breakpoint
CREATE TRIGGER business_counts_insert AFTER INSERT ON registry.businesses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registry.business_counts_apply();
--> statement-breakpoint
CREATE TRIGGER business_counts_update AFTER UPDATE ON registry.businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION registry.business_counts_apply();
--> statement-breakpoint
CREATE TRIGGER business_counts_delete AFTER DELETE ON registry.businesses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION registry.business_counts_apply();
--> statement-breakpoint
CREATE TRIGGER business_counts_truncate AFTER TRUNCATE ON registry.businesses
  FOR EACH STATEMENT EXECUTE FUNCTION registry.business_counts_apply();
--> statement-breakpoint
-- The businesses already registered, folded; the triggers above hold the table's write lock until
-- this migration commits, so no write slips between the count and the first delta.
INSERT INTO registry.business_counts (region_code, status, affected, n)
SELECT left(region_code, 8), status, affected, count(*)::int FROM registry.businesses GROUP BY 1, 2, 3;
