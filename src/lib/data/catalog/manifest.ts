/** data/manifest.json, written by `npm run data` and read by the engine, the /data page and tests. */
export interface ColumnInfo {
	name: string;
	/** DuckDB type name, e.g. INTEGER, DOUBLE, VARCHAR, BOOLEAN. */
	type: string;
	description: string;
}

export interface DatasetInfo {
	/** Table name in the engine and file stem: `data/<name>.parquet`. */
	name: string;
	/** File name relative to the data folder. */
	file: string;
	title: string;
	description: string;
	rows: number;
	columns: ColumnInfo[];
	/** SHA-256 (hex) of the Parquet file. */
	sha256: string;
	bytes: number;
	/** Distinct source addresses behind the rows. */
	source_count: number;
	sources: string[];
	/** True when every row is generated, not published. */
	synthetic: boolean;
	/** Figures per confidence word (exact, lower bound, …); null when the dataset carries none. */
	confidence_profile: Record<string, number> | null;
}

export interface Manifest {
	built_at: string;
	datasets: DatasetInfo[];
}
