import { arrowToRecords } from './arrow-records';
import { setField } from '../own-field';
import type { CategoryMap } from './category-map';
import { deriveColumns } from './derive-columns';
import { parseCsv, type ParsedCsv } from './parse-csv';
import { parseValue } from './parse-value';
import type { Problem } from './problem';
import type { ColumnType, DatasetSpec, TypedRow } from './schema';
import { sortRows } from './sort-rows';
import { sourceColumns, validateDataset } from './validate-dataset';

/** Larger files would not fit comfortably in a browser tab next to the engine. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const MAX_UPLOAD_ROWS = 2_000_000;

export type UploadResult =
	| { ok: true; target: 'replace'; spec: DatasetSpec; columns: { name: string; type: ColumnType }[]; rows: TypedRow[] }
	| { ok: true; target: 'new'; name: string; columns: { name: string; type: ColumnType }[]; rows: TypedRow[] }
	| { ok: false; error: string; details: string[] };

export interface UploadOptions {
	specs: readonly DatasetSpec[];
	/** Category map for harmonised columns (data/sources/category_map.csv). */
	map: CategoryMap;
	/** Parquet bytes → Arrow IPC stream (parquet-wasm). */
	decodeParquet: (bytes: Uint8Array) => Uint8Array;
	maxBytes?: number;
	maxRows?: number;
}

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const hasMagic = (b: Uint8Array, at: number) => MAGIC.every((m, i) => b[at + i] === m);
const fail = (error: string, details: string[] = []): UploadResult => ({ ok: false, error, details });

/**
 * Checks an uploaded CSV or Parquet file. A file whose columns are (mostly) those of a dataset spec must
 * pass that spec's full validation and then replaces the dataset; a file like no dataset becomes a new table.
 */
export function validateUpload(fileName: string, bytes: Uint8Array, options: UploadOptions): UploadResult {
	const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
	if (bytes.length === 0) return fail(`${fileName} is empty.`);
	if (bytes.length > maxBytes)
		return fail(`${fileName} is too large for this browser (${mb(bytes.length)}; the limit is ${mb(maxBytes)}).`);
	const parquet = /\.parquet$/i.test(fileName) || hasMagic(bytes, 0);
	let table: ParsedCsv;
	if (parquet) {
		if (!hasMagic(bytes, 0)) return fail(`${fileName} is not a Parquet file (it does not start with the Parquet marker "PAR1").`);
		if (bytes.length < 12 || !hasMagic(bytes, bytes.length - 4))
			return fail(`${fileName} is truncated: a Parquet file ends with "PAR1" and this one does not (was the download cut short?).`);
		try {
			table = arrowToRecords(options.decodeParquet(bytes));
		} catch (e) {
			return fail(`${fileName} could not be read as Parquet: ${e instanceof Error ? e.message : String(e)}`);
		}
	} else {
		if (!/\.(csv|txt)$/i.test(fileName)) return fail(`${fileName} is neither a CSV (.csv) nor a Parquet (.parquet) file.`);
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			return fail(`${fileName} is not UTF-8 text, so it cannot be read as CSV.`);
		}
		table = parseCsv(text);
		if (table.issues.length) return fail(`${fileName} is not valid CSV.`, table.issues.slice(0, 10).map((i) => `line ${i.line}: ${i.message}`));
	}
	if (table.header.length === 0) return fail(`${fileName} is empty.`);
	if (table.records.length === 0) return fail(`${fileName} has a header but no rows.`);
	if (table.records.length > (options.maxRows ?? MAX_UPLOAD_ROWS))
		return fail(`${fileName} is too large for this browser (${table.records.length} rows; the limit is ${options.maxRows ?? MAX_UPLOAD_ROWS}).`);
	const spec = matchSpec(fileName, table.header, options.specs);
	return spec ? asDataset(spec, table, fileName, options.map, parquet) : asNewTable(fileName, table);
}

/** The dataset a file is meant for: same name, or at least 60% of the dataset's columns present. */
function matchSpec(fileName: string, header: readonly string[], specs: readonly DatasetSpec[]): DatasetSpec | null {
	const stem = fileName.replace(/\.[^.]*$/, '').toLowerCase();
	let best: { spec: DatasetSpec; score: number } | null = null;
	for (const spec of specs) {
		const names = sourceColumns(spec).map((c) => c.name);
		const score = names.filter((n) => header.includes(n)).length / names.length;
		if (stem === spec.name) return spec;
		if (!best || score > best.score) best = { spec, score };
	}
	return best && best.score >= 0.6 ? best.spec : null;
}

function asDataset(spec: DatasetSpec, table: ParsedCsv, file: string, map: CategoryMap, parquet: boolean): UploadResult {
	// Derived columns (e.g. in a file exported from this app) are recomputed, not trusted.
	const keep = table.header.map((h, i) => [h, i] as const).filter(([h]) => !spec.columns.some((c) => c.derived && c.name === h));
	const csv: ParsedCsv = {
		header: keep.map(([h]) => h),
		records: table.records.map((r) => ({ line: r.line, fields: keep.map(([, i]) => r.fields[i]) })),
		issues: []
	};
	const validated = validateDataset(spec, csv, file);
	const derived = deriveColumns(spec, validated.rows, map, file, csv.header);
	const errors = [...validated.problems, ...derived.problems].filter((p) => p.severity === 'error');
	if (errors.length) return fail(headline(spec, errors), errors.slice(0, 10).map((p) => describe(p, parquet)));
	const columns = spec.columns.map((c) => ({ name: c.name, type: c.type }));
	const rows = sortRows(derived.rows, spec.key ?? [], columns.map((c) => c.name));
	return { ok: true, target: 'replace', spec, columns, rows };
}

function headline(spec: DatasetSpec, errors: Problem[]): string {
	const what = `This file looks like "${spec.title}" (${spec.name}) but does not match its schema`;
	const header = errors.filter((p) => p.line === 1);
	if (header.length) return `${what}: wrong or missing columns (${header.map((p) => p.message).join('; ')}).`;
	const first = errors[0];
	return `${what}: ${/expected/.test(first.message) ? 'wrong type' : 'invalid value'} in row ${first.line - 1} (${first.message})${errors.length > 1 ? `, and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}` : ''}.`;
}

const describe = (p: Problem, parquet: boolean) => (p.line === 1 ? `columns: ${p.message}` : `row ${p.line - 1}${parquet ? '' : ` (line ${p.line})`}: ${p.message}`);

const INFER: ColumnType[] = ['INTEGER', 'BIGINT', 'DOUBLE', 'BOOLEAN', 'DATE'];

/** A file like no dataset: a new table, each column typed by the narrowest type all its values fit. */
function asNewTable(fileName: string, table: ParsedCsv): UploadResult {
	const bad = table.records.find((r) => r.fields.length !== table.header.length);
	if (bad) return fail(`${fileName}: row ${bad.line - 1} has ${bad.fields.length} fields, the header has ${table.header.length}.`);
	const names = table.header.map((h, i) => h.trim() || `column_${i + 1}`);
	if (new Set(names).size !== names.length) return fail(`${fileName} has duplicate column names.`);
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

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;
