import { describe, expect, it } from "vitest";
import { CheckSession, RULES } from "../checks";
import { CANONICAL_TABLE_IDS } from "../templates/types";
import { template2023, template2023Rows24, templateShanghai } from "../testing/templates";
import { Workbook } from "../workbook/workbook";
import { relationJoins, structureStates } from "./relation-joins";
import { buildStructureMap, relationCount } from "./structure-map";
import { sampleWithFindings } from "./testing";

const map = buildStructureMap(template2023);
const relation = (id: string) => {
  const found = map.relations.find((r) => r.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
};
const pair = (key: string) => map.pairs.find((p) => p.key === key);
const names = (key: string) => pair(key)?.relations.map((r) => r.rule ?? r.id);

describe("the structure map of the 2023 template", () => {
  it("has every 表间 rule of the catalog exactly once, and no other rule", () => {
    const crossRules = RULES.filter((r) => r.group === "表间").map((r) => r.id);
    const mapped = map.relations.filter((r) => r.kind === "校验").map((r) => r.rule);
    expect([...mapped].sort()).toEqual([...crossRules].sort());
    expect(new Set(mapped).size).toBe(mapped.length);
    expect(relationCount(map)).toEqual({ 派生: 12, 校验: crossRules.length, total: 12 + crossRules.length });
  });

  it("has every cross-table formula spec of the template once: 01 from 02/03/04, 04 from 05/07/08", () => {
    const cross = template2023.formulas.filter(
      (spec) =>
        (spec.kind === "sum" && spec.terms.some((t) => t.table !== spec.target.table)) ||
        (spec.kind === "mirror" && spec.source.table !== spec.target.table),
    );
    expect(relationCount(map).派生).toBe(cross.length);
    const derivations = map.relations.filter((r) => r.kind === "派生");
    expect(derivations.map((r) => r.pairs.join())).toEqual([
      ...["01-04", "01-04", "01-04"],
      ...["01-02", "01-02", "01-02", "01-02", "01-02"],
      "01-03",
      ...["04-05", "04-07", "04-08"],
    ]);
  });

  it("groups relations by table pair; a rule comparing three tables is in each pair it compares", () => {
    expect(names("01-03")).toEqual(["派生:8", "X-04", "X-05", "X-17"]);
    expect(names("05-06")).toEqual(["X-12", "X-18"]);
    expect(names("06-09")).toEqual(["X-16"]);
    expect(relation("校验:X-02").pairs).toEqual(["01-02", "02-04"]);
    expect(relation("校验:X-02").tables).toEqual(["01", "02", "04"]);
    expect(names("02-04")).toEqual(["X-02"]);
    expect(pair("04-05")).toMatchObject({ derivations: 1, checks: 2 });
    // Tables that never meet directly have no pair.
    expect(pair("01-09")).toBeUndefined();
  });

  it("describes relations in Chinese from the data", () => {
    const mirror = relation("派生:8");
    expect(mirror).toMatchObject({
      kind: "派生",
      tables: ["01", "03"],
      title: "01表 各类级行·决算数 ← 03表 本年支出合计",
      description:
        "01表 26 个支出功能分类类级行的“决算数”，逐行取自 03表 同一编码类级科目的“本年支出合计”，不需重复填报。",
    });
    expect(relation("派生:0").formula).toBe(
      "01表 一般公共预算财政拨款收入·决算数 = 04表 一般公共预算财政拨款·金额",
    );
    expect(relation("校验:X-12")).toMatchObject({
      kind: "校验",
      severity: "error",
      title: "X-12 05表 合计·基本支出 = 06表 人员经费合计 + 公用经费合计",
    });
    expect(
      buildStructureMap(template2023Rows24).relations.find((r) => r.id === "派生:8")?.description,
    ).toContain("24 个支出功能分类类级行");
  });

  it("names 上海's tables as 上海 prints them: 三公 (09) is 表七, 政府性基金 (07) 表八", () => {
    const shanghai = buildStructureMap(templateShanghai);
    const found = (id: string) => shanghai.relations.find((r) => r.id === id);
    expect(found("派生:8")?.title).toBe("表一 各类级行·决算数 ← 表三 本年支出合计");
    expect(found("校验:X-16")?.title).toBe("X-16 表七 决算数 ≥ 表六 对应基本支出");
    expect(shanghai.pairs.find((p) => p.key === "04-07")?.names).toEqual(["表四", "表八"]);
    expect(shanghai.nodes.find((n) => n.id === "09")?.label).toBe("表七");
    expect(pair("04-07")?.names).toEqual(["04表", "07表"]);
  });

  it("counts the relations inside each table", () => {
    const node = (id: string) => map.nodes.find((n) => n.id === id);
    expect(map.nodes.map((n) => n.id)).toEqual([...CANONICAL_TABLE_IDS]);
    expect(node("06")).toMatchObject({ label: "公开06表", title: "一般公共预算财政拨款基本支出决算明细表" });
    // hierarchy, 人员经费合计, 公用经费合计
    expect(node("06")?.within.derivations).toBe(3);
    expect(node("06")?.within.rules).toEqual(["R06-1", "R06-2", "R06-3", "R06-4", "C-2", "C-4"]);
    expect(node("03")?.within).toEqual({
      derivations: 2,
      rules: ["R02-4", "R03-1", "R03-2", "R03-3", "R03-4", "C-1", "C-4"],
    });
    expect(map.general).toEqual(["R09-5"]);
    // Every rule of the catalog is somewhere: a relation, a table, or general.
    const placed = new Set([
      ...map.relations.flatMap((r) => (r.rule ? [r.rule] : [])),
      ...map.nodes.flatMap((n) => n.within.rules),
      ...map.general,
    ]);
    expect([...placed].sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe("the structure map on the sample", () => {
  const { workbook, findings } = sampleWithFindings();

  it("joins the cells of a relation on the open document", () => {
    expect(relationJoins(workbook, map, relation("校验:X-12"), { findings })).toEqual([
      {
        left: ["05|合计|基本支出"],
        right: ["06|人员经费合计|决算数", "06|公用经费合计|决算数"],
        key: "X-12|05|合计|基本支出|06|人员经费合计|决算数",
        rel: "=",
        state: "ok",
      },
    ]);
    // The mirror joins only the class rows 03 has (201, 208, 210, 215, 221).
    const mirror = relationJoins(workbook, map, relation("派生:8"), { findings });
    expect(mirror.map((j) => [j.left[0], j.right[0], j.state])).toEqual(
      ["201", "208", "210", "215", "221"].map((code) => [
        `01|${code}|决算数`,
        `03|${code}|本年支出合计`,
        "ok",
      ]),
    );
  });

  it("restricts the joins of a rule to one table pair", () => {
    const x02 = relation("校验:X-02");
    expect(relationJoins(workbook, map, x02, { pair: "02-04" }).map((j) => j.right)).toEqual([
      ["04|本年收入合计|金额"],
    ]);
    expect(relationJoins(workbook, map, x02, { pair: "01-02" })[0]?.right).toHaveLength(3);
    // X-19 compares names: on 03-05 the seed prints 2101103 as 公务员医疗补助 and 公务员医疗保险.
    const x19 = relationJoins(workbook, map, relation("校验:X-19"), { pair: "03-05", findings });
    expect(x19.filter((j) => j.state !== "ok")).toEqual([
      { left: ["03|2101103|名称"], right: ["05|2101103|名称"], rel: "=", state: "warning" },
    ]);
  });

  it("an emptiness check (X-15) joins 07's 合计 with 04's 政府性基金 cells, side by side", () => {
    const joins = relationJoins(workbook, map, relation("校验:X-15"), { pair: "04-07", findings });
    expect(joins).toHaveLength(1);
    expect(joins[0]?.left.every((id) => id.startsWith("07|合计|"))).toBe(true);
    expect(joins[0]?.right).toEqual([
      "04|政府性基金预算财政拨款|金额",
      "04|年初结转和结余·政府性基金预算财政拨款|金额",
      "04|本年支出合计|政府性基金预算财政拨款",
      "04|年末财政拨款结转和结余|政府性基金预算财政拨款",
    ]);
    expect(joins[0]?.state).toBe("ok");
  });

  it("takes each pair's, relation's and table's state from the findings", () => {
    const states = structureStates(workbook, map, findings);
    // The seed's real mistakes: 02 lacks 2101103 (X-17 joins 03, 02 and 01's carry-over) …
    expect(states.relations["校验:X-17"]).toBe("error");
    expect(states.pairs["02-03"]).toBe("error");
    // … 06 30110 3.34 against 05's 3.32 (X-18, a hint) and the 2101103 name (X-19).
    expect(states.pairs["05-06"]).toBe("warning");
    expect(states.pairs["03-05"]).toBe("warning");
    // What agrees: 01 ↔ 04, 04 ↔ 05, 06 ↔ 09, and 05 ↔ 06 on 基本支出.
    expect(states.pairs["01-04"]).toBe("ok");
    expect(states.pairs["04-05"]).toBe("ok");
    expect(states.pairs["06-09"]).toBe("ok");
    expect(states.relations["校验:X-12"]).toBe("ok");
    // Within tables: 09's budget (R09-1/2) is wrong; 04 only has the 0.01 tails.
    expect(states.tables["09"]).toBe("error");
    expect(states.tables["02"]).toBe("error");
    expect(states.tables["04"]).toBe("尾差");
    expect(states.tables["07"]).toBe("ok");
  });

  it("a stated 01 class row that disagrees with 03 turns the 01 ← 03 derivation red", () => {
    const book = new Workbook(structuredClone(workbook.doc));
    book.apply([{ kind: "set", table: "01", row: "201", col: "决算数", value: "80.00" }]);
    const after = new CheckSession(book).findings();
    const states = structureStates(book, map, after);
    expect(states.relations["派生:8"]).toBe("error");
    expect(states.relations["校验:X-05"]).toBe("error");
    expect(states.pairs["01-03"]).toBe("error");
    const join = relationJoins(book, map, relation("派生:8"), { findings: after }).find(
      (j) => j.left[0] === "01|201|决算数",
    );
    expect(join?.state).toBe("error");
  });
});
