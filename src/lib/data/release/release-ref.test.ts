import { describe, expect, it } from 'vitest';
import { isReleaseId, resolveReleaseRef } from './release-ref';

// A fixture list, newest first, in the shape of /api/releases.json.
const releases = [
	{ id: '2026-12-07-0000002', date: '2026-12-07' },
	{ id: '2026-12-05-b1e53c8', date: '2026-12-05' }
];

describe('isReleaseId', () => {
	it('accepts a date and 7 lowercase hex digits only', () => {
		expect(isReleaseId('2026-12-05-b1e53c8')).toBe(true);
		for (const bad of ['', '2026-12-05', '2026-12-05-B1E53C8', '2026-12-05-b1e53c8x', '../manifest', '2026-12-05-b1e53c/'])
			expect(isReleaseId(bad), bad).toBe(false);
	});
});

describe('resolveReleaseRef', () => {
	it('names the newest release current', () => {
		expect(resolveReleaseRef('2026-12-07-0000002', releases)).toEqual({ kind: 'current', id: '2026-12-07-0000002' });
	});

	it('gives an older release its date and the current one', () => {
		expect(resolveReleaseRef('2026-12-05-b1e53c8', releases)).toEqual({
			kind: 'older',
			id: '2026-12-05-b1e53c8',
			date: '2026-12-05',
			current: releases[0]
		});
	});

	it('says an id the site does not keep is unknown, with the current release', () => {
		expect(resolveReleaseRef('2020-01-01-abcdef0', releases)).toEqual({
			kind: 'unknown',
			id: '2020-01-01-abcdef0',
			current: releases[0]
		});
		expect(() => resolveReleaseRef('2020-01-01-abcdef0', [])).toThrow(/no release/);
	});
});
