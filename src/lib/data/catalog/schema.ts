/** Declared shape of one dataset: the source CSV it is built from and the columns of its Parquet file. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	description: string;
	/** A row without a value here is rejected. */
	required?: boolean;
	/** Closed vocabulary: any other value is rejected (after trimming). */
	allowed?: readonly string[];
	/** Filled by the build (harmonisation, qualifiers), not read from the CSV. */
	derived?: boolean;
}

export interface DatasetSpec {
	/** Table name and Parquet file stem. */
	name: string;
	title: string;
	description: string;
	/** CSV file in data/sources/. */
	source: string;
	columns: readonly ColumnSpec[];
	/** Columns that identify a row: duplicates are rejected. */
	key?: readonly string[];
	/** Every row generated, not published. */
	synthetic?: boolean;
}
