/** data/releases/<id>.json, recorded by `npm run data` and read by the site's /api/releases.json. */
import type { DatasetChangelog } from './changelog';

export interface Release {
	/** `2026-12-05-b1e53c8`: the data's build date and a short hash of every dataset's digest. */
	id: string;
	date: string;
	previous: string | null;
	datasets: Record<string, { file: string; sha256: string; rows: number }>;
	/** Per dataset that changed since `previous`; empty for the first release. */
	changelog: Record<string, DatasetChangelog>;
}

/** What a page names of a release: which one and when (a citation, the footer). */
export type ReleaseStamp = Pick<Release, 'id' | 'date'>;
