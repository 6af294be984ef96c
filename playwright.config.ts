import { defineConfig } from "@playwright/test";

// Playwright never downloads browsers here: we drive the system Chromium (Debian package `chromium`).
// scripts/test.mjs resolves the path and passes it on as CHROMIUM_PATH.
const executablePath =
  process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || "/usr/bin/chromium";

const isCI = Boolean(process.env.CI);
// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT || 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // Tests must be deterministic: no retries, locally or in CI.
  retries: 0,
  // 2 cores: one worker in CI (the preview server needs CPU too), two locally.
  workers: isCI ? 1 : 2,
  forbidOnly: isCI,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  webServer: {
    command: `./node_modules/.bin/vite build && ./node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: {
      executablePath,
      // Real scrollbars: with headless Chromium's hidden ones AG Grid reserves space that nothing fills.
      ignoreDefaultArgs: ["--hide-scrollbars"],
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    screenshot: "only-on-failure",
    trace: "off",
    video: "off",
  },
});
