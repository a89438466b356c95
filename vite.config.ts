// Vite build of the web app (src/web → dist/web). The API server serves dist/web and falls back to
// index.html, so routes are client-side; in development `vite` proxies /api to the local server
// (http://127.0.0.1:3000, or SINERGI_API_URL). Text output is also written as .br/.gz for the server.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress.mjs";

export default defineConfig({
  root: "src/web",
  base: "/",
  plugins: [react(), precompress()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    // The manifest lets scripts/bundle-size.mjs work out which chunks each route loads.
    manifest: true,
    target: "es2022",
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: process.env.SINERGI_API_URL ?? "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
});
