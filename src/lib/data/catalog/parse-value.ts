import type { CellValue, ColumnType } from './schema';

/** A cell that does not read as its type is refused; the caller says where (validate-dataset.ts). */
export type ParseResult = { ok: true; value: CellValue } | { ok: false };

const INT = /^[+-]?\d+$/;
const NUM = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FAIL: ParseResult = { ok: false };

/** Converts one trimmed CSV cell to its declared type; the empty cell is null. */
export function parseValue(raw: string, type: ColumnType): ParseResult {
	const text = raw.trim();
	if (text === '') return { ok: true, value: null };
	switch (type) {
		case 'VARCHAR':
			return { ok: true, value: text };
		case 'INTEGER': {
			const n = Number(text);
			return INT.test(text) && n >= -(2 ** 31) && n < 2 ** 31 ? { ok: true, value: n } : FAIL;
		}
		case 'BIGINT': {
			const n = Number(text);
			return INT.test(text) && Number.isSafeInteger(n) ? { ok: true, value: n } : FAIL;
		}
		case 'DOUBLE':
			return NUM.test(text) ? { ok: true, value: Number(text) } : FAIL;
		case 'BOOLEAN':
			return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : FAIL;
		case 'DATE': {
			const m = DATE.exec(text);
			const d = m ? new Date(`${text}T00:00:00Z`) : null;
			return d && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text)
				? { ok: true, value: text } : FAIL;
		}
	}
}
