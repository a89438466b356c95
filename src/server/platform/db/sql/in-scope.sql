-- Live source of platform.in_scope: the database runs what the latest migration defining them says,
-- and a test (src/server/platform/db/sql-sources.test.ts) fails when that differs from this file.
-- To change them: edit here, then `npm run db:sql -- src/server/platform/db/sql/in-scope.sql <migration-name>` writes the migration.

CREATE OR REPLACE FUNCTION platform.in_scope(code text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN coalesce(current_setting('sinergi.scope', true), '') = '' THEN false
    WHEN current_setting('sinergi.scope', true) = '*' THEN true
    ELSE code = current_setting('sinergi.scope', true)
      OR starts_with(code, current_setting('sinergi.scope', true) || '.')
  END
$$;
