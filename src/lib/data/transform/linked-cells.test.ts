import { describe, expect, it } from 'vitest';
import type { LinkedPanelRow } from '../queries/participants-cube';
import { formatCell } from '../../format/suppressed';
import { facetCells, mapCells, panelCells } from './linked-cells';

const r = (panel: LinkedPanelRow['panel'], key: string, n: number, region: string | null = null): LinkedPanelRow => ({ panel, key, n, region });
const rows = [r('gender', 'female', 3), r('gender', 'male', 40), r('country', 'KEN', 2, 'African'), r('country', 'NGA', 4, 'African'), r('country', 'FRA', 30, 'WEOG')];

describe('linked cells', () => {
	it('suppresses small counts in a facet, and withholds the next smallest so the total cannot reveal them', () => {
		expect(panelCells(rows, 'gender')).toEqual([
			{ key: 'female', region: null, n: null, suppressed: true, complement: false },
			{ key: 'male', region: null, n: null, suppressed: true, complement: true }
		]);
		expect(panelCells([...rows, r('gender', 'other', 12)], 'gender').map((c) => formatCell(c))).toEqual([
			'<5',
			'40',
			'withheld'
		]);
	});

	it('suppresses countries (two small ones protect each other when they add up to 5 or more), or regional totals after grouping', () => {
		expect(mapCells(rows, 'country').map((c) => c.n)).toEqual([null, null, 30]);
		const byRegion = mapCells(rows, 'region');
		expect(byRegion.map((c) => [c.key, c.n])).toEqual([
			['KEN', 6],
			['NGA', 6],
			['FRA', 30]
		]);
		expect(mapCells(rows, 'region', 10).map((c) => [c.suppressed, c.complement])).toEqual([
			[true, false],
			[true, false],
			[true, true]
		]);
	});

	it("gives a facet's buttons every value of the dataset, in its order, a value no record matches counted 0", () => {
		const filtered = [r('gender', 'male', 40), r('gender', 'female', 12), r('mode', 'online', 3)];
		expect(facetCells(filtered, 'gender', ['female', 'male', 'other']).map((c) => [c.key, formatCell(c)])).toEqual([
			['female', '12'],
			['male', '40'],
			['other', '0']
		]);
		// A zero protects nobody: the complement of a small count is the smallest non-zero one.
		expect(facetCells([r('gender', 'male', 40), r('gender', 'female', 3)], 'gender', ['female', 'male', 'other']).map((c) => formatCell(c))).toEqual(['<5', 'withheld', '0']);
	});

	it('keeps the total a single cell: hidden only when it is small itself', () => {
		expect(panelCells([r('total', 'all', 4)], 'total')[0]).toMatchObject({ n: null, complement: false });
		expect(panelCells([r('total', 'all', 40)], 'total')[0]).toMatchObject({ n: 40, suppressed: false });
	});
});
