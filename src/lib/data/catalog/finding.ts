import type { ColumnType } from './schema';

/**
 * A finding of the file checks a reader's upload goes through, as a code and its parameters (names and values
 * as found). `format/finding-text.ts` words it in the page's language; `findingMessage` in English for the
 * build's own `file:line` report.
 */
export type Finding =
	// The CSV reader.
	| { code: 'stray_quote' }
	| { code: 'text_after_quote' }
	| { code: 'unterminated_quote' }
	// The workbook reader: a cell, then the workbook itself.
	| { code: 'cell_error'; formula: boolean; value: string }
	| { code: 'formula_no_result' }
	| { code: 'date_not_date'; serial: number }
	| { code: 'date_1900_leap' }
	| { code: 'not_workbook' }
	| { code: 'part_too_large'; part: string; megabytes: number }
	| { code: 'no_sheet'; sheet: string; sheets: string[] }
	| { code: 'no_sheets' }
	| { code: 'sheet_missing'; sheet: string }
	// A dataset's schema.
	| { code: 'duplicate_column'; column: string }
	| { code: 'unexpected_column'; column: string; dataset: string; suggestion?: string }
	| { code: 'derived_column'; column: string }
	| { code: 'missing_column'; column: string }
	| { code: 'field_count'; expected: number; found: number }
	| { code: 'wrong_type'; column: string; type: ColumnType; value: string }
	| { code: 'required'; column: string }
	| { code: 'pattern'; column: string; value: string; pattern: string }
	| { code: 'not_allowed'; column: string; value: string; allowed: readonly string[] }
	| { code: 'qualifier_required'; column: string; figure: string }
	| { code: 'qualifier_empty'; column: string; figure: string }
	| { code: 'relay_required'; column: string; relays: string }
	| { code: 'relay_empty'; column: string; relays: string }
	| { code: 'duplicate_key'; key: readonly string[]; value: string; firstLine: number }
	| { code: 'unmapped_label'; column: string; label: string; dimension: string };

export type FindingCode = Finding['code'];

/** Thrown where a check stops at its first finding (the workbook reader): the finding travels with it. */
export class FindingError extends Error {
	constructor(
		readonly finding: Finding,
		options?: ErrorOptions
	) {
		super(findingMessage(finding), options);
	}
}

const TYPE_WORDS: Record<ColumnType, string> = {
	VARCHAR: 'text',
	INTEGER: 'an INTEGER',
	BIGINT: 'a BIGINT',
	DOUBLE: 'a number (DOUBLE)',
	BOOLEAN: 'true or false',
	DATE: 'a DATE (YYYY-MM-DD)'
};
const quoted = JSON.stringify;

/** A finding in English, as the build reports it. */
export function findingMessage(f: Finding): string {
	switch (f.code) {
		case 'stray_quote':
			return 'stray quote inside a field (quote the whole field and double inner quotes)';
		case 'text_after_quote':
			return 'text after the closing quote of a field';
		case 'unterminated_quote':
			return 'unterminated quoted field';
		case 'cell_error':
			return `${f.formula ? 'formula result' : 'cell'} is the error ${f.value}`;
		case 'formula_no_result':
			return 'formula has no saved result (open and save the file in a spreadsheet)';
		case 'date_not_date':
			return `${f.serial} is in a date format but is no date`;
		case 'date_1900_leap':
			return 'the date 29 February 1900 did not exist (a spreadsheet leap-year error)';
		case 'not_workbook':
			return 'it is not an Excel workbook';
		case 'part_too_large':
			return `${f.part} unpacks to more than ${f.megabytes} MB`;
		case 'no_sheet':
			return `it has no sheet named ${quoted(f.sheet)} (sheets: ${f.sheets.join(', ')})`;
		case 'no_sheets':
			return 'it has no sheets';
		case 'sheet_missing':
			return `its sheet ${quoted(f.sheet)} could not be found inside the file`;
		case 'duplicate_column':
			return `duplicate column ${quoted(f.column)}`;
		case 'unexpected_column':
			return f.suggestion
				? `unexpected column ${quoted(f.column)} (did you mean ${quoted(f.suggestion)}?)`
				: `unexpected column ${quoted(f.column)} (not declared in the ${f.dataset} spec)`;
		case 'derived_column':
			return `column ${quoted(f.column)} is derived by the build and must not be in the CSV`;
		case 'missing_column':
			return `missing column ${quoted(f.column)}`;
		case 'field_count':
			return `expected ${f.expected} fields, found ${f.found}`;
		case 'wrong_type':
			return `${f.column}: expected ${TYPE_WORDS[f.type]}, got ${quoted(f.value)}`;
		case 'required':
			return `${f.column}: a value is required`;
		case 'pattern':
			return `${f.column}: ${quoted(f.value)} does not match ${f.pattern}`;
		case 'not_allowed':
			return `${f.column}: unknown value ${quoted(f.value)} (allowed: ${f.allowed.join(', ')})`;
		case 'qualifier_required':
			return `${f.column}: ${f.figure} is given, so its qualifier is required`;
		case 'qualifier_empty':
			return `${f.column}: ${f.figure} is empty, so the qualifier must be empty`;
		case 'relay_required':
			return `${f.column}: ${f.relays} is secondary, so say who relayed the figure`;
		case 'relay_empty':
			return `${f.column}: ${f.relays} is not secondary, so this must be empty`;
		case 'duplicate_key':
			return `duplicate key (${f.key.join(', ')}) = ${f.value}, first on line ${f.firstLine}`;
		case 'unmapped_label':
			return `unmapped label: ${f.column} ${quoted(f.label)} has no row for dimension ${quoted(f.dimension)} in category_map.csv`;
	}
}
