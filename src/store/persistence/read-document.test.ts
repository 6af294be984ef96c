import { describe, expect, it } from "vitest";
import { serialiseDocument } from "../../domain/document/serialise";
import { smallDocument } from "../../domain/testing/documents";
import { readDocumentText } from "./read-document";

describe("readDocumentText", () => {
  it("opens a good file, and explains a bad one as parseDocumentText does (in Chinese, with the place)", async () => {
    const good = await readDocumentText(serialiseDocument(smallDocument()));
    expect(good.ok && good.document.meta.department).toBe("测试部门");
    const bad = await readDocumentText('{\n  "format": "juesuan",\n  "version": 2,,\n}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.path).toBe("第 3 行第 16 列");
    const twice = await readDocumentText('{"format": "juesuan", "format": "juesuan"}');
    expect(!twice.ok && twice.problems[0]?.message).toBe("“format”在文件中出现了两次，请只保留一个");
  });
});
