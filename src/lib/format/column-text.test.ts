import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import { DATASETS } from '$lib/data/catalog/datasets';
import { columnDescription, columnDescriptions } from './column-text';

const columns = DATASETS.flatMap((d) => d.columns.map((c) => ({ dataset: d.name, ...c })));

describe('column descriptions', () => {
	it("are the spec's own words in English, for every column of every dataset", () => {
		const differ = columns.filter((c) => columnDescription(c.dataset, c.name, 'en') !== c.description);
		expect(differ.map((c) => `${c.dataset}.${c.name}`)).toEqual([]);
	});
	for (const locale of locales.filter((l) => l !== 'en'))
		it(`are worded in ${locale}, naming the figure a qualifier column qualifies`, () => {
			for (const c of columns) {
				const text = columnDescription(c.dataset, c.name, locale);
				expect(text, `${c.dataset}.${c.name}`).toBeTruthy();
				expect(text, `${c.dataset}.${c.name}`).not.toBe(c.description);
				expect(text).not.toMatch(/[{}]/);
				if (c.qualifies) expect(text).toContain(c.qualifies);
			}
		});
	it("keep a column the catalog does not describe as its own words, and no inherited name's", () => {
		const uploaded = { name: 'contributions', columns: [{ name: 'constructor', description: 'as the file says' }] };
		expect(columnDescriptions([uploaded], 'fr')).toEqual({ contributions: { constructor: 'as the file says' } });
		expect(columnDescription('nowhere', 'year', 'fr')).toBeNull();
	});
});
