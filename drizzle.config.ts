import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: [
    "./src/server/platform/schema.ts",
    "./src/server/modules/*/schema.ts",
    "./src/server/modules/*/schema-*.ts",
  ],
  out: "./drizzle",
  schemaFilter: ["platform", "regions", "access", "registry", "linkage", "aid", "market", "training"],
});
