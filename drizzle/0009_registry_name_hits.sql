-- Typo-tolerant name search for the register list. Row-level security keeps non-leakproof
-- predicates (pg_trgm's <% operator, LIKE) out of index scans, so under the application role a
-- trigram search would read the whole table. This SECURITY DEFINER function runs the name scans as
-- the table owner and applies the caller's region scope itself (platform.in_scope reads the
-- transaction's sinergi.scope), returning only business ids and scores; the caller joins them back
-- under row-level security. The threshold is the caller's pg_trgm.word_similarity_threshold.
--   q       normalised search text
--   lim     cap per branch (business names, owner names); NULL = no cap. `branch` lets the caller
--           see whether a cap was reached.
--   lo, hi  optional region code range (byte-wise, as text_pattern_ops): the list's region filter,
--           so the planner can intersect the region index with the trigram index. Owner names are
--           filtered on the person's region (the registering office's region), which lets the
--           persons indexes intersect without a join first.
-- Dynamic SQL plans for the actual search text (a generic plan would not use the trigram indexes).
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
