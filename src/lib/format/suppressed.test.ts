import { describe, expect, it } from 'vitest';
import { formatCell, formatSuppressed } from './suppressed';

describe('suppressed counts as text', () => {
	it('formats a suppressed cell as "<threshold"', () => {
		expect(formatSuppressed(null)).toBe('<5');
		expect(formatSuppressed(null, 10)).toBe('<10');
		expect(formatSuppressed(1234)).toBe('1,234');
	});
	it('says "withheld" for a complementary cell', () => {
		expect(formatCell({ n: null, complement: true })).toBe('withheld');
		expect(formatCell({ n: null }, 10)).toBe('<10');
		expect(formatCell({ n: 0 })).toBe('0');
	});
});
