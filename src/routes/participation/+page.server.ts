import { buildDatabase } from '$lib/server/build-database';
import { namesWithoutOutline, worldShapesFile } from '$lib/server/world-shapes';
import { WorldOutlines } from '$lib/charts/world-outlines';
import { readTargetCoverage } from '$lib/server/synthetic-targets';
import { coverageCounts } from '$lib/data/synthetic/target-coverage';
import { attendanceByYearQuery, PARTICIPATION_TABLES, type AttendanceRow } from '$lib/data/queries/participation';
import { compositionQuery, COMPOSITION_TABLES, type CompositionRow } from '$lib/data/queries/composition';
import { indicatorsQuery, INDICATOR_TABLES, type IndicatorRow } from '$lib/data/queries/indicators';
import { nrisOverTimeQuery, NRI_TABLES, type NriRow } from '$lib/data/queries/nris';
import { linkedCubeFile } from '$lib/server/linked-cube';
import { LinkedIndex } from '$lib/data/transform/linked-index';
import { decodeCubes } from '$lib/data/transform/linked-cube-file';
import { PARTICIPATION_FILTERS } from './filters';
import { getLocale } from '$lib/paraglide/runtime';
import { countryNames } from '$lib/server/country-names';

export async function load() {
	const db = await buildDatabase();
	const [attendance, stakeholder, region, gender, indicators, nris, cubeFile, coverage] = await Promise.all([
		db.query<AttendanceRow>(attendanceByYearQuery()),
		db.query<CompositionRow>(compositionQuery('stakeholder_group')),
		db.query<CompositionRow>(compositionQuery('region')),
		db.query<CompositionRow>(compositionQuery('gender')),
		db.query<IndicatorRow>(indicatorsQuery()),
		db.query<NriRow>(nrisOverTimeQuery()),
		linkedCubeFile(PARTICIPATION_FILTERS),
		// Counts only: the map says how much of its records rests on published shares.
		readTargetCoverage().then(coverageCounts)
	]);
	// The default view as the page will answer it, from the very file it fetches to answer filter changes.
	const { cube, countries } = decodeCubes(cubeFile.bytes);
	const linked = new LinkedIndex(PARTICIPATION_FILTERS, cube, countries).answer();
	const shapes = worldShapesFile(getLocale());
	return {
		liveTables: [...new Set([...PARTICIPATION_TABLES, ...COMPOSITION_TABLES, ...INDICATOR_TABLES, ...NRI_TABLES])],
		attendance,
		stakeholder,
		region,
		gender,
		indicators,
		nris,
		linked,
		linkedCube: `participation/linked-cube.${cubeFile.hash}.bin.gz`,
		coverage,
		countries: countryNames(
			attendance.map((r) => r.country),
			getLocale()
		),
		// The map's table names every country; the outlines name only those large enough to draw.
		smallCountries: namesWithoutOutline(getLocale()),
		outlines: new WorldOutlines(`participation/world-shapes.${shapes.hash}.json`, shapes.shapes)
	};
}
