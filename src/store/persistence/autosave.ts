export interface AutosaveOptions {
  /** Quiet time after the last change before saving (ms). */
  delay?: number;
  /** Longest a change waits while changes keep coming (ms). */
  maxWait?: number;
  /** Saves the current state; may reject (the caller reports failures itself). */
  save: () => Promise<void>;
  /**
   * Schedules the save that follows a quiet spell; returns a cancel function. The default is the next
   * task; the browser passes "after the next paint", so that saving never delays showing the edit.
   */
  scheduleLeading?: (run: () => void) => () => void;
}

function nextTask(run: () => void): () => void {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/**
 * Saving at once, without saving on every keystroke of a burst: a change after a quiet spell (no save
 * started in the last `delay` ms) is saved right away (in the next task); changes that follow are saved `delay` ms after
 * the last one, and never later than `maxWait` ms after the first unsaved one. One save runs at a time;
 * changes made during a save are saved after it.
 */
export class Autosaver {
  private readonly delay: number;
  private readonly maxWait: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private cancelLeading: (() => void) | null = null;
  private firstChange: number | null = null;
  private running: Promise<void> | null = null;
  private dirty = false;
  private disposed = false;
  private lastStart = Number.NEGATIVE_INFINITY;
  /** The pending timer is the immediate save after a quiet spell: later changes join it. */
  private leading = false;

  constructor(private readonly options: AutosaveOptions) {
    this.delay = options.delay ?? 300;
    this.maxWait = options.maxWait ?? 1000;
  }

  /** True while a change is waiting to be saved or being saved. */
  get busy(): boolean {
    return this.dirty || this.running !== null;
  }

  /** True while a save is running (it may or may not have committed yet). */
  get saving(): boolean {
    return this.running !== null;
  }

  /** A change happened. */
  changed(): void {
    if (this.disposed) return;
    this.dirty = true;
    const now = Date.now();
    this.firstChange ??= now;
    if (this.running || this.leading) return; // saved by the running save's follow-up, or the coming one
    // After a quiet spell: at once, in a task of its own (not inside the edit that triggered it).
    if (this.timer === null && now - this.lastStart >= this.delay) {
      this.clearTimer();
      this.leading = true;
      this.cancelLeading = (this.options.scheduleLeading ?? nextTask)(() => {
        this.cancelLeading = null;
        this.leading = false;
        void this.run();
      });
    } else this.arm(now);
  }

  /** Saves now if anything is waiting; resolves when everything up to now is saved (or failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.running || this.dirty) {
      if (this.running) await this.running;
      else await this.run();
    }
  }

  /** Forgets pending changes (e.g. the document was closed or became read-only). */
  cancel(): void {
    this.clearTimer();
    this.dirty = false;
    this.firstChange = null;
  }

  dispose(): void {
    this.cancel();
    this.disposed = true;
  }

  private arm(now: number): void {
    const first = this.firstChange ?? now;
    this.armIn(Math.max(0, Math.min(this.delay, first + this.maxWait - now)));
  }

  private armIn(wait: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.leading = false;
      void this.run();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.cancelLeading?.();
    this.cancelLeading = null;
    this.leading = false;
  }

  private run(): Promise<void> {
    if (this.running) return this.running;
    this.clearTimer();
    if (!this.dirty) return Promise.resolve();
    this.dirty = false;
    this.firstChange = null;
    this.lastStart = Date.now();
    const running = this.options
      .save()
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
        if (this.dirty && !this.disposed) this.arm(Date.now());
      });
    this.running = running;
    return running;
  }
}
