import { describe, expect, it } from 'vitest';
import { attendanceSummary } from './attendance-text';
import type { AttendanceRow } from '$lib/data/queries/participation';

const row = (year: number, measure: string, value: number | null, qualifier: string | null = 'exact') =>
	({ year, measure, value, qualifier }) as unknown as AttendanceRow;

describe('attendanceSummary', () => {
	it('counts meetings in words that agree with the number', () => {
		const one = attendanceSummary([row(2010, 'onsite', 1400)]);
		expect(one).toContain('for 1 of 1 meeting.');
		expect(one).toContain('The largest published participant figure is 1,400 (onsite, 2010).');
		const two = attendanceSummary([row(2010, 'onsite', 1400), row(2011, 'onsite', null, null)]);
		expect(two).toContain('for 1 of 2 meetings (1 without any figure).');
	});
	it('says when no meeting matches', () => {
		expect(attendanceSummary([])).toBe('Participants per annual IGF: no meetings match the current filters.');
	});
});
