import { test } from "./fixtures/app";
import { EditorPage, expect } from "./pages/editor.page";
import { ReviewPage } from "./pages/review.page";
import { TrainingPage } from "./pages/training.page";

/*
 * Going to a cell from the side panel puts the keyboard focus on that cell, also when it was out of view
 * (a small window): the next keystroke edits it.
 */

test.use({ viewport: { width: 1280, height: 720 } });

test("a finding's jump to a cell out of view focuses it: the next key edits it", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.unfoldSidePanel();
  // C-2 names 06's row 30399 (far down the table); the jump selects its amount.
  const finding = page.getByTestId("finding-C-2").filter({ hasText: "30399" });
  await finding.locator(".finding-main").click();
  await expect(editor.nav("06")).toHaveAttribute("aria-current", "page");
  await editor.expectFocused("06", "30399", "决算数");
  await page.keyboard.type("12.5", { delay: 0 });
  await page.keyboard.press("Enter");
  await editor.expectText("06", "30399", "决算数", "12.50");
});

test("a comment thread's place and a trace step focus their cell, switching table", async ({ page }) => {
  const editor = new TrainingPage(page);
  const review = new ReviewPage(page);
  await editor.open();
  await editor.showTable("06");
  await editor.focusCell("06", "30399", "决算数");
  await review.openComments();
  await review.signIn("李会计");
  await review.commentSelectedCell("这一行的名称要核对");

  await editor.showTable("01");
  await review.thread("这一行的名称要核对").locator(".comment-where").click();
  await editor.expectFocused("06", "30399", "决算数");
  await page.keyboard.type("3", { delay: 0 });
  await page.keyboard.press("Enter");
  await editor.expectText("06", "30399", "决算数", "3.00");

  await editor.showTable("03");
  await editor.traceFrom("03", "20103", "基本支出");
  await editor.traceStep("03|2010350|基本支出").click();
  await editor.expectFocused("03", "2010350", "基本支出");
  await page.keyboard.type("8", { delay: 0 });
  await page.keyboard.press("Enter");
  await editor.expectText("03", "2010350", "基本支出", "8.00");
});
