// What a page's `?release=<id>` asks for, against the releases the site keeps (/api/releases.json).

/** The query parameter that pins a page to a data release. */
export const RELEASE_PARAM = 'release';

/** `2026-12-05-b1e53c8`: a build date and 7 hex digits (scripts/release/release-id.ts). */
const RELEASE_ID = /^\d{4}-\d{2}-\d{2}-[0-9a-f]{7}$/;

export const isReleaseId = (text: string): boolean => RELEASE_ID.test(text);

/** A release as /api/releases.json lists it. */
export interface ListedRelease {
	id: string;
	date: string;
}

export type ReleaseRef =
	/** The newest release: the page as it is. */
	| { kind: 'current'; id: string }
	| { kind: 'older'; id: string; date: string; current: ListedRelease }
	/** Well formed but not a release the site keeps. */
	| { kind: 'unknown'; id: string; current: ListedRelease };

/** Finds a well-formed release id among the releases, listed newest first; throws when there are none. */
export function resolveReleaseRef(id: string, releases: readonly ListedRelease[]): ReleaseRef {
	const current = releases[0];
	if (!current) throw new Error('no release is listed');
	const index = releases.findIndex((r) => r.id === id);
	if (index < 0) return { kind: 'unknown', id, current };
	if (index === 0) return { kind: 'current', id };
	return { kind: 'older', id, date: releases[index].date, current };
}
