import { tableToIPC as esmTableToIPC, type Table } from 'apache-arrow';
import type { Database, Row } from './database';
import { fromArrow } from './from-arrow';

/** What the browser (async) and Node (blocking) DuckDB-WASM connections have in common. */
export interface WasmConnection {
	query(sql: string): Table | Promise<Table>;
	insertArrowFromIPCStream(
		buffer: Uint8Array,
		options: { name: string; create?: boolean }
	): void | Promise<void>;
	cancelSent(): boolean | Promise<boolean>;
	close(): void | Promise<void>;
}

/**
 * Turns Parquet bytes into an Arrow IPC stream, or into several (one per row group) to keep memory low
 * (parquet-wasm: DuckDB-WASM 1.32 has no Parquet reader).
 */
export type ParquetDecoder = (
	bytes: Uint8Array
) => Uint8Array | Promise<Uint8Array> | AsyncIterable<Uint8Array>;

/** Wraps a DuckDB-WASM connection in the Database interface; the same code runs in the browser and Node. */
export function databaseFromConnection(
	conn: WasmConnection,
	decode: ParquetDecoder,
	// In Node the engine's CommonJS build uses Arrow's CJS copy; its tables need that copy's writer.
	tableToIPC: (table: Table, format: 'stream') => Uint8Array = esmTableToIPC
): Database {
	// DuckDB-WASM connections run one statement at a time; serialise so callers may overlap.
	let tail: Promise<unknown> = Promise.resolve();
	const serial = <T>(work: () => Promise<T>): Promise<T> => {
		const run = tail.then(work, work);
		tail = run.catch(() => undefined);
		return run;
	};

	return {
		query: <T extends Row = Row>(sql: string) => serial(async () => fromArrow<T>(await conn.query(sql))),
		queryArrow: (sql) => serial(async () => tableToIPC(await conn.query(sql), 'stream')),
		loadParquet: (name, bytes, onrows) =>
			serial(async () => {
				const decoded = await decode(bytes);
				const chunks = decoded instanceof Uint8Array ? [decoded] : decoded;
				const quoted = `"${name.replaceAll('"', '""')}"`;
				const count = async () =>
					fromArrow<{ n: number }>(await conn.query(`SELECT count(*) AS n FROM ${quoted}`))[0].n;
				await conn.query(`DROP TABLE IF EXISTS ${quoted}`);
				let create = true;
				let rows: number | null = null;
				for await (const ipc of chunks) {
					await conn.insertArrowFromIPCStream(ipc, { name, create });
					create = false;
					if (onrows) onrows((rows = await count())); // a few times per file at most (MAX_CHUNKS)
				}
				return rows ?? (await count());
			}),
		cancel: async () => {
			await conn.cancelSent();
		},
		close: async () => {
			await conn.close();
		}
	};
}
