// Worker threads do not inherit the tsx loader registered by bin/sinergi.js: register it here,
// then run the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./dedup-worker.ts");
