#!/usr/bin/env node
import path from "node:path";
// Runs a TypeScript script (benchmarks, generators) with the remaining arguments.
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error("usage: run-ts <script.ts> [args...]");
  process.exit(2);
}
process.argv = [process.argv[0] ?? "node", script, ...rest];
await import(pathToFileURL(path.resolve(script)).href);
