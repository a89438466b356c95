// Worker threads do not inherit the tsx loader the server was started with: register it here,
// then run the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./engine-worker.ts");
