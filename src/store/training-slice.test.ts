import { describe, expect, it } from "vitest";
import { createEditorStore } from "./store";

describe("training slice", () => {
  it("keeps the trace path: jumps extend it, 返回 walks it back, a direct selection restarts it", () => {
    const store = createEditorStore();
    const s = () => store.getState();
    s().openTrace("01|本年支出合计|决算数");
    s().pushTrace("03|201|本年支出合计");
    s().pushTrace("03|201|本年支出合计");
    s().pushTrace("03|201|基本支出");
    expect(s().tracePath).toEqual(["01|本年支出合计|决算数", "03|201|本年支出合计", "03|201|基本支出"]);
    expect(s().popTrace()).toBe("03|201|本年支出合计");
    expect(s().popTrace()).toBe("01|本年支出合计|决算数");
    expect(s().popTrace()).toBeNull();
    expect(s().tracePath).toEqual(["01|本年支出合计|决算数"]);
    s().restartTrace("06|30101|决算数");
    expect(s().tracePath).toEqual(["06|30101|决算数"]);
    s().closeTrace();
    expect(s()).toMatchObject({ traceOpen: false, tracePath: [] });
  });

  it("remembers the tour step when the tour is left; leaving 培训模式 leaves the tour and the roles view", () => {
    const store = createEditorStore();
    const s = () => store.getState();
    s().setTrainingMode(true);
    s().setTour(true, 4);
    s().setTour(false);
    expect(s()).toMatchObject({ tourActive: false, tourStep: 4 });
    s().setTour(true);
    s().setMainView("roles");
    s().setTrainingMode(false);
    expect(s()).toMatchObject({ tourActive: false, tourStep: 4, mainView: "tables" });
  });

  it("choosing a table leaves the 结构图 / 名词解释 pages but keeps the cell-role view", () => {
    const store = createEditorStore();
    const s = () => store.getState();
    s().setMainView("structure");
    s().showTable("03");
    expect(s().mainView).toBe("tables");
    s().setMainView("roles");
    s().showTable("05");
    expect(s()).toMatchObject({ mainView: "roles", activeTable: "05" });
  });
});
