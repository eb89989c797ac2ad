import { buildDatabase } from '$lib/server/build-database';
import { attendanceByYearQuery, type AttendanceRow } from '$lib/data/queries/participation';

export async function load() {
	const db = await buildDatabase();
	return { attendance: await db.query<AttendanceRow>(attendanceByYearQuery()) };
}
