import { format } from 'd3-format';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatDownload, formatInteger, formatQualified, formatShare } from './number';

describe('number formats', () => {
	it('writes a download in its total’s unit, never past the total', () => {
		expect(formatDownload(2_130_000, 9_420_000)).toBe('2.1 of 9.4 MB');
		expect(formatDownload(8_200, 12_913)).toBe('8 of 13 kB');
		expect(formatDownload(11e6, 9_420_000)).toBe('9.4 of 9.4 MB');
	});
	it('formats counts with thousands separators and gaps as a dash', () => {
		expect(formatInteger(10300)).toBe('10,300');
		expect(formatInteger(null)).toBe('—');
	});
	it("writes every count exactly as d3-format's ',.0f' does (whole, fractional, negative, huge)", () => {
		const d3Integer = format(',.0f');
		const counts = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123456, 999999, 1000000, 1234567890];
		const powers = Array.from({ length: 16 }, (_, k) => [10 ** k - 1, 10 ** k, 10 ** k + 1]).flat();
		let seed = 7;
		const random = Array.from({ length: 2000 }, () => {
			seed = (seed * 16807) % 2147483647;
			return seed % 10 ** ((seed % 12) + 1);
		});
		const others = [Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e21, -1, -1234, 12.5, 1234.49, 0.4, -0.4];
		for (const n of [...counts, ...powers, ...random, ...others])
			expect(formatInteger(n), String(n)).toBe(d3Integer(n));
	});
	it('keeps the qualifier of a published figure in words', () => {
		expect(formatQualified(2000, 'lower bound')).toBe('more than 2,000');
		expect(formatQualified(1100, 'approximate')).toBe('about 1,100');
		expect(formatQualified(1363, 'exact')).toBe('1,363');
		expect(formatQualified(2688, 'secondary', 'a news site')).toBe('2,688 (secondary: as relayed by a news site)');
		expect(formatQualified(2688, 'secondary')).toBe('2,688 (secondary: relayed by a third party)');
		expect(formatQualified(null, null)).toBe('not published');
	});
	it('formats shares and compact ticks', () => {
		expect(formatShare(0.1234)).toBe('12.3%');
		expect(formatCompact(12000)).toBe('12k');
	});
});
