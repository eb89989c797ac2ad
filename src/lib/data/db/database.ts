/** A value as every Database implementation hands it out: BigInt, dates and decimals already converted. */
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

/** The one engine interface: DuckDB-WASM in the browser, its Node build in tests and at prerender. */
export interface Database {
	/** Runs a read query and returns plain rows (see `fromArrow` for the type rules). */
	query<T extends Row = Row>(sql: string): Promise<T[]>;
	/** Runs a read query and returns the result as an Arrow IPC stream (for exports). */
	queryArrow(sql: string): Promise<Uint8Array>;
	/**
	 * Loads Parquet bytes as table `name`, replacing any table of that name; resolves with its row count.
	 * `onrows` is told the rows inserted so far after each part of the file (a few row groups at a time).
	 */
	loadParquet(name: string, bytes: Uint8Array, onrows?: (rows: number) => void): Promise<number>;
	/** Cancels the query in flight, if any. */
	cancel(): Promise<void>;
	close(): Promise<void>;
}
