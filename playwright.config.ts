import { defineConfig } from "@playwright/test";
import { DEV_PORT, DEV_URL, PREVIEW_PORT, PREVIEW_URL } from "./e2e/fixtures/servers";

// Playwright never downloads browsers here: we drive the system Chromium (Debian package `chromium`).
// scripts/test.mjs resolves the path and passes it on as CHROMIUM_PATH.
const executablePath =
  process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || "/usr/bin/chromium";

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // Tests must be deterministic: no retries, locally or in CI.
  retries: 0,
  // 2 cores: one worker in CI (the preview server needs CPU too), two locally.
  workers: isCI ? 1 : 2,
  forbidOnly: isCI,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  webServer: [
    {
      command: `./node_modules/.bin/vite build && ./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      url: PREVIEW_URL,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // `npm start`'s server: AG Grid's ValidationModule is registered in development only.
      command: `./node_modules/.bin/vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: DEV_URL,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
  use: {
    baseURL: PREVIEW_URL,
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
