// Registry spreadsheet import: upload, column mapping, dry run with live progress, results with
// the error report, commit, history and undo, on one lazy page at /app/impor.
import type { Role } from "../../lib/roles";
import type { WebModule } from "../../lib/web-module";

const importers: readonly Role[] = ["admin_provinsi", "operator_kabkota"];

export const registryImportModule: WebModule = {
  id: "registry-import",
  nav: [{ path: "/app/impor", labelKey: "import", roles: importers, icon: "upload", order: 41 }],
  pages: [
    {
      path: "impor",
      roles: importers,
      load: () => import("./components/import-page").then((m) => ({ default: m.ImportPage })),
    },
  ],
};
