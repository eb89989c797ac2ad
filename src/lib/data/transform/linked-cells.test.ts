import { describe, expect, it } from 'vitest';
import type { LinkedPanelRow } from '../queries/participants-cube';
import { mapCells, panelCells } from './linked-cells';

const r = (panel: LinkedPanelRow['panel'], key: string, n: number, region: string | null = null): LinkedPanelRow => ({ panel, key, n, region });
const rows = [r('gender', 'female', 3), r('gender', 'male', 40), r('country', 'KEN', 2, 'African'), r('country', 'NGA', 4, 'African'), r('country', 'FRA', 30, 'WEOG')];

describe('linked cells', () => {
	it('suppresses small counts in a facet', () => {
		expect(panelCells(rows, 'gender')).toEqual([
			{ key: 'female', region: null, n: null, suppressed: true },
			{ key: 'male', region: null, n: 40, suppressed: false }
		]);
	});

	it('suppresses countries one by one, or regional totals after grouping', () => {
		expect(mapCells(rows, 'country').map((c) => c.n)).toEqual([null, null, 30]);
		const byRegion = mapCells(rows, 'region');
		expect(byRegion.map((c) => [c.key, c.n])).toEqual([['KEN', 6], ['NGA', 6], ['FRA', 30]]);
		expect(mapCells(rows, 'region', 10).map((c) => c.suppressed)).toEqual([true, true, false]);
	});
});
