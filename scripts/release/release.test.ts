import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/catalog/parse-csv';
import { contributions } from '../../src/lib/data/catalog/datasets/contributions';
import { meetings } from '../../src/lib/data/catalog/datasets/meetings';
import { diffDataset, isEmptyChangelog, type Row } from '../../src/lib/data/release/changelog';
import { releaseId, sha256Hex } from './release-id';

const meetingsCsv = readFileSync('data/sources/meetings.csv', 'utf8');
const contributionsCsv = readFileSync('data/sources/contributions.csv', 'utf8');

function rowsOf(csv: string): Row[] {
	const { header, records } = parseCsv(csv);
	return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]])));
}

describe('releaseId', () => {
	const day = new Date('2026-12-05T13:59:59Z');
	const digests = { meetings: sha256Hex(meetingsCsv), contributions: sha256Hex(contributionsCsv) };

	it('is the same for the same data, whatever order the datasets come in', () => {
		const reordered = { contributions: digests.contributions, meetings: digests.meetings };
		expect(releaseId(day, reordered)).toBe(releaseId(day, digests));
		expect(releaseId(day, digests)).toMatch(/^2026-12-05-[0-9a-f]{7}$/);
	});

	it('changes when one figure changes', () => {
		// Athens 2006: 1350 onsite participants becomes 1351.
		const edited = meetingsCsv.replace(',1350,', ',1351,');
		expect(edited).not.toBe(meetingsCsv);
		const changed = { ...digests, meetings: sha256Hex(edited) };
		expect(releaseId(day, changed)).not.toBe(releaseId(day, digests));
	});
});

describe('diffDataset', () => {
	const before = rowsOf(meetingsCsv);
	const confidenceColumns = meetings.columns.filter((c) => c.confidence).map((c) => c.name);
	const options = { key: meetings.key, confidenceColumns };

	it('finds nothing between a dataset and itself', () => {
		expect(isEmptyChangelog(diffDataset(before, rowsOf(meetingsCsv), options))).toBe(true);
	});

	it('lists exactly one added row, one corrected amount and one changed confidence', () => {
		const after = before.map((r) => ({ ...r }));
		const athens = after.find((r) => r.year === '2006')!;
		const rio = after.find((r) => r.year === '2007')!;
		const oldOnsite = athens.onsite;
		const oldQualifier = rio.onsite_qualifier;
		(athens as Record<string, unknown>).onsite = '1351';
		(rio as Record<string, unknown>).onsite_qualifier = 'exact';
		after.push({ ...after[after.length - 1], year: '2099' });

		const log = diffDataset(before, after, options);
		expect(log.added).toEqual(['year=2099']);
		expect(log.removed).toEqual([]);
		expect(log.changed).toEqual([
			{ key: 'year=2006', fields: [{ field: 'onsite', old: oldOnsite, new: '1351' }] },
			{ key: 'year=2007', fields: [{ field: 'onsite_qualifier', old: oldQualifier, new: 'exact' }] }
		]);
		expect(log.confidenceChanged).toEqual(['year=2007']);
	});

	it('reports a removed row', () => {
		const log = diffDataset(before, before.slice(1), options);
		expect(log.removed).toEqual([`year=${before[0].year}`]);
		expect(log.added).toEqual([]);
	});
});

describe('diffDataset with the contributions spec', () => {
	const before = rowsOf(contributionsCsv);
	const confidenceColumns = contributions.columns.filter((c) => c.confidence).map((c) => c.name);
	const options = { key: contributions.key, confidenceColumns };
	const byId = (rows: Row[], id: string) => rows.find((r) => r.flow_id === id) as Record<string, unknown>;

	it('lists exactly one added row, one corrected amount and one changed confidence', () => {
		const after = before.map((r) => ({ ...r }));
		// The IGFSA's two 2015 rows to the Trust Fund share donor, year, recipient and source: only flow_id tells them apart.
		const spent = byId(after, 'F012');
		const remainder = byId(after, 'F013');
		expect([spent.donor, spent.year, spent.recipient, spent.source_url]).toEqual([
			remainder.donor,
			remainder.year,
			remainder.recipient,
			remainder.source_url
		]);
		const [oldAmount, oldConfidence] = [spent.amount_usd, remainder.confidence];
		spent.amount_usd = '114500';
		remainder.confidence = 'exact';
		after.push({ ...after[0], flow_id: 'F043', year: '2026' });

		const log = diffDataset(before, after, options);
		expect(log.added).toEqual(['flow_id=F043']);
		expect(log.removed).toEqual([]);
		expect(log.changed).toEqual([
			{ key: 'flow_id=F012', fields: [{ field: 'amount_usd', old: oldAmount, new: '114500' }] },
			{ key: 'flow_id=F013', fields: [{ field: 'confidence', old: oldConfidence, new: 'exact' }] }
		]);
		expect(log.confidenceChanged).toEqual(['flow_id=F013']);
	});

	it('matches each row to itself in the release that introduces the key column', () => {
		const withoutIds = before.map(({ flow_id: _id, ...rest }) => rest);
		const log = diffDataset(withoutIds, before, options);
		expect(log.added).toEqual([]);
		expect(log.removed).toEqual([]);
		expect(log.changed).toHaveLength(before.length);
		expect(log.changed[0]).toEqual({
			key: `flow_id=${before[0].flow_id}`,
			fields: [{ field: 'flow_id', old: null, new: before[0].flow_id }]
		});
		expect(log.confidenceChanged).toEqual([]);
	});
});
