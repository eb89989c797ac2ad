import { DataType, type Table, type Field } from 'apache-arrow';
import type { Row, Value } from './database';
import { setField } from '../own-field';

/**
 * The single place where engine types become plain values, so that the browser and Node
 * implementations hand out identical rows:
 * - 64-bit integers → number (all counts and amounts here are far below 2^53);
 * - DECIMAL → number; DATE → 'YYYY-MM-DD'; TIMESTAMP → ISO 8601 string;
 * - anything else (lists, structs) → JSON text.
 */
export function fromArrow<T extends Row = Row>(table: Table): T[] {
	const fields = table.schema.fields;
	const converters = fields.map(converterFor);
	const columns = fields.map((f) => table.getChild(f.name));
	const rows: T[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (let c = 0; c < fields.length; c++) {
			setField(row, fields[c].name, converters[c](columns[c]?.get(i)));
		}
		rows[i] = row as T;
	}
	return rows;
}

type Converter = (v: unknown) => Value;

function converterFor(field: Field): Converter {
	const type = field.type;
	if (DataType.isDate(type)) return (v) => (v == null ? null : isoDate(v));
	if (DataType.isTimestamp(type)) return (v) => (v == null ? null : new Date(Number(v)).toISOString());
	if (DataType.isDecimal(type)) {
		const scale = (type as { scale: number }).scale;
		return (v) => (v == null ? null : decimalToNumber(v, scale));
	}
	if (DataType.isInt(type) || DataType.isFloat(type))
		return (v) => (v == null ? null : Number(v));
	if (DataType.isBool(type)) return (v) => (v == null ? null : Boolean(v));
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type) || DataType.isDictionary(type))
		return (v) => (v == null ? null : String(v));
	return (v) => (v == null ? null : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)));
}

function isoDate(v: unknown): string {
	const d = v instanceof Date ? v : new Date(Number(v));
	return d.toISOString().slice(0, 10);
}

function decimalToNumber(v: unknown, scale: number): number {
	// Arrow hands out DECIMAL as a little-endian Uint32Array of the unscaled integer.
	if (v instanceof Uint32Array) {
		let n = 0n;
		for (let i = v.length - 1; i >= 0; i--) n = (n << 32n) | BigInt(v[i]);
		const bits = BigInt(v.length * 32);
		if (v[v.length - 1] & 0x80000000) n -= 1n << bits;
		return Number(n) / 10 ** scale;
	}
	return Number(v) / 10 ** scale;
}
