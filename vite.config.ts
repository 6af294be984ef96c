import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/**
 * Large libraries in chunks of their own: the browser parses the scripts of a page in parallel (one
 * background thread per script), so four medium chunks are ready sooner than one large bundle.
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes("node_modules")) return undefined;
  if (/node_modules\/(ag-grid-community|ag-stack|@ag-grid-community)\//.test(id)) return "ag-grid";
  if (/node_modules\/(react|react-dom|scheduler|ag-grid-react)\//.test(id)) return "react";
  if (/node_modules\/zod\//.test(id)) return "zod";
  return undefined;
}

export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 1500, rollupOptions: { output: { manualChunks: vendorChunk } } },
  test: {
    include: ["src/**/*.test.ts"],
    // Property tests run for seconds; a loaded 2-core machine must not turn them into timeouts.
    testTimeout: 60_000,
    environment: "node",
  },
});
