import { afterEach, describe, expect, it } from 'vitest';
import type { YearShares } from '$lib/data/transform/composition-shares';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { compositionSummary } from './composition-text';

const stack = (year: number, host: string | null, hostShare: number) =>
	({ year, host_region: host, shares: host ? [{ category: host, share: hostShare }] : [] }) as unknown as YearShares;

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('compositionSummary', () => {
	it('writes the English sentence it always wrote', () => {
		const stacks = [stack(2010, 'WEOG', 0.42), stack(2012, 'African', 0.1)];
		expect(compositionSummary(stacks, 'Regions', true)).toBe(
			"Regions, published for 2 years (2010, 2012). Host effect — 2010: 42% from the host's group (WEOG); 2012: 10% from the host's group (African)."
		);
		expect(compositionSummary([], 'Regions', false)).toBe('Regions: no published breakdown.');
	});
	it('names the host’s UN regional group in the page’s language, in Russian plural forms', () => {
		overwriteGetLocale(() => 'ru');
		const years = (n: number) =>
			compositionSummary(
				Array.from({ length: n }, (_, i) => stack(2000 + i, null, 0)),
				'Группы',
				false
			).match(/за (\d+ \S+)/)![1];
		expect([1, 2, 5, 21].map(years)).toEqual(['1 год', '2 года', '5 лет', '21 год']);
		expect(compositionSummary([stack(2010, 'WEOG', 0.42)], 'Группы', true)).toContain(
			'Западноевропейские и другие государства'
		);
	});
	it('counts years in Arabic with its six plural forms', () => {
		overwriteGetLocale(() => 'ar');
		const years = (n: number) =>
			compositionSummary(
				Array.from({ length: n }, (_, i) => stack(2000 + i, null, 0)),
				'المجموعات',
				false
			).match(/عن (\d+ \S+)/)![1];
		expect([1, 2, 5, 11].map(years)).toEqual(['1 سنة', '2 سنتين', '5 سنوات', '11 سنة']);
	});
});
