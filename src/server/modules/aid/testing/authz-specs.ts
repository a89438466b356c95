// Every aid route in the authorisation matrix: the parts of the route table.
import type { RouteSpec } from "../../../testing/authz/types";
import { aidSpecsA } from "./authz-specs-a";
import { aidSpecsB } from "./authz-specs-b";

export const aidSpecs: RouteSpec[] = [...aidSpecsA, ...aidSpecsB];
