-- Live source of registry.business_counts_apply, registry.business_count: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/modules/registry/register/sql/business-counts.sql <migration-name>` writes the migration.

-- Keeps registry.business_counts exact: fired once per statement on registry.businesses (insert,
-- update, delete with their transition tables; truncate), it applies the statement's net change
-- per (district, status, affected) in one grouped upsert. The upserts run in key order, so two
-- statements that touch the same counters lock them in the same order; `n = n + excluded.n` adds
-- under the row lock, so concurrent writers never lose an update. SECURITY DEFINER: the counters
-- are read-only for the application role, and a writer's scope never hides a counter row.
-- The key's region is left(region_code, 8), the expression of businesses.district_code.
CREATE OR REPLACE FUNCTION registry.business_counts_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM registry.business_counts;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO registry.business_counts AS c (region_code, status, affected, n)
    SELECT left(r.region_code, 8), r.status, r.affected, count(*)::int
    FROM new_rows r GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (region_code, status, affected) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO registry.business_counts AS c (region_code, status, affected, n)
    SELECT left(r.region_code, 8), r.status, r.affected, -count(*)::int
    FROM old_rows r GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (region_code, status, affected) DO UPDATE SET n = c.n + excluded.n;
  ELSE
    -- Most updates keep every key (a name, a timestamp, the kendala count): nothing to write.
    INSERT INTO registry.business_counts AS c (region_code, status, affected, n)
    SELECT d.region_code, d.status, d.affected, sum(d.n)::int
    FROM (
      SELECT left(o.region_code, 8) AS region_code, o.status, o.affected, -1 AS n FROM old_rows o
      UNION ALL
      SELECT left(w.region_code, 8), w.status, w.affected, 1 FROM new_rows w
    ) d
    GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (region_code, status, affected) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;

-- The number of businesses under a region prefix ('*': the whole country; else a province, regency
-- or district code), optionally of one status and one "affected" verdict, from the counters. The
-- caller's scope is checked once here (a prefix outside it is refused) instead of row by row by
-- the table's row-level security, which on every district of the country would cost more than
-- the sum itself.
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
    SELECT coalesce(sum(c.n), 0) INTO total FROM registry.business_counts c
    WHERE (p_status IS NULL OR c.status = p_status) AND (p_affected IS NULL OR c.affected = p_affected);
  ELSE
    -- Two index ranges: the prefix's own code, and every code below it.
    SELECT coalesce(sum(c.n), 0) INTO total FROM registry.business_counts c
    WHERE (c.region_code ~>=~ prefix AND c.region_code ~<=~ prefix
           OR c.region_code ~>=~ (prefix || '.') AND c.region_code ~<~ (prefix || '/'))
      AND (p_status IS NULL OR c.status = p_status) AND (p_affected IS NULL OR c.affected = p_affected);
  END IF;
  RETURN total;
END $$;
