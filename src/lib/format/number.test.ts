import { describe, expect, it } from 'vitest';
import { formatCompact, formatInteger, formatQualified, formatShare } from './number';

describe('number formats', () => {
	it('formats counts with thousands separators and gaps as a dash', () => {
		expect(formatInteger(10300)).toBe('10,300');
		expect(formatInteger(null)).toBe('—');
	});
	it('keeps the qualifier of a published figure in words', () => {
		expect(formatQualified(2000, 'lower bound')).toBe('more than 2,000');
		expect(formatQualified(1100, 'approximate')).toBe('about 1,100');
		expect(formatQualified(1363, 'exact')).toBe('1,363');
		expect(formatQualified(null, null)).toBe('not published');
	});
	it('formats shares and compact ticks', () => {
		expect(formatShare(0.1234)).toBe('12.3%');
		expect(formatCompact(12000)).toBe('12k');
	});
});
