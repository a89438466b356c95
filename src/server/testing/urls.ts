/** Databases made by one test run share a prefix so the teardown can find them. */
export const RUN_PREFIX = `sinergi_t${process.env.VITEST_RUN_ID ?? process.ppid}_`;

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The maintenance database of the server, for CREATE/DROP DATABASE. */
export function adminUrl(serverUrl: string): string {
  return databaseUrl(serverUrl, "postgres");
}
