import { arrowToRecords } from './arrow-records';
import { setField } from '../own-field';
import type { CategoryMap } from './category-map';
import { cellRef } from './cell-ref';
import {
	commaNumberColumns,
	decodeText,
	detectDecimalMark,
	detectDelimiter,
	withDecimalPoint,
	type DecimalMark,
	type Delimiter
} from './csv-dialect';
import { deriveColumns } from './derive-columns';
import { matchHeaders, type HeaderMatch } from './match-headers';
import { parseCsv, type ParsedCsv } from './parse-csv';
import { parseValue } from './parse-value';
import { FindingError, type Finding } from './finding';
import type { FoundProblem } from './problem';
import type { Workbook } from './read-xlsx';
import type { ColumnType, TypedRow } from './schema';
import type { DatasetSpec } from './schema';
import { sortRows } from './sort-rows';
import type { Place, UploadMessage } from './upload-message';
import { validateDataset } from './validate-dataset';

/** Larger files would not fit comfortably in a browser tab next to the engine. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const MAX_UPLOAD_ROWS = 2_000_000;
/** A reader fixes a file from the first few problems; the rest are counted. */
const MAX_DETAILS = 5;

/** How the file was read, said to the reader, with what they may change when detection was unsure. */
export interface ReadAs {
	/** e.g. "read as semicolon-separated, decimal comma, UTF-8". */
	note: UploadMessage;
	delimiter?: Delimiter;
	/** The delimiter was a guess: offer the choice. */
	unsure?: boolean;
	/** The decimal mark the numbers were read with. */
	decimal?: DecimalMark;
	/** The decimal mark was a guess (`1.500` reads either way, or columns disagree). */
	decimalUnsure?: boolean;
	sheets?: string[];
	sheet?: string;
}

type Columns = { name: string; type: ColumnType }[];
export type UploadResult = (
	| { ok: true; target: 'replace'; spec: DatasetSpec; columns: Columns; rows: TypedRow[] }
	| { ok: true; target: 'new'; name: string; columns: Columns; rows: TypedRow[] }
	| { ok: false; error: UploadMessage; details: UploadMessage[] }
) & { readAs?: ReadAs };

export interface UploadOptions {
	specs: readonly DatasetSpec[];
	/** Category map for harmonised columns (data/sources/category_map.csv). */
	map: CategoryMap;
	/** Parquet bytes → Arrow IPC stream (parquet-wasm). */
	decodeParquet: (bytes: Uint8Array) => Uint8Array;
	/** Reads one sheet of a workbook (read-xlsx.ts, loaded only when a workbook is chosen). */
	readWorkbook?: (bytes: Uint8Array, sheet?: string) => Workbook;
	/** The reader's choice, over the detected one. */
	delimiter?: Delimiter;
	decimal?: DecimalMark;
	sheet?: string;
	maxBytes?: number;
	maxRows?: number;
}

type Kind = 'csv' | 'parquet' | 'xlsx';
/** Where a problem is, as the reader finds it in their file: a CSV line, a Parquet row or a `sheet!cell`. */
type Locate = (line: number, column: number) => Place;

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": an .xlsx is a ZIP archive
const startsWith = (b: Uint8Array, magic: number[], at = 0) => magic.every((m, i) => b[at + i] === m);
const fail = (error: UploadMessage, details: UploadMessage[] = [], readAs?: ReadAs): UploadResult => ({
	ok: false,
	error,
	details,
	readAs
});
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** At most MAX_DETAILS lines, and a count of the rest. */
export function listProblems(lines: readonly UploadMessage[]): UploadMessage[] {
	const rest = lines.length - MAX_DETAILS;
	return rest > 0 ? [...lines.slice(0, MAX_DETAILS), { code: 'more_problems', count: rest }] : [...lines];
}

/**
 * Checks an uploaded CSV, Parquet or Excel file. A file whose columns are (mostly) those of a dataset spec must
 * pass that spec's full validation and then replaces the dataset; a file like no dataset becomes a new table.
 */
