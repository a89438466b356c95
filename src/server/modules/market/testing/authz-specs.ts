// Every market route in the authorisation matrix: the two halves of the route table.
import type { RouteSpec } from "../../../testing/authz/types";
import { marketSpecsA } from "./authz-specs-a";
import { marketSpecsB } from "./authz-specs-b";

export const marketSpecs: RouteSpec[] = [...marketSpecsA, ...marketSpecsB];
