// Build time only: the recorded data releases (data/releases/*.json), newest first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Release, ReleaseStamp } from '$lib/data/release/release';
import { DATA_DIR } from './build-database';

export function allReleases(): Release[] {
	const dir = resolve(DATA_DIR, 'releases');
	if (!existsSync(dir)) return [];
	// Ids start with the date, so a reverse sort puts the newest first.
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.reverse()
		.map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Release);
}

/** The newest release, which the pages built now show: null before any is recorded. */
export function currentRelease(): ReleaseStamp | null {
	const [newest] = allReleases();
	return newest ? { id: newest.id, date: newest.date } : null;
}
