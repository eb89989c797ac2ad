import type { CellValue, ColumnType } from './schema';

export type ParseResult = { ok: true; value: CellValue } | { ok: false; message: string };

const INT = /^[+-]?\d+$/;
const NUM = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Converts one trimmed CSV cell to its declared type; the empty cell is null. */
export function parseValue(raw: string, type: ColumnType): ParseResult {
	const text = raw.trim();
	if (text === '') return { ok: true, value: null };
	const fail = (what: string): ParseResult => ({ ok: false, message: `expected ${what}, got ${JSON.stringify(text)}` });
	switch (type) {
		case 'VARCHAR':
			return { ok: true, value: text };
		case 'INTEGER': {
			const n = Number(text);
			return INT.test(text) && n >= -(2 ** 31) && n < 2 ** 31 ? { ok: true, value: n } : fail('an INTEGER');
		}
		case 'BIGINT': {
			const n = Number(text);
			return INT.test(text) && Number.isSafeInteger(n) ? { ok: true, value: n } : fail('a BIGINT');
		}
		case 'DOUBLE':
			return NUM.test(text) ? { ok: true, value: Number(text) } : fail('a number (DOUBLE)');
		case 'BOOLEAN':
			return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : fail('true or false');
		case 'DATE': {
			const m = DATE.exec(text);
			const d = m ? new Date(`${text}T00:00:00Z`) : null;
			return d && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text)
				? { ok: true, value: text }
				: fail('a DATE (YYYY-MM-DD)');
		}
	}
}
