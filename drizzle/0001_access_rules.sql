-- Extensions and the scope predicate used by every row-level security policy.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION platform.in_scope(code text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN coalesce(current_setting('sinergi.scope', true), '') = '' THEN false
    WHEN current_setting('sinergi.scope', true) = '*' THEN true
    ELSE code = current_setting('sinergi.scope', true)
      OR starts_with(code, current_setting('sinergi.scope', true) || '.')
  END
$$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS regions_search_trgm_idx ON regions.regions USING gin (search_name gin_trgm_ops);
