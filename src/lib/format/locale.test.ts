import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';
import { formatCompact, formatInteger, formatShare } from './number';

// Intl puts no-break spaces and direction marks where a language wants them; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('numbers in each language', () => {
	it('groups thousands the language’s way', () => {
		expect(plain(formatInteger(1234567, 'fr'))).toBe('1 234 567');
		expect(plain(formatInteger(1234567, 'ru'))).toBe('1 234 567');
		expect(formatInteger(1234567, 'es')).toBe('1.234.567');
		expect(formatInteger(1234567, 'zh')).toBe('1,234,567');
		expect(formatInteger(1234567, 'en')).toBe('1,234,567');
	});
	it('writes Arabic with Western digits', () => {
		expect(plain(formatInteger(1234567, 'ar'))).toMatch(/^1[,٬]234[,٬]567$/);
		expect(formatShare(0.1234, 'ar')).not.toMatch(/[٠-٩]/);
		expect(formatMoney(1000000, 'usd', 'ar')).not.toMatch(/[٠-٩]/);
	});
	it('writes shares, money and compact ticks per language', () => {
		expect(plain(formatShare(0.1234, 'fr'))).toBe('12,3 %');
		expect(plain(formatMoney(83691.95, 'usd', 'fr'))).toBe('83 691,95 USD');
		expect(plain(formatMoney(1000000, 'usd', 'es'))).toBe('1.000.000 USD');
		expect(formatCompact(12300, 'zh')).toBe('1.23万');
		expect(formatShare(0.1234, 'en')).toBe('12.3%');
		expect(formatMoney(1000000, 'usd', 'en')).toBe('USD 1,000,000');
	});
});
