// The register's coded values live in src/shared (the web uses them too); masking stays here.
export * from "../../../../shared/registry-vocab";

/** NIK and No. KK shown as `6271********0001` unless a permitted role reveals them. */
export function maskIdentity(value: string | null): string | null {
  if (value === null) return null;
  if (value.length <= 8) return "*".repeat(value.length);
  return `${value.slice(0, 4)}${"*".repeat(value.length - 8)}${value.slice(-4)}`;
}
