// Every market route in the authorisation matrix: the parts of the route table.
import type { RouteSpec } from "../../../testing/authz/types";
import { marketSpecsA } from "./authz-specs-a";
import { marketSpecsB } from "./authz-specs-b";
import { marketSpecsC } from "./authz-specs-c";

export const marketSpecs: RouteSpec[] = [...marketSpecsA, ...marketSpecsB, ...marketSpecsC];
