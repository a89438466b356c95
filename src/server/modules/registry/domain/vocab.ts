// The register's coded values live in src/shared (the web uses them too).
export * from "../../../../shared/registry-vocab";