export function validateUpload(file: string, bytes: Uint8Array, options: UploadOptions): UploadResult {
	const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
	if (bytes.length === 0) return fail({ code: 'empty', file });
	if (bytes.length > maxBytes) return fail({ code: 'too_large', file, bytes: bytes.length, limit: maxBytes });
	const kind: Kind | null = /\.parquet$/i.test(file) || startsWith(bytes, MAGIC)
		? 'parquet'
		: /\.xlsx$/i.test(file)
			? 'xlsx'
			: /\.(csv|tsv|txt)$/i.test(file)
				? 'csv'
				: null;
	if (!kind) return fail({ code: 'unknown_kind', file });
	const read = readTable(file, bytes, kind, options);
	if ('error' in read) return fail(read.error, [], read.readAs);
	const { table, readAs, locate } = read;
	if (table.issues.length) {
		const [first] = table.issues;
		const at = locate(first.line, first.column);
		const detail = first.finding;
		const details = table.issues.map(
			(i): UploadMessage => ({ code: 'problem_at', at: locate(i.line, i.column), row: i.line - 1, detail: i.finding })
		);
		const error: UploadMessage =
			kind === 'xlsx' || !readAs.delimiter
				? { code: 'sheet_unreadable', file, detail, at }
				: { code: 'csv_unreadable', file, delimiter: readAs.delimiter, detail, at };
		return fail(error, listProblems(details), readAs);
	}
	if (table.header.length === 0) return fail({ code: 'empty', file }, [], readAs);
	if (table.records.length === 0) return fail({ code: 'header_only', file }, [], readAs);
	const maxRows = options.maxRows ?? MAX_UPLOAD_ROWS;
	if (table.records.length > maxRows)
		return fail({ code: 'too_many_rows', file, rows: table.records.length, limit: maxRows }, [], readAs);
	const match = matchHeaders(file, table.header, options.specs);
	const result = match ? asDataset(match, table, file, options.map, locate) : asNewTable(file, table);
	return { ...result, readAs };
}

type Read = { table: ParsedCsv; readAs: ReadAs; locate: Locate } | { error: UploadMessage; readAs?: ReadAs };

function readTable(file: string, bytes: Uint8Array, kind: Kind, options: UploadOptions): Read {
	if (kind === 'parquet') {
		if (!startsWith(bytes, MAGIC)) return { error: { code: 'not_parquet', file } };
		if (bytes.length < 12 || !startsWith(bytes, MAGIC, bytes.length - 4))
			return { error: { code: 'parquet_truncated', file } };
		try {
			const table = arrowToRecords(options.decodeParquet(bytes));
			return { table, readAs: { note: { code: 'read_parquet' } }, locate: () => null };
		} catch (e) {
			return { error: { code: 'parquet_unreadable', file, detail: message(e) } };
		}
	}
	if (kind === 'xlsx') {
		if (!startsWith(bytes, ZIP) || !options.readWorkbook) return { error: { code: 'not_xlsx', file } };
		try {
			const book = options.readWorkbook(bytes, options.sheet);
			const note: UploadMessage = { code: 'read_sheet', sheet: book.sheet, count: book.sheets.length };
			const readAs = { note, sheets: book.sheets, sheet: book.sheet };
			return { table: book.table, readAs, locate: (line, column) => ({ cell: cellRef(book.sheet, line, column - 1) }) };
		} catch (e) {
			const detail: Finding = e instanceof FindingError ? e.finding : { code: 'not_workbook' };
			return { error: { code: 'xlsx_unreadable', file, detail } };
		}
	}
	const decoded = decodeText(bytes);
	if (!decoded.ok)
		return { error: { code: 'not_text', file, encoding: decoded.encoding, line: decoded.line, byte: decoded.byte } };
	const detected = detectDelimiter(decoded.text);
	const delimiter = options.delimiter ?? detected.delimiter;
	const unsure = !options.delimiter && !detected.sure;
	let table = parseCsv(decoded.text, delimiter);
	const found = detectDecimalMark(table, delimiter);
	const decimal = options.decimal ?? found.mark;
	const decimalUnsure = !options.decimal && !found.sure;
	const commas = decimal === '.' ? [] : options.decimal ? commaNumberColumns(table) : found.columns;
	if (commas.length) table = withDecimalPoint(table, commas);
	const note: UploadMessage = {
		code: 'read_csv',
		delimiter,
		decimal,
		chosen: !!options.decimal,
		encoding: decoded.encoding,
		guessDelimiter: unsure,
		guessDecimal: decimalUnsure
	};
	return { table, readAs: { note, delimiter, unsure, decimal, decimalUnsure }, locate: (line) => ({ line }) };
}

