import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { bundledDatabase, sourceRows } from '../../../../tests/unit/source-csv';
import { ATTENDANCE_MEASURES, REGISTRATIONS, attendanceByYearQuery, type AttendanceRow } from './participation';

const MEASURES = [...ATTENDANCE_MEASURES, REGISTRATIONS];

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
		expect(rows).toHaveLength(source.length * MEASURES.length);
		const years = rows.map((r) => r.year);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	it('returns every published figure as published, with its qualifier and relayer, and missing ones as null', () => {
		for (const m of source) {
			for (const measure of MEASURES) {
				const row = rows.find((r) => r.year === Number(m.year) && r.measure === measure)!;
				const published = m[measure];
				expect(row.value, `${m.year} ${measure}`).toBe(published ? Number(published) : null);
				expect(row.qualifier, `${m.year} ${measure} qualifier`).toBe(published ? m[`${measure}_qualifier`] : null);
				expect(row.relayed_by, `${m.year} ${measure} relayed by`).toBe(m[`${measure}_relayed_by`] || null);
				expect(row.source_url).toBe(m.source_url);
			}
		}
	});

	it('keeps registrations apart from participants: 2021 and 2025 are registrations only', () => {
		for (const year of [2021, 2025]) {
			const m = source.find((s) => Number(s.year) === year)!;
			const reg = rows.find((r) => r.year === year && r.measure === REGISTRATIONS)!;
			expect(reg.value).toBe(Number(m.registrations));
		}
		expect(rows.find((r) => r.year === 2021 && r.measure === 'total')!.value).toBeNull();
	});

	it('never turns a missing figure into zero', () => {
		const missing = source.filter((m) => !m.onsite && !m.online && !m.total).map((m) => Number(m.year));
		expect(missing.length).toBeGreaterThan(0);
		for (const year of missing) expect(rows.filter((r) => r.year === year).every((r) => r.value === null)).toBe(true);
	});
});
