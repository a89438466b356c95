import { SERVER_MODULES } from "../../modules";
import { platformSpecs } from "./platform-specs";
import type { RouteSpec } from "./types";

// Each module declares its specs in its manifest (loaded lazily: they are test code).
const moduleSpecs = await Promise.all(SERVER_MODULES.map(async (m) => (await m.authzSpecs?.()) ?? []));

/** Every route's spec; a route without a spec fails the matrix test. */
export const ALL_SPECS: RouteSpec[] = [...platformSpecs, ...(moduleSpecs.flat() as RouteSpec[])];