function asDataset(match: HeaderMatch, table: ParsedCsv, file: string, map: CategoryMap, locate: Locate): UploadResult {
	const { spec } = match;
	// Derived columns (e.g. in a file exported from this app) are recomputed, not trusted.
	const keep = match.header.map((h, i) => [h, i] as const).filter(([h]) => !spec.columns.some((c) => c.derived && c.name === h));
	const csv: ParsedCsv = {
		header: keep.map(([h]) => h),
		records: table.records.map((r) => ({ line: r.line, fields: keep.map(([, i]) => r.fields[i]) })),
		issues: []
	};
	const validated = validateDataset(spec, csv, file);
	const derived = deriveColumns(spec, validated.rows, map, file, csv.header);
	const errors = [...validated.problems, ...derived.problems]
		.filter((p) => p.severity === 'error')
		.map((p) => ({ ...p, column: keep[p.column - 1]?.[1] + 1 || p.column, finding: withNearMiss(p.finding, match.nearMisses) }));
	if (errors.length) return fail(headline(spec, errors, locate), listProblems(errors.map((p) => describe(p, locate))));
	const columns = spec.columns.map((c) => ({ name: c.name, type: c.type }));
	const rows = sortRows(derived.rows, spec.key ?? [], columns.map((c) => c.name));
	return { ok: true, target: 'replace', spec, columns, rows };
}

/** An unexpected column `amout_usd` near a declared `amount_usd` says which it may be. */
function withNearMiss(finding: Finding, nearMisses: [string, string][]): Finding {
	if (finding.code !== 'unexpected_column') return finding;
	const hit = nearMisses.find(([h]) => h === finding.column);
	return hit ? { ...finding, suggestion: hit[1] } : finding;
}

function headline(spec: DatasetSpec, errors: FoundProblem[], locate: Locate): UploadMessage {
	const [title, dataset] = [spec.title, spec.name];
	const header = errors.filter((p) => p.line === 1);
	if (header.length) return { code: 'schema_columns', title, dataset, problems: header.map((p) => p.finding) };
	const [first] = errors;
	return {
		code: 'schema_row',
		title,
		dataset,
		row: first.line - 1,
		detail: first.finding,
		at: locate(first.line, first.column),
		more: errors.length - 1
	};
}

function describe(p: FoundProblem, locate: Locate): UploadMessage {
	if (p.line === 1) return { code: 'problem_columns', detail: p.finding };
	return { code: 'problem_row', row: p.line - 1, at: locate(p.line, p.column), detail: p.finding };
}

const INFER: ColumnType[] = ['INTEGER', 'BIGINT', 'DOUBLE', 'BOOLEAN', 'DATE'];

/** A file like no dataset: a new table, each column typed by the narrowest type all its values fit. */
function asNewTable(fileName: string, table: ParsedCsv): UploadResult {
	const bad = table.records.find((r) => r.fields.length !== table.header.length);
	if (bad)
		return fail({ code: 'row_fields', file: fileName, row: bad.line - 1, fields: bad.fields.length, header: table.header.length });
	const names = table.header.map((h, i) => h.trim() || `column_${i + 1}`);
	if (new Set(names).size !== names.length) return fail({ code: 'duplicate_columns', file: fileName });
	const columns = names.map((name, i) => {
		const type = INFER.find((t) => table.records.every((r) => parseValue(r.fields[i], t).ok)) ?? 'VARCHAR';
		return { name, type };
	});
	const rows = table.records.map((r) => {
		const row: TypedRow = {};
		columns.forEach((c, i) => {
			const parsed = parseValue(r.fields[i], c.type);
			setField(row, c.name, parsed.ok ? parsed.value : null);
		});
		return row;
	});
	const stem = fileName.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
	return { ok: true, target: 'new', name: `upload_${stem || 'table'}`.slice(0, 60), columns, rows };
}

