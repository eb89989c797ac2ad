import { describe, expect, it } from 'vitest';
import { parseValue } from './parse-value';

describe('parseValue', () => {
	it('turns empty cells into null whatever the type', () => {
		expect(parseValue('  ', 'INTEGER')).toEqual({ ok: true, value: null });
	});
	it('accepts integers in range and rejects decimals, words and overflow', () => {
		expect(parseValue('2012', 'INTEGER')).toEqual({ ok: true, value: 2012 });
		expect(parseValue('2.5', 'INTEGER').ok).toBe(false);
		expect(parseValue('2014-2015', 'INTEGER').ok).toBe(false);
		expect(parseValue('3000000000', 'INTEGER').ok).toBe(false);
		expect(parseValue('3000000000', 'BIGINT')).toEqual({ ok: true, value: 3e9 });
	});
	it('parses doubles but not thousands separators', () => {
		expect(parseValue('197691.95', 'DOUBLE')).toEqual({ ok: true, value: 197691.95 });
		expect(parseValue('1,000', 'DOUBLE').ok).toBe(false);
	});
	it('parses booleans and calendar dates strictly', () => {
		expect(parseValue('true', 'BOOLEAN')).toEqual({ ok: true, value: true });
		expect(parseValue('yes', 'BOOLEAN').ok).toBe(false);
		expect(parseValue('2020-01-09', 'DATE')).toEqual({ ok: true, value: '2020-01-09' });
		expect(parseValue('2021-02-30', 'DATE').ok).toBe(false);
	});
});
