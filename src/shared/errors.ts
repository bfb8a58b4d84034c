/**
 * An error the user can fix: its message is the whole story (what is wrong, which
 * input, what to do). Front ends print it as one line, never with a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** The input (action input / CLI flag name without dashes) the error is about, if any. */
    readonly input?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
