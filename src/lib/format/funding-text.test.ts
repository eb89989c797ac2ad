import { afterEach, describe, expect, it } from 'vitest';
import type { YearTypeRow } from '$lib/data/queries/funding';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { rankedDonors, yearSummary } from './funding-text';
import { formatMoney } from './money';

const row = (year: number, value: number | null, status: YearTypeRow['status'] = 'received', unvalued = 0) =>
	({ year, donor_type: 'government', status, secondary: false, value, flows: 1, unvalued, sources: '' }) as YearTypeRow;
const inLocale = (locale: Locale) => overwriteGetLocale(() => locale);
const years = (n: number) => Array.from({ length: n }, (_, i) => String(2006 + i));

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('yearSummary', () => {
	it('writes the English sentence it always wrote', () => {
		const text = yearSummary([row(2006, 1000), row(2007, 500, 'pledged', 2)], years(3), 'usd');
		expect(text).toBe(
			'Money reaching IGF bodies by year and donor type, 2006–2008: received USD 1,000; pledged or decided, not confirmed as paid, USD 500; largest year 2006 (USD 1,000); 1 of 3 years with no published amount; 2 flows without a figure in this basis are listed, not plotted.'
		);
	});
	it("is written in the page's language, numbers formatted for it", () => {
		inLocale('fr');
		const text = yearSummary([row(2006, 12345)], years(2), 'usd');
		expect(text).toContain('Fonds parvenus aux organes du FGI');
		expect(text).toContain(`reçus ${formatMoney(12345, 'usd', 'fr')} ;`);
		expect(text).toContain('1 sur 2 années sans montant publié');
		expect(text).not.toContain('Money reaching');
	});
	it('agrees in Russian with 1, 2, 5 and 21 years', () => {
		inLocale('ru');
		const gaps = (n: number) => m.sum_funding_gaps({ count: n, gaps: '0', years: String(n) });
		expect([1, 2, 5, 21].map(gaps)).toEqual([
			'0 из 1 года без опубликованной суммы',
			'0 из 2 лет без опубликованной суммы',
			'0 из 5 лет без опубликованной суммы',
			'0 из 21 года без опубликованной суммы'
		]);
	});
	it('agrees in Arabic with 1, 2, 5, 11 and 100 flows', () => {
		inLocale('ar');
		const flows = (n: number) =>
			m.lbl_year_segment({
				year: '2010',
				type: 't',
				status: 's',
				secondary: '',
				value: 'v',
				count: n,
				flows: String(n)
			});
		expect([1, 2, 5, 11, 100].map((n) => flows(n).match(/\((.*)\)/)![1])).toEqual([
			'1 تدفق',
			'2 تدفقين',
			'5 تدفقات',
			'11 تدفقاً',
			'100 تدفق'
		]);
	});
});

describe('rankedDonors', () => {
	it('describes a donor with its flows counted in words that agree', () => {
		const donor = { donor: 'Ford', donor_type: 'private_sector', received: 10, pledged: 0, years: '', flows: 1 };
		const [one] = rankedDonors([donor as never], 'usd');
		expect(one.note).toBe('undated');
		expect(one.description).toContain('; 1 flow. Show its contributions.');
		inLocale('es');
		const [es] = rankedDonors([{ ...donor, flows: 3 } as never], 'usd');
		expect(es.note).toBe('sin fecha');
		expect(es.description).toContain('3 flujos. Mostrar sus contribuciones.');
	});
});
