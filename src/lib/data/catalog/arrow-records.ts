import { DataType, makeData, makeVector, tableFromIPC, tableToIPC, Table, Utf8, Int32, Int64, Float64, Bool, DateDay, type Data, type Vector } from 'apache-arrow';
import type { ParsedCsv } from './parse-csv';
import { setField } from '../own-field';
import type { CellValue, ColumnType, TypedRow } from './schema';

/**
 * An Arrow IPC stream (a decoded Parquet upload) as CSV-shaped text records, so uploads of either
 * format go through the same validation as the source CSVs. Row N is record line N + 1.
 */
export function arrowToRecords(ipc: Uint8Array): ParsedCsv & { types: Record<string, string> } {
	const table = tableFromIPC(ipc);
	const fields = table.schema.fields;
	const columns = fields.map((f) => table.getChild(f.name)!);
	const records = [];
	for (let i = 0; i < table.numRows; i++) {
		records.push({ line: i + 2, fields: columns.map((c, k) => cellText(c.get(i), fields[k].type)) });
	}
	return { header: fields.map((f) => f.name), records, issues: [], types: Object.fromEntries(fields.map((f) => [f.name, String(f.type)])) };
}

function cellText(value: unknown, type: DataType): string {
	if (value === null || value === undefined) return '';
	if (DataType.isDate(type) || DataType.isTimestamp(type)) {
		const d = value instanceof Date ? value : new Date(Number(value));
		return d.toISOString().slice(0, 10);
	}
	return String(value);
}

const ARROW: Record<ColumnType, () => DataType> = {
	VARCHAR: () => new Utf8(),
	INTEGER: () => new Int32(),
	BIGINT: () => new Int64(),
	DOUBLE: () => new Float64(),
	BOOLEAN: () => new Bool(),
	DATE: () => new DateDay()
};
const DAY_MS = 86_400_000;

/**
 * Typed rows → Arrow IPC stream with the declared column types (what the engine then loads).
 * Buffers are filled by hand: Arrow's builders compile code with `Function`, which the app's CSP forbids.
 */
export function rowsToArrow(columns: readonly { name: string; type: ColumnType }[], rows: readonly TypedRow[]): Uint8Array {
	const vectors: Record<string, Vector> = {};
	for (const c of columns) setField(vectors, c.name, makeVector(columnData(c.type, rows.map((r) => (Object.hasOwn(r, c.name) ? (r[c.name] ?? null) : null)))));
	return tableToIPC(new Table(vectors), 'stream');
}

function columnData(type: ColumnType, values: readonly CellValue[]): Data {
	const length = values.length;
	const nullBitmap = new Uint8Array(Math.ceil(length / 8));
	let nullCount = 0;
	values.forEach((v, i) => (v === null ? nullCount++ : (nullBitmap[i >> 3] |= 1 << (i & 7))));
	const base = { type: ARROW[type](), length, nullCount, nullBitmap };
	switch (type) {
		case 'VARCHAR': {
			const encoder = new TextEncoder();
			const parts = values.map((v) => (v === null ? new Uint8Array() : encoder.encode(String(v))));
			const valueOffsets = new Int32Array(length + 1);
			parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i] + p.length));
			const data = new Uint8Array(valueOffsets[length]);
			parts.forEach((p, i) => data.set(p, valueOffsets[i]));
			return makeData({ ...base, type: new Utf8(), valueOffsets, data });
		}
		case 'BOOLEAN': {
			const data = new Uint8Array(Math.ceil(length / 8));
			values.forEach((v, i) => v === true && (data[i >> 3] |= 1 << (i & 7)));
			return makeData({ ...base, type: new Bool(), data });
		}
		case 'INTEGER':
			return makeData({ ...base, type: new Int32(), data: Int32Array.from(values, (v) => Number(v ?? 0)) });
		case 'BIGINT':
			return makeData({ ...base, type: new Int64(), data: BigInt64Array.from(values, (v) => BigInt(v ?? 0)) });
		case 'DOUBLE':
			return makeData({ ...base, type: new Float64(), data: Float64Array.from(values, (v) => Number(v ?? 0)) });
		case 'DATE':
			return makeData({ ...base, type: new DateDay(), data: Int32Array.from(values, (v) => (v === null ? 0 : Date.parse(`${v}T00:00:00Z`) / DAY_MS)) });
	}
}
