-- Live source of registry.name_hits: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/modules/registry/register/sql/name-hits.sql <migration-name>` writes the migration.

CREATE OR REPLACE FUNCTION registry.name_hits(q text, lim integer, lo text DEFAULT NULL, hi text DEFAULT NULL)
RETURNS TABLE (business_id uuid, score real, branch text)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = registry, public, pg_temp
ROWS 200
AS $fn$
DECLARE
  b_region text := CASE WHEN lo IS NULL THEN '' ELSE format(' AND b.region_code ~>=~ %L AND b.region_code ~<~ %L', lo, hi) END;
  p_region text := CASE WHEN lo IS NULL THEN '' ELSE format(' AND p.region_code ~>=~ %L AND p.region_code ~<~ %L', lo, hi) END;
BEGIN
  RETURN QUERY EXECUTE format($sql$
    (SELECT b.id, word_similarity($1, b.name_norm)::real, 'business'::text
     FROM registry.businesses b
     WHERE $1 <%% b.name_norm%s AND platform.in_scope(b.region_code)
     LIMIT $2)
    UNION ALL
    (SELECT b.id, word_similarity($1, p.name_norm)::real, 'owner'::text
     FROM registry.persons p JOIN registry.businesses b ON b.owner_id = p.id
     WHERE $1 <%% p.name_norm%s AND platform.in_scope(b.region_code)
     LIMIT $2)
  $sql$, b_region, p_region) USING q, lim;
END
$fn$;
