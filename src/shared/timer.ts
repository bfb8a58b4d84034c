/** Owns the stage timer type: how a stage's time is added to the build's timings. */
export type StageTimer = <T>(stage: string, fn: () => Promise<T>) => Promise<T>;

/** A timer that only runs the stage. */
export const noopTimer: StageTimer = (_stage, fn) => fn();
