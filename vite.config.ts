import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const startModules = new Set<string>();

/**
 * What the page runs at start (the entry and what it imports statically, dynamic imports excluded) in
 * one chunk beside the vendor chunks. Rolldown would otherwise split it by which lazy chunks share each
 * module (the store, money, the workbook, …): six more files at start, each compressed on its own.
 */
function collectStartModules(): Plugin {
  return {
    name: "collect-start-modules",
    apply: "build",
    buildEnd() {
      startModules.clear();
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (startModules.has(id)) continue;
        startModules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

/**
 * Large libraries in chunks of their own: the browser parses the scripts of a page in parallel (one
 * background thread per script), so medium chunks are ready sooner than one large bundle. AG Grid (with
 * its React wrapper) is loaded by the grid's dynamic import, after the first table is drawn. Each group
 * takes its own modules only (a group would otherwise pull React into AG Grid's chunk); the rest of what
 * runs at start is one chunk (collectStartModules).
 */
const vendorChunks = {
  includeDependenciesRecursively: false,
  groups: [
    { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
    {
      name: "ag-grid",
      test: /node_modules[\\/](ag-grid-community|ag-grid-react|ag-stack|@ag-grid-community)[\\/]/,
      priority: 2,
    },
    { name: "zod", test: /node_modules[\\/]zod[\\/]/, priority: 2 },
    { name: "index", test: (id: string) => startModules.has(id), priority: 1 },
  ],
};

/**
 * The grid's chunks (AG Grid and TableGrid) are imported after the first table is drawn; a module
 * preload in the page lets the browser fetch and compile them meanwhile, off the main thread.
 */
function preloadGrid(): Plugin {
  let base = "/";
  return {
    name: "preload-grid",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {});
        const grid = chunks.find(
          (c) => c.type === "chunk" && c.facadeModuleId?.endsWith("/src/ui/grid/TableGrid.tsx"),
        );
        if (grid?.type !== "chunk") return html;
        return [grid.fileName, ...grid.imports]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: "link",
            attrs: { rel: "modulepreload", crossorigin: true, href: `${base}${file}` },
            injectTo: "head" as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadGrid(), collectStartModules()],
  build: { chunkSizeWarningLimit: 1500, rolldownOptions: { output: { codeSplitting: vendorChunks } } },
  test: {
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/domain/testing/setup.ts"],
    // Property tests run for seconds; a loaded 2-core machine must not turn them into timeouts.
    testTimeout: 60_000,
    environment: "node",
  },
});
