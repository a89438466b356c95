// The one list of server modules, in dependency order. The app registers their routes, the job
// worker their handlers, the demo seeds them and the authorisation matrix walks their specs from
// this list: adding a module is one line here (its manifest lives in its own index.ts).
import { accessModule } from "./modules/access";
import { aidModule } from "./modules/aid";
import { linkageModule } from "./modules/linkage";
import { marketModule } from "./modules/market";
import { regionsModule } from "./modules/regions";
import { registryModule } from "./modules/registry";
import { reportsModule } from "./modules/reports";
import { trainingModule } from "./modules/training";
import type { ServerModule } from "./platform/module";

export const SERVER_MODULES: readonly ServerModule[] = [
  regionsModule,
  accessModule,
  registryModule,
  linkageModule,
  marketModule,
  aidModule,
  trainingModule,
  reportsModule,
];
