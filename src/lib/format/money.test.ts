import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
	it('formatMoney(n, basis) writes whole dollars grouped, and cents only where the source gives them', () => {
		expect(formatMoney(1000000, 'usd')).toBe('USD 1,000,000');
		expect(formatMoney(83691.95, 'usd')).toBe('USD 83,691.95');
		expect(formatMoney(12.001, 'original')).toBe('USD 12');
	});
	it('formatMoney(null, basis) says why there is no figure', () => {
		expect(formatMoney(null, 'usd')).toBe('no USD figure');
		expect(formatMoney(null, 'original')).toBe('not in USD');
	});
});
