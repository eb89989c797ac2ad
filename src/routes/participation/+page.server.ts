import { buildDatabase } from '$lib/server/build-database';
import { worldShapes } from '$lib/server/world-shapes';
import { readTargetCoverage } from '$lib/server/synthetic-targets';
import { coverageCounts } from '$lib/data/synthetic/target-coverage';
import { attendanceByYearQuery, type AttendanceRow } from '$lib/data/queries/participation';
import { compositionQuery, type CompositionRow } from '$lib/data/queries/composition';
import { indicatorsQuery, type IndicatorRow } from '$lib/data/queries/indicators';
import { nrisOverTimeQuery, type NriRow } from '$lib/data/queries/nris';
import { loadLinkedIndex } from '$lib/data/transform/linked-index';
import { PARTICIPATION_FILTERS } from './filters';

export async function load() {
	const db = await buildDatabase();
	const [attendance, stakeholder, region, gender, indicators, nris, linked, coverage] = await Promise.all([
		db.query<AttendanceRow>(attendanceByYearQuery()),
		db.query<CompositionRow>(compositionQuery('stakeholder_group')),
		db.query<CompositionRow>(compositionQuery('region')),
		db.query<CompositionRow>(compositionQuery('gender')),
		db.query<IndicatorRow>(indicatorsQuery()),
		db.query<NriRow>(nrisOverTimeQuery()),
		// The same in-memory index the page answers filter changes with, for the default view.
		loadLinkedIndex(db, PARTICIPATION_FILTERS).then((index) => index.answer()),
		// Counts only: the map says how much of its records rests on published shares.
		readTargetCoverage().then(coverageCounts)
	]);
	return { attendance, stakeholder, region, gender, indicators, nris, linked, coverage, shapes: worldShapes() };
}
