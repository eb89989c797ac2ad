import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/data/catalog/manifest';
import { parseCsv } from '../../src/lib/data/catalog/parse-csv';
import { DATASETS } from '../../src/lib/data/catalog/datasets/index';
import type { Row } from '../../src/lib/data/release/changelog';
import { nextRelease } from './record-release';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as Manifest;
const { header, records } = parseCsv(readFileSync('data/sources/meetings.csv', 'utf8'));
const meetingRows: Row[] = records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]])));
const day = new Date('2026-12-05T00:00:00Z');
const same = { before: new Map([['meetings', meetingRows]]), after: new Map([['meetings', meetingRows]]) };
const first = nextRelease(manifest, null, same, DATASETS, day)!;

/** The manifest with the meetings file's digest replaced. */
const withMeetingsDigest = (sha256: string): Manifest => ({
	...manifest,
	datasets: manifest.datasets.map((d) => (d.name === 'meetings' ? { ...d, sha256 } : d))
});

describe('nextRelease', () => {
	it('records a first release with every digest and no changelog', () => {
		expect(first.previous).toBeNull();
		expect(first.datasets.meetings.sha256).toBe(manifest.datasets.find((d) => d.name === 'meetings')!.sha256);
		expect(first.changelog).toEqual({});
	});

	it('records nothing when no digest changed', () => {
		expect(nextRelease(manifest, first, same, DATASETS, new Date())).toBeNull();
	});

	it('refuses a changed digest when no row changed', () => {
		expect(() => nextRelease(withMeetingsDigest('0'.repeat(64)), first, same, DATASETS, day)).toThrow(
			/meetings\.parquet: its digest changed but no row did/
		);
	});

	it('records the changed dataset with its changelog and the previous release', () => {
		const after = meetingRows.map((r) => (r.year === '2006' ? { ...r, onsite: '1351' } : r));
		const rows = { before: same.before, after: new Map([['meetings', after]]) };
		const release = nextRelease(withMeetingsDigest('1'.repeat(64)), first, rows, DATASETS, day)!;
		expect(release.previous).toBe(first.id);
		expect(release.id).not.toBe(first.id);
		expect(Object.keys(release.changelog)).toEqual(['meetings']);
		expect(release.changelog.meetings.changed).toEqual([
			{ key: 'year=2006', fields: [{ field: 'onsite', old: '1350', new: '1351' }] }
		]);
	});
});
