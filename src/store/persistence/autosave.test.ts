import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Autosaver } from "./autosave";

describe("Autosaver", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("saves a change after a quiet spell at once", async () => {
    const save = vi.fn(async () => undefined);
    const saver = new Autosaver({ save });
    saver.changed();
    expect(save).not.toHaveBeenCalled(); // not inside the change itself
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.busy).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    saver.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it("starts the save after a quiet spell when its scheduler says (after the paint), or on flush", async () => {
    const save = vi.fn(async () => undefined);
    const scheduled: (() => void)[] = [];
    const cancelled: number[] = [];
    const saver = new Autosaver({
      save,
      scheduleLeading: (run) => {
        scheduled.push(run);
        const index = scheduled.length - 1;
        return () => cancelled.push(index);
      },
    });
    saver.changed();
    saver.changed();
    await vi.advanceTimersByTimeAsync(50);
    expect(save).not.toHaveBeenCalled();
    expect(scheduled).toHaveLength(1);
    scheduled[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(300);
    saver.changed();
    await saver.flush(); // page hide: saved at once, the scheduled call is withdrawn
    expect(save).toHaveBeenCalledTimes(2);
    expect(cancelled).toContain(1);
  });

  it("changes in the same task join the immediate save", async () => {
    const save = vi.fn(async () => undefined);
    const saver = new Autosaver({ save });
    saver.changed();
    saver.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.busy).toBe(false);
  });

  it("saves the rest of a burst once, 300 ms after its last change", async () => {
    const save = vi.fn(async () => undefined);
    const saver = new Autosaver({ save });
    saver.changed();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    saver.changed();
    await vi.advanceTimersByTimeAsync(200);
    saver.changed();
    await vi.advanceTimersByTimeAsync(299);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saver.busy).toBe(false);
  });

  it("never lets a change wait longer than maxWait while changes keep coming", async () => {
    const save = vi.fn(async () => undefined);
    const saver = new Autosaver({ save, delay: 300, maxWait: 1000 });
    saver.changed(); // saved at once
    await vi.advanceTimersByTimeAsync(0);
    for (let t = 0; t < 1000; t += 100) {
      await vi.advanceTimersByTimeAsync(100);
      saver.changed();
    }
    expect(save).toHaveBeenCalledTimes(1);
    // The change at 100 ms waits at most 1,000 ms: saved at 1,100 ms although changes keep coming.
    await vi.advanceTimersByTimeAsync(99);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it("runs one save at a time and saves changes made during a save afterwards", async () => {
    let release: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const saver = new Autosaver({ save });
    saver.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    saver.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(2);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.busy).toBe(false);
  });

  it("flush saves what waits at once and waits for it", async () => {
    const saved: number[] = [];
    const saver = new Autosaver({ save: async () => void saved.push(Date.now()) });
    saver.changed();
    saver.changed();
    await saver.flush();
    expect(saved).toHaveLength(1);
    expect(saver.busy).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(1);
  });

  it("a failed save does not stop later ones; cancel drops what waits", async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error("full")).mockResolvedValue(undefined);
    const saver = new Autosaver({ save });
    saver.changed();
    await vi.advanceTimersByTimeAsync(300);
    saver.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    saver.changed();
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });
});
