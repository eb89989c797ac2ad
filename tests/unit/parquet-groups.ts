// A bundled Parquet file rewritten with smaller row groups, so that it loads in several parts.
import { readFileSync } from 'node:fs';
import * as pq from 'parquet-wasm/node';

/** `data/<file>` rewritten with row groups of at most `rows` rows (the bundled files have one group). */
export function inRowGroupsOf(file: string, rows: number): Uint8Array {
	const table = pq.readParquet(readFileSync(`data/${file}`));
	return pq.writeParquet(table, new pq.WriterPropertiesBuilder().setMaxRowGroupSize(rows).build());
}
