// Build time only (Node): a source given as Parquet (e.g. a complete ledger exported by the Secretariat)
// is read as the CSV text it would export to, so it passes through the same validation as a CSV.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { literal } from '../sql/sql';

/**
 * The Parquet file as RFC 4180 CSV with a header: line N of the text is row N − 1 of the file, so
 * problems keep pointing at a row. Throws with DuckDB's message when the file is not valid Parquet.
 */
export async function parquetAsCsvText(path: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'igf-parquet-source-'));
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		const csv = join(dir, 'source.csv');
		await connection.run(
			`COPY (SELECT * FROM read_parquet(${literal(path)})) TO ${literal(csv)} (FORMAT csv, HEADER true, DATEFORMAT '%Y-%m-%d')`
		);
		return await readFile(csv, 'utf8');
	} finally {
		connection.closeSync();
		instance.closeSync();
		await rm(dir, { recursive: true, force: true });
	}
}
