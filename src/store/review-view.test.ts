import { describe, expect, it } from "vitest";
import { addThread, reply, resolveThread, reviewList, tableAnchor } from "../domain/review";
import { at, CELL, expectOk, sampleWorkbook } from "../domain/review/testing";
import { groupThreads, matchesFilter, openThreadCount } from "./review-view";

function threads() {
  let list = expectOk(
    addThread([], { id: "a", anchor: CELL, author: "王审核", text: "03 的问题", at: at(0) }),
  );
  list = expectOk(
    addThread(list, { id: "b", anchor: tableAnchor("01"), author: "张会计", text: "01 表", at: at(1) }),
  );
  list = expectOk(
    addThread(list, {
      id: "c",
      anchor: { kind: "finding", key: "k", rule: "R" },
      author: "王审核",
      text: "无表号的审核结果",
      at: at(2),
    }),
  );
  list = expectOk(reply(list, "a", { id: "r", author: "张会计", text: "好", at: at(3) }));
  return expectOk(resolveThread(list, "b", "张会计", at(4)));
}

describe("批注 panel filters and groups", () => {
  const entries = reviewList(sampleWorkbook(), threads());
  const ids = (groups: ReturnType<typeof groupThreads>) =>
    groups.map(([table, list]) => [table, list.map((e) => e.thread.id)]);

  it("groups by table in order, threads without a table last", () => {
    expect(ids(groupThreads(entries, "all", ""))).toEqual([
      ["01", ["b"]],
      ["03", ["a"]],
      ["", ["c"]],
    ]);
  });

  it("filters open, resolved and mine (written or replied to)", () => {
    expect(ids(groupThreads(entries, "open", ""))).toEqual([
      ["03", ["a"]],
      ["", ["c"]],
    ]);
    expect(ids(groupThreads(entries, "resolved", ""))).toEqual([["01", ["b"]]]);
    expect(ids(groupThreads(entries, "mine", "张会计"))).toEqual([
      ["01", ["b"]],
      ["03", ["a"]],
    ]);
    expect(entries.every((e) => !matchesFilter(e, "mine", " "))).toBe(true);
  });

  it("counts open threads", () => {
    expect(openThreadCount(threads())).toBe(2);
    expect(openThreadCount(undefined)).toBe(0);
  });
});
