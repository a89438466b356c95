// Vitest global setup for the browser flows: one app server for the whole run; tests read its
// address with inject("baseURL").
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(root, "dist/web/index.html"))) {
    throw new Error("dist/web is missing: run `npm run test:e2e` (it builds first) or `npx vite build`.");
  }
  const server = await startServer();
  project.provide("baseURL", server.baseURL);
  return server.stop;
}
