import { describe, expect, it } from 'vitest';
import { and, ident, list, literal } from './sql';

describe('sql escaping', () => {
	it('doubles quotes in identifiers and literals', () => {
		expect(ident('a"b')).toBe('"a""b"');
		expect(literal("O'Brien")).toBe("'O''Brien'");
		expect(literal("x'; DROP TABLE t; --")).toBe("'x''; DROP TABLE t; --'");
	});
	it('writes numbers, booleans and null as SQL', () => {
		expect(list([1, 2.5, true, null])).toBe('1, 2.5, TRUE, NULL');
		expect(() => literal(Number.NaN)).toThrow(/finite/);
	});
	it('joins clauses, dropping empty ones', () => {
		expect(and([])).toBe('TRUE');
		expect(and(['a = 1', null, 'b = 2'])).toBe('(a = 1) AND (b = 2)');
	});
});
