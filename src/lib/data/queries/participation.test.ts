import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { bundledDatabase, sourceRows } from '../../../../tests/unit/source-csv';
import { ATTENDANCE_MEASURES, attendanceByYearQuery, type AttendanceRow } from './participation';

type SourceMeeting = Record<string, string | null>;

describe('attendanceByYearQuery against the bundled Parquet', () => {
	let db: Database;
	let rows: AttendanceRow[];
	let source: SourceMeeting[];
	beforeAll(async () => {
		db = await bundledDatabase();
		rows = await db.query<AttendanceRow>(attendanceByYearQuery());
		source = await sourceRows<SourceMeeting>('meetings.csv');
	});
	afterAll(() => db.close());

	it('has one row per meeting and measure, in year order', () => {
		expect(rows).toHaveLength(source.length * ATTENDANCE_MEASURES.length);
		const years = rows.map((r) => r.year);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	it('returns every published figure as published, with its qualifier, and missing ones as null', () => {
		for (const m of source) {
			for (const measure of ATTENDANCE_MEASURES) {
				const row = rows.find((r) => r.year === Number(m.year) && r.measure === measure)!;
				const published = m[measure];
				expect(row.value, `${m.year} ${measure}`).toBe(published ? Number(published) : null);
				expect(row.qualifier, `${m.year} ${measure} qualifier`).toBe(published ? m[`${measure}_qualifier`] : null);
				expect(row.source_url).toBe(m.source_url);
			}
		}
	});

	it('never turns a missing figure into zero', () => {
		const missing = source.filter((m) => !m.onsite && !m.online && !m.total).map((m) => Number(m.year));
		expect(missing.length).toBeGreaterThan(0);
		for (const year of missing) expect(rows.filter((r) => r.year === year).every((r) => r.value === null)).toBe(true);
	});
});
