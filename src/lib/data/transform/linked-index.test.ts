// The in-memory index must give exactly the rows DuckDB gives for linkedPanelsQuery, whatever the filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from '../db/database';
import type { FilterValue } from '../sql/predicates';
import { bundledDatabase } from '../../../../tests/unit/source-csv';
import { ensureParticipantsCubes, linkedPanelsQuery } from '../../../../tests/unit/linked-panels-sql';
import { facetValuesOf, linkedFilterStates } from '../../../../tests/unit/linked-filter-states';
import type { LinkedPanelRow } from '../queries/participants-cube';
import { PARTICIPATION_FILTERS as LINKED_FACETS } from '../../../routes/participation/filters';
import { loadLinkedIndex, type LinkedIndex } from './linked-index';

describe('LinkedIndex', () => {
	let db: Database;
	let index: LinkedIndex;
	let facetValues: Record<string, string[]>;
	beforeAll(async () => {
		db = await bundledDatabase();
		await ensureParticipantsCubes(db);
		index = await loadLinkedIndex(db, LINKED_FACETS);
		facetValues = await facetValuesOf(db);
	}, 60_000);
	afterAll(() => db.close());

	const sql = (values: Record<string, FilterValue>) => db.query<LinkedPanelRow>(linkedPanelsQuery(values));

	it('holds far fewer cells than there are participant rows', async () => {
		const [{ n }] = await db.query<{ n: number }>('SELECT count(*) AS n FROM participants');
		expect(index.size).toBeGreaterThan(0);
		expect(index.size).toBeLessThan(n);
	});

	it('answers no filters and a hand-picked crossfilter exactly as DuckDB does', async () => {
		expect(index.answer({})).toEqual(await sql({}));
		const values: Record<string, FilterValue> = {
			year: { kind: 'set', values: ['2022', '2015'] },
			region: { kind: 'set', values: ['African'] },
			mode: { kind: 'set', values: ['online'] }
		};
		const answer = index.answer(values);
		expect(answer).toEqual(await sql(values));
		// The crossfilter rule, seen directly: the region panel ignores the region filter.
		expect(answer.filter((r) => r.panel === 'region').length).toBeGreaterThan(1);
		expect(answer.filter((r) => r.panel === 'country').every((r) => r.region === 'African')).toBe(true);
	});

	it('treats crafted and unknown values as data: nothing matches', async () => {
		const values: Record<string, FilterValue> = { region: { kind: 'set', values: ["x') OR TRUE --", 'Atlantis'] } };
		const answer = index.answer(values);
		expect(answer.find((r) => r.panel === 'total')?.n).toBe(0);
		expect(answer).toEqual(await sql(values));
	});

	it('agrees with DuckDB on random filter states (sets and year ranges), property-based', async () => {
		const state = linkedFilterStates(facetValues);
		await fc.assert(
			fc.asyncProperty(state, async (values) => {
				expect(index.answer(values)).toEqual(await sql(values));
			}),
			{ numRuns: 60 }
		);
	}, 120_000);
});
