// The one list of staff-area feature modules. To add a feature: export a WebModule from
// src/web/features/<module>/module.ts (nav entries + lazy pages) and append it here. Import only
// module.ts files: they must not import page components statically, or the pages would leave their
// lazy chunks and land in the entry bundle that the public store also downloads.
import { aidModule } from "../features/aid/module";
import { authModule } from "../features/auth/module";
import { linkageModule } from "../features/linkage/module";
import { marketModule } from "../features/market/module";
import { outcomesModule } from "../features/outcomes/module";
import { regionsModule } from "../features/regions/module";
import { registryModule } from "../features/registry/module";
import { registryImportModule } from "../features/registry-import/module";
import { reportsModule } from "../features/reports/module";
import { trainingModule } from "../features/training/module";
import { usersModule } from "../features/users/module";
import { provideSlots } from "../lib/slots";
import { composeModules, type WebModule } from "../lib/web-module";
import { placeholderModule } from "./placeholders";
import { shellModule } from "./shell-module";

export const webModules: readonly WebModule[] = [
  shellModule,
  authModule,
  usersModule,
  regionsModule,
  registryModule,
  linkageModule,
  registryImportModule,
  aidModule,
  marketModule,
  trainingModule,
  outcomesModule,
  reportsModule,
];

provideSlots(webModules.flatMap((m) => (m.slots ? [m.slots] : [])));

/** Header widgets of all modules, shown by the staff layout to the roles they name. */
export const staffHeaderWidgets = webModules.flatMap((m) => m.headerWidgets ?? []);

/** Navigation entries and pages of the staff area, placeholders filling the gaps. */
export const staffArea = composeModules(webModules, placeholderModule);
