/** The running total of rows written through one CountingD1. */
export class WriteMeter {
  rowsWritten = 0;

  record(result: D1Result): void {
    this.rowsWritten += result.meta.rows_written;
  }

  /** Rows written by `action`, measured from zero so that earlier calls do not count. */
  async measure(action: () => Promise<unknown>): Promise<number> {
    const before = this.rowsWritten;
    await action();
    return this.rowsWritten - before;
  }
}

class CountingStatement implements D1PreparedStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly meter: WriteMeter,
  ) {}

  bind(...values: unknown[]): D1PreparedStatement {
    return new CountingStatement(this.inner.bind(...values), this.meter);
  }

  first<T = unknown>(colName: string): Promise<T | null>;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  first<T>(colName?: string): Promise<T | null> {
    return colName === undefined ? this.inner.first<T>() : this.inner.first<T>(colName);
  }

  async run<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    const result = await this.inner.run<T>();
    this.meter.record(result);
    return result;
  }

  async all<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    const result = await this.inner.all<T>();
    this.meter.record(result);
    return result;
  }

  // `raw` and `first` return no meta; drizzle uses them only for reads.
  raw<T = unknown[]>(options: { columnNames: true }): Promise<[string[], ...T[]]>;
  raw<T = unknown[]>(options?: { columnNames?: false }): Promise<T[]>;
  raw<T = unknown[]>(options?: { columnNames?: boolean }): Promise<[string[], ...T[]] | T[]> {
    return options?.columnNames ? this.inner.raw<T>({ columnNames: true }) : this.inner.raw<T>();
  }
}

/**
 * A D1Database that delegates to a real binding and adds up `meta.rows_written` of
 * every result, so a test can see what one call of the collector costs. D1 bills
 * rows written, index entries included, and reports them only in each result's
 * meta, which the collector does not return; wrapping the binding is the one place
 * to read them without changing the code under test.
 */
export class CountingD1 implements D1Database {
  constructor(
    private readonly inner: D1Database,
    readonly meter: WriteMeter = new WriteMeter(),
  ) {}

  prepare(query: string): D1PreparedStatement {
    return new CountingStatement(this.inner.prepare(query), this.meter);
  }

  async batch<T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> {
    const results = await this.inner.batch<T>(
      statements.map((statement) => (statement instanceof CountingStatement ? statement.inner : statement)),
    );
    for (const result of results) this.meter.record(result);
    return results;
  }

  exec(query: string): Promise<D1ExecResult> {
    return this.inner.exec(query);
  }

  withSession(): D1DatabaseSession {
    throw new Error("CountingD1 does not measure sessions");
  }

  // D1 has deprecated dump(); no test needs it, and calling it would only add a warning.
  dump(): Promise<ArrayBuffer> {
    return Promise.reject(new Error("CountingD1 does not dump databases"));
  }
}
