import { readdirSync } from "node:fs";
import { defineConfig } from "drizzle-kit";

// Each module owns the PostgreSQL schema named after its folder, so a new module needs no line here.
const modules = readdirSync("./src/server/modules", { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

export default defineConfig({
  dialect: "postgresql",
  schema: [
    "./src/server/platform/schema.ts",
    "./src/server/modules/*/schema.ts",
    "./src/server/modules/*/schema-*.ts",
  ],
  out: "./drizzle",
  schemaFilter: ["platform", ...modules],
});
