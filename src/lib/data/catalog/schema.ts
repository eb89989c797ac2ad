/** Declared shape of one dataset: the source CSV it is built from and the columns of its Parquet file. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

/** A typed cell value after validation (DATE kept as its ISO `YYYY-MM-DD` text). */
export type CellValue = string | number | boolean | null;
export type TypedRow = Record<string, CellValue>;

/** Derived column filled from the category map (data/sources/category_map.csv). */
export interface HarmoniseRule {
	/** Published column whose label is looked up. */
	from: string;
	/** Map dimension (vocabulary) to use for a row; null means the row is not harmonised. */
	vocabulary: string | ((row: TypedRow) => string | null);
}

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	description: string;
	/** A row without a value here is rejected. */
	required?: boolean;
	/**
	 * The column may be absent from a source file (then every row's value is null), e.g. a ledger's own
	 * export without our row ids. When present, `required` and the rest apply.
	 */
	optional?: boolean;
	/** Closed vocabulary: any other value is rejected (after trimming). */
	allowed?: readonly string[];
	/** Shape a (trimmed, non-empty) VARCHAR value must match, e.g. a period `YYYY-YYYY`. */
	pattern?: RegExp;
	/** Filled by the build (harmonisation, qualifiers), not read from the CSV. */
	derived?: boolean;
	/** Names the figure column this column qualifies: a value is required iff that figure is present. */
	qualifies?: string;
	/** Says how sure a figure of the row is (a confidence word): counted in the dataset's confidence profile. */
	confidence?: boolean;
	/** Names the qualifier column this column completes: a value is required iff that qualifier is `secondary`. */
	relays?: string;
	/** Derived column: canonical label looked up in the category map. */
	harmonise?: HarmoniseRule;
	/** Derived column: computed from the validated published columns of the row. */
	compute?: (row: TypedRow) => CellValue;
}

/** Shares that should add up to about 100 within a group (e.g. year + dimension). */
export interface ShareCheck {
	value: string;
	unit: string;
	/** Units that are shares; other rows are ignored. */
	isShare: (unit: string) => boolean;
	groupBy: readonly string[];
	/** Sums outside [min, max] are reported as warnings (published breakdowns may be partial). */
	min: number;
	max: number;
}

export interface DatasetSpec {
	/** Table name and Parquet file stem. */
	name: string;
	title: string;
	description: string;
	/** CSV file in data/sources/. */
	source: string;
	columns: readonly ColumnSpec[];
	/** Columns that identify a row: duplicates are rejected; rows are written sorted by them. */
	key?: readonly string[];
	/** Every row generated, not published. */
	synthetic?: boolean;
	/** One row per person: shown only with small-cell suppression (src/lib/data/transform/suppress.ts). */
	rowLevel?: boolean;
	/** Column holding source addresses, several separated by " | " (default `source_url`). */
	sourceColumn?: string;
	/** Sources cited for the whole dataset when rows carry no addresses. */
	sources?: readonly string[];
	shareCheck?: ShareCheck;
	/** Column naming another row whose figure this row restates (another currency or report): such a row is counted once, there. */
	restates?: string;
}
