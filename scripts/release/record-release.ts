// Build time only: after `npm run data`, records a release in data/releases/<id>.json when any
// dataset's digest differs from the newest recorded release, with the changelog since it.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../src/lib/data/catalog/manifest';
import { parseCsv } from '../../src/lib/data/catalog/parse-csv';
import { parquetAsCsvText } from '../../src/lib/data/catalog/parquet-source';
import type { DatasetSpec } from '../../src/lib/data/catalog/schema';
import { diffDataset, isEmptyChangelog, type DatasetChangelog, type Row } from '../../src/lib/data/release/changelog';
import type { Release } from '../../src/lib/data/release/release';
import { releaseId, sha256Hex } from './release-id';

/** A Parquet file's rows as text values (how CSV would show them), or none when the file is absent. */
export async function readParquetRows(path: string): Promise<Row[]> {
	if (!existsSync(path)) return [];
	const { header, records } = parseCsv(await parquetAsCsvText(path));
	return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]])));
}

/** The newest recorded release (ids start with the date, so they sort by age), or null. */
export async function latestRelease(releasesDir: string): Promise<Release | null> {
	if (!existsSync(releasesDir)) return null;
	const files = (await readdir(releasesDir)).filter((f) => f.endsWith('.json')).sort();
	const last = files.at(-1);
	return last ? (JSON.parse(await readFile(join(releasesDir, last), 'utf8')) as Release) : null;
}

/**
 * The release for a freshly built manifest, or null when every digest equals the latest release's.
 * Throws when a digest changed but the rows did not: the Parquet file changed with nothing to say why.
 */
export function nextRelease(
	manifest: Manifest,
	latest: Release | null,
	rows: { before: ReadonlyMap<string, Row[]>; after: ReadonlyMap<string, Row[]> },
	specs: readonly DatasetSpec[],
	now: Date
): Release | null {
	const digests = Object.fromEntries(manifest.datasets.map((d) => [d.name, d.sha256]));
	const unchanged = (name: string) => latest?.datasets[name]?.sha256 === digests[name];
	if (latest && manifest.datasets.every((d) => unchanged(d.name))) return null;
	const changelog: Record<string, DatasetChangelog> = {};
	if (latest) {
		for (const spec of specs) {
			if (unchanged(spec.name)) continue;
			const confidenceColumns = spec.columns.filter((c) => c.confidence).map((c) => c.name);
			const log = diffDataset(rows.before.get(spec.name) ?? [], rows.after.get(spec.name) ?? [], {
				key: spec.key,
				confidenceColumns
			});
			if (isEmptyChangelog(log))
				throw new Error(`${spec.name}.parquet: its digest changed but no row did; refusing to record a release`);
			changelog[spec.name] = log;
		}
	}
	return {
		id: releaseId(now, digests),
		date: now.toISOString().slice(0, 10),
		previous: latest?.id ?? null,
		datasets: Object.fromEntries(
			manifest.datasets.map((d) => [d.name, { file: d.file, sha256: d.sha256, rows: d.rows }])
		),
		changelog
	};
}

export async function writeRelease(releasesDir: string, release: Release): Promise<string> {
	await mkdir(releasesDir, { recursive: true });
	const path = join(releasesDir, `${release.id}.json`);
	await writeFile(path, `${JSON.stringify(release, null, '\t')}\n`);
	return path;
}

/**
 * Keeps a release's data files (its manifest and Parquet files) in releasesDir/<id>/, which the site serves
 * at <base>/datasets/releases/<id>/ so a page can be pinned to that release. Written once: a release's files
 * never change. Refuses when dataDir no longer holds the release's data (a digest differs).
 */
export async function keepReleaseFiles(releasesDir: string, release: Release, dataDir: string): Promise<string | null> {
	const dir = join(releasesDir, release.id);
	if (existsSync(dir)) return null;
	const files = Object.values(release.datasets).map((d) => d.file);
	for (const [name, d] of Object.entries(release.datasets)) {
		const digest = sha256Hex(await readFile(join(dataDir, d.file)));
		if (digest !== d.sha256)
			throw new Error(`${d.file}: its digest is not release ${release.id}'s for ${name}; not keeping its files`);
	}
	// Written beside the folder and renamed, so an interrupted run leaves no half release behind.
	const partial = `${dir}.partial`;
	await rm(partial, { recursive: true, force: true });
	await mkdir(partial, { recursive: true });
	for (const file of ['manifest.json', ...files]) await copyFile(join(dataDir, file), join(partial, file));
	await rename(partial, dir);
	return dir;
}
