/** Where the pipeline reports progress. The action maps it onto @actions/core, the CLI onto stderr. */
export interface Annotation {
  file?: string;
  line?: number;
  title?: string;
}

export interface Log {
  info(message: string): void;
  notice(message: string, where?: Annotation): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** A Log that keeps everything in memory (tests, and callers that want the findings). */
export class MemoryLog implements Log {
  readonly lines: { level: string; message: string; where?: Annotation }[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  notice(message: string, where?: Annotation): void {
    this.lines.push({ level: 'notice', message, where });
  }
  warning(message: string, where?: Annotation): void {
    this.lines.push({ level: 'warning', message, where });
  }
  error(message: string, where?: Annotation): void {
    this.lines.push({ level: 'error', message, where });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: name });
    return fn();
  }
  text(level?: string): string {
    return this.lines
      .filter((l) => !level || l.level === level)
      .map((l) => l.message)
      .join('\n');
  }
}
