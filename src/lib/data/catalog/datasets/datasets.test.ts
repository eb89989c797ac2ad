import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../build-dataset';
import { formatProblem } from '../problem';
import { readCategoryMap } from '../category-map';
import type { DatasetSpec } from '../schema';
import { contributions } from './contributions';
import { expenditures } from './expenditures';
import { meetings } from './meetings';
import { DATASETS } from './index';

const source = (name: string) => readFileSync(new URL(`../../../../../data/sources/${name}`, import.meta.url), 'utf8');
const { map } = readCategoryMap(source('category_map.csv'), 'category_map.csv');
const rowsOf = (spec: DatasetSpec) => buildDataset(spec, source(spec.source), spec.source, map).rows;

describe('dataset specs', () => {
	it('have unique names and column names', () => {
		expect(new Set(DATASETS.map((d) => d.name)).size).toBe(DATASETS.length);
		for (const d of DATASETS) expect(new Set(d.columns.map((c) => c.name)).size, d.name).toBe(d.columns.length);
	});

	it('identify a row by columns a correction never changes: no figure, qualifier or confidence in a key', () => {
		for (const d of DATASETS) {
			const corrected = d.columns.filter((c) => c.confidence || c.qualifies || c.type === 'DOUBLE').map((c) => c.name);
			expect((d.key ?? []).filter((k) => corrected.includes(k)), d.name).toEqual([]);
		}
	});

	it('refuse a contributions row whose flow_id is already taken, at its file:line', () => {
		const lines = source('contributions.csv').trimEnd().split('\n');
		const copy = lines[2].replace(/,F\d+$/, ',F001');
		const { problems } = buildDataset(contributions, [...lines, copy].join('\n') + '\n', 'contributions.csv', map);
		expect(problems.map(formatProblem)).toEqual([
			`contributions.csv:${lines.length + 1}:11: duplicate key (flow_id) = ["F001"], first on line 2`
		]);
	});

	it('meetings keep the basis of each figure as read from the notes', () => {
		const byYear = new Map(rowsOf(meetings).map((r) => [r.year, r]));
		expect(byYear.get(2012)).toMatchObject({ onsite: 1630, onsite_qualifier: 'lower bound', online_qualifier: 'lower bound', countries_qualifier: 'lower bound' });
		expect(byYear.get(2014)).toMatchObject({ onsite_qualifier: 'approximate', online_qualifier: 'approximate', total_qualifier: 'lower bound' });
		expect(byYear.get(2011)).toMatchObject({ onsite_qualifier: 'lower bound', countries_qualifier: 'lower bound' });
		expect(byYear.get(2013)).toMatchObject({ onsite: null, onsite_qualifier: null });
		expect(byYear.get(2021)).toMatchObject({ start_date: '2021-12-06', end_date: '2021-12-10' });
	});

	it('split published periods into year_from and year_to', () => {
		const rows = rowsOf(expenditures);
		expect(rows.find((r) => r.year === '2014-2015')).toMatchObject({ year_from: 2014, year_to: 2015 });
		expect(rows.find((r) => r.year === '2019')).toMatchObject({ year_from: 2019, year_to: 2019 });
	});

	it('flag the one contribution computed by the compilers as derived', () => {
		const derived = rowsOf(contributions).filter((r) => r.derived === true);
		expect(derived.map((r) => [r.year, r.donor])).toEqual([[2012, 'Finland (Government)']]);
	});
});
