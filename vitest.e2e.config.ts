// Browser flows (e2e/**/*.e2e.ts): Playwright driven from Vitest against the real app, started
// once by the global setup. One fork, files in sequence, generous timeouts (polls included) (the app boots its own
// PostgreSQL). Run with `npm run test:e2e`, which builds the web app first.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/support/global-setup.ts"],
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    // A page's data can take more than expect.poll's default second on a busy CI machine (the open
    // data flow saw its rows after it had given up); a condition that never comes still fails.
    expect: { poll: { timeout: 15_000 } },
  },
});
