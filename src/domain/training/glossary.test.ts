import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "./glossary";
import { SEED_PATH } from "./testing";

/**
 * seed-glossary.txt is 第四部分 of the seed (lines 509–548 of seed/000_7411fcf727f495af.txt) copied byte
 * for byte, so the test runs without the shared seed; where the seed is present it is compared too.
 */
const EXCERPT = new URL("./seed-glossary.txt", import.meta.url);

/** The section's entries: "一、term：definition", a definition running over a page break joined again. */
function parseSection(text: string): { ordinal: string; term: string; definition: string }[] {
  const entries: { ordinal: string; term: string; definition: string }[] = [];
  for (const line of text.split("\n").map((l) => l.trim())) {
    if (line === "" || line === "第四部分 名词解释") continue;
    const match = /^([一二三四五六七八九十]+)、(.+?)：(.*)$/.exec(line);
    if (match) entries.push({ ordinal: match[1] ?? "", term: match[2] ?? "", definition: match[3] ?? "" });
    else {
      const last = entries[entries.length - 1];
      if (!last) throw new Error(`text before the first entry: ${line}`);
      last.definition += line;
    }
  }
  return entries;
}

function section(seed: string): string {
  const start = seed.lastIndexOf("第四部分 名词解释");
  const end = seed.indexOf("第五部分 附件", start);
  return seed.slice(start, end);
}

describe("名词解释 (第四部分 of the seed)", () => {
  const printed = parseSection(readFileSync(EXCERPT, "utf8"));

  it("has every term of the section, in order, with the definition exactly as printed", () => {
    expect(printed).toHaveLength(18);
    expect(GLOSSARY.map(({ ordinal, term, definition }) => ({ ordinal, term, definition }))).toEqual(printed);
  });

  it("joins 十八 机关运行经费 over the seed's page break", () => {
    const entry = GLOSSARY.find((e) => e.term === "机关运行经费");
    expect(entry?.definition).toContain("包括办公及印刷费、邮电费");
    expect(entry?.definition.endsWith("公务用车运行维护费以及其他费用。")).toBe(true);
  });

  it("keeps the printed quotation marks and names the terms the tables use", () => {
    expect(GLOSSARY.map((e) => e.term)).toEqual([
      "财政拨款收入",
      "事业收入",
      "上级补助收入",
      "附属单位上缴收入",
      "经营收入",
      "其他收入",
      "使用非财政拨款结余",
      "年初结转和结余",
      "基本支出",
      "项目支出",
      "经营支出",
      "工资福利支出",
      "商品和服务支出",
      "对个人和家庭的补助支出",
      "结余分配",
      "年末结转和结余",
      "“三公”经费",
      "机关运行经费",
    ]);
  });

  it.skipIf(!existsSync(SEED_PATH))("the excerpt is the seed's own section", () => {
    const seed = readFileSync(SEED_PATH, "utf8");
    expect(`${section(seed).trimEnd()}\n`).toBe(`${readFileSync(EXCERPT, "utf8").trimEnd()}\n`);
    expect(parseSection(section(seed))).toEqual(printed);
  });
});
