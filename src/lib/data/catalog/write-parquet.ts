// Build time only (Node): writes one dataset as Parquet with the native DuckDB engine.
import { DuckDBInstance, dateValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { CellValue, ColumnType, DatasetSpec, TypedRow } from './schema';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

function append(appender: DuckDBAppender, type: ColumnType, value: CellValue) {
	if (value === null) return appender.appendNull();
	switch (type) {
		case 'VARCHAR':
			return appender.appendVarchar(String(value));
		case 'INTEGER':
			return appender.appendInteger(value as number);
		case 'BIGINT':
			return appender.appendBigInt(BigInt(value as number));
		case 'DOUBLE':
			return appender.appendDouble(value as number);
		case 'BOOLEAN':
			return appender.appendBoolean(value as boolean);
		case 'DATE': {
			const [year, month, day] = String(value).split('-').map(Number);
			return appender.appendDate(dateValue({ year, month, day }));
		}
	}
}

export interface ParquetWriter {
	/** Creates a typed table, appends the rows in the given order and copies it to `path` (ZSTD). */
	write(spec: DatasetSpec, rows: readonly TypedRow[], path: string): Promise<void>;
	close(): void;
}

/** One single-threaded in-memory engine for a whole build: single thread keeps the bytes deterministic. */
export async function openParquetWriter(): Promise<ParquetWriter> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn: DuckDBConnection = await instance.connect();
	return {
		async write(spec, rows, path) {
			const table = ident(spec.name);
			const columns = spec.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ');
			await conn.run(`CREATE OR REPLACE TABLE ${table} (${columns})`);
			const appender = await conn.createAppender(spec.name);
			for (const row of rows) {
				for (const c of spec.columns) append(appender, c.type, row[c.name] ?? null);
				appender.endRow();
			}
			appender.closeSync();
			await conn.run(
				`COPY (SELECT * FROM ${table}) TO ${literal(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`
			);
			await conn.run(`DROP TABLE ${table}`);
		},
		close() {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

/** Reads back a Parquet file's column types and row count (used by tests and the up-to-date check). */
export async function describeParquet(path: string): Promise<{ columns: { name: string; type: string }[]; rows: number }> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${literal(path)})`)).getRowObjectsJS();
		const count = (await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet(${literal(path)})`)).getRowObjectsJS();
		return {
			columns: described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) })),
			rows: Number(count[0].n)
		};
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}
