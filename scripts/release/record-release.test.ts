import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/data/catalog/manifest';
import { parseCsv } from '../../src/lib/data/catalog/parse-csv';
import { DATASETS } from '../../src/lib/data/catalog/datasets/index';
import type { Row } from '../../src/lib/data/release/changelog';
import type { Release } from '../../src/lib/data/release/release';
import { keepReleaseFiles, nextRelease } from './record-release';
import { sha256Hex } from './release-id';

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

describe('keepReleaseFiles', () => {
	async function copyOfData() {
		const dir = await mkdtemp(join(tmpdir(), 'igf-keep-'));
		for (const f of ['manifest.json', ...manifest.datasets.map((d) => d.file)]) await cp(join('data', f), join(dir, f));
		return dir;
	}

	it('keeps the manifest and every Parquet file of the release, once', async () => {
		const dir = await copyOfData();
		const kept = await keepReleaseFiles(join(dir, 'releases'), first, dir);
		expect(kept).toBe(join(dir, 'releases', first.id));
		const files = (await readdir(kept!)).sort();
		expect(files).toEqual(['manifest.json', ...manifest.datasets.map((d) => d.file)].sort());
		expect((await readFile(join(kept!, 'meetings.parquet'))).equals(readFileSync('data/meetings.parquet'))).toBe(true);
		expect(await keepReleaseFiles(join(dir, 'releases'), first, dir)).toBeNull();
		await rm(dir, { recursive: true, force: true });
	});

	it('refuses when data/ no longer holds the release’s files, and writes nothing', async () => {
		const dir = await copyOfData();
		await writeFile(join(dir, 'nris.parquet'), 'not the release’s bytes');
		await expect(keepReleaseFiles(join(dir, 'releases'), first, dir)).rejects.toThrow(
			new RegExp(`nris\\.parquet: its digest is not release ${first.id}'s`)
		);
		expect(await readdir(dir)).not.toContain('releases');
		await rm(dir, { recursive: true, force: true });
	});
});

describe('data/releases', () => {
	it('keeps every recorded release’s manifest and Parquet files, each with the digest the release records', async () => {
		const recorded = (await readdir('data/releases')).filter((f) => f.endsWith('.json'));
		expect(recorded.length).toBeGreaterThan(0);
		for (const file of recorded) {
			const release = JSON.parse(await readFile(join('data/releases', file), 'utf8')) as Release;
			const dir = join('data/releases', release.id);
			const kept = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
			expect(kept.datasets.map((d) => d.name).sort(), release.id).toEqual(Object.keys(release.datasets).sort());
			for (const [name, d] of Object.entries(release.datasets))
				expect(sha256Hex(await readFile(join(dir, d.file))), `${release.id} ${name}`).toBe(d.sha256);
		}
	});
});
