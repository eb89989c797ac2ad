// Build time: every participation chart's rows under no filters, for the prerendered page and /api/charts/.
import { buildDatabase } from '$lib/server/build-database';
import { attendanceByYearQuery, type AttendanceRow } from '$lib/data/queries/participation';
import { compositionQuery, type CompositionRow } from '$lib/data/queries/composition';
import { indicatorsQuery, type IndicatorRow } from '$lib/data/queries/indicators';
import { nrisOverTimeQuery, type NriRow } from '$lib/data/queries/nris';
import { linkedCubeFile } from '$lib/server/linked-cube';
import { LinkedIndex } from '$lib/data/transform/linked-index';
import { decodeCubes } from '$lib/data/transform/linked-cube-file';
import { PARTICIPATION_FILTERS } from './filters';

export async function participationInitialData() {
	const db = await buildDatabase();
	const [attendance, stakeholder, region, gender, indicators, nris, cubeFile] = await Promise.all([
		db.query<AttendanceRow>(attendanceByYearQuery()),
		db.query<CompositionRow>(compositionQuery('stakeholder_group')),
		db.query<CompositionRow>(compositionQuery('region')),
		db.query<CompositionRow>(compositionQuery('gender')),
		db.query<IndicatorRow>(indicatorsQuery()),
		db.query<NriRow>(nrisOverTimeQuery()),
		linkedCubeFile(PARTICIPATION_FILTERS)
	]);
	// The default view as the page will answer it, from the very file it fetches to answer filter changes.
	const { cube, countries } = decodeCubes(cubeFile.bytes);
	const linked = new LinkedIndex(PARTICIPATION_FILTERS, cube, countries).answer();
	return { attendance, stakeholder, region, gender, indicators, nris, linked, cubeFile };
}

export type ParticipationInitialData = Awaited<ReturnType<typeof participationInitialData>>;
