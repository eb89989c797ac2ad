import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale, getLocale } from '$lib/paraglide/runtime';
import { joinParts } from './bidi';

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

describe('joinParts', () => {
	it('joins as written in a left-to-right language', () => {
		overwriteGetLocale(() => 'fr');
		expect(joinParts(['1 000 USD', '2019'], ' · ')).toBe('1 000 USD · 2019');
	});

	it('isolates each part and starts right to left in Arabic', () => {
		overwriteGetLocale(() => 'ar');
		expect(joinParts(['1,000 USD', '2019'], ' · ')).toBe('\u200f\u20681,000 USD\u2069 · \u20682019\u2069');
	});
});
