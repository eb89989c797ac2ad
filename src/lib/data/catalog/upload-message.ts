import type { DecimalMark, Delimiter } from './csv-dialect';
import type { Finding } from './finding';

/**
 * Where a problem is, as the reader finds it in their file: a CSV line or a spreadsheet's `sheet!cell`
 * (null for a Parquet row, which has no place a reader could open).
 */
export type Place = { line: number } | { cell: string } | null;

/** An encoding as found: `UTF-16LE` told by its NUL bytes carries no byte-order mark. */
export interface Encoding {
	name: string;
	noBom?: boolean;
}

/**
 * What the upload check tells the reader, as a code and its parameters. The data layer names no language:
 * `format/upload-text.ts` words each code in the page's language. A `detail` that is a Finding is the schema
 * check's, the CSV parser's or the workbook reader's; one that is text is a library's own words (Parquet
 * decoder, engine), shown as it said them.
 */
export type UploadMessage =
	| { code: 'empty'; file: string }
	| { code: 'too_large'; file: string; bytes: number; limit: number }
	| { code: 'too_many_rows'; file: string; rows: number; limit: number }
	| { code: 'unknown_kind'; file: string }
	| { code: 'not_parquet'; file: string }
	| { code: 'parquet_truncated'; file: string }
	| { code: 'parquet_unreadable'; file: string; detail: string }
	| { code: 'not_xlsx'; file: string }
	| { code: 'xlsx_unreadable'; file: string; detail: Finding }
	| { code: 'not_text'; file: string; encoding: Encoding; line: number; byte: number }
	| { code: 'csv_unreadable'; file: string; delimiter: Delimiter; detail: Finding; at: Place }
	| { code: 'sheet_unreadable'; file: string; detail: Finding; at: Place }
	| { code: 'header_only'; file: string }
	| { code: 'schema_columns'; title: string; dataset: string; problems: Finding[] }
	| {
			code: 'schema_row';
			title: string;
			dataset: string;
			row: number;
			detail: Finding;
			at: Place;
			more: number;
	  }
	| { code: 'row_fields'; file: string; row: number; fields: number; header: number }
	| { code: 'duplicate_columns'; file: string }
	// Details under an error: one problem each, then a count of the rest.
	| { code: 'problem_row'; row: number; at: Place; detail: Finding }
	| { code: 'problem_columns'; detail: Finding }
	| { code: 'problem_at'; at: Place; row: number; detail: Finding }
	| { code: 'more_problems'; count: number }
	// How the file was read.
	| { code: 'read_parquet' }
	| { code: 'read_sheet'; sheet: string; count: number }
	| {
			code: 'read_csv';
			delimiter: Delimiter;
			decimal: DecimalMark;
			chosen: boolean;
			encoding: Encoding;
			guessDelimiter: boolean;
			guessDecimal: boolean;
	  }
	// What the session did with a checked file.
	| { code: 'replaced'; file: string; title: string; dataset: string; rows: number }
	| { code: 'new_table'; file: string; name: string; rows: number }
	| { code: 'load_failed'; file: string; detail: string }
	| { code: 'restored'; name: string }
	| { code: 'restored_all' };

export type UploadCode = UploadMessage['code'];
