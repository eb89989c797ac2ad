import { namesWithoutOutline, worldShapesFile } from '$lib/server/world-shapes';
import { WorldOutlines } from '$lib/charts/world-outlines';
import { readTargetCoverage } from '$lib/server/synthetic-targets';
import { coverageCounts } from '$lib/data/synthetic/target-coverage';
import { PARTICIPATION_TABLES } from '$lib/data/queries/participation';
import { COMPOSITION_TABLES } from '$lib/data/queries/composition';
import { INDICATOR_TABLES } from '$lib/data/queries/indicators';
import { NRI_TABLES } from '$lib/data/queries/nris';
import { getLocale } from '$lib/paraglide/runtime';
import { countryNames } from '$lib/server/country-names';
import { participationInitialData } from './initial-data';

export async function load() {
	const [{ cubeFile, ...rows }, coverage] = await Promise.all([
		participationInitialData(),
		// Counts only: the map says how much of its records rests on published shares.
		readTargetCoverage().then(coverageCounts)
	]);
	const shapes = worldShapesFile(getLocale());
	return {
		liveTables: [...new Set([...PARTICIPATION_TABLES, ...COMPOSITION_TABLES, ...INDICATOR_TABLES, ...NRI_TABLES])],
		...rows,
		linkedCube: `participation/linked-cube.${cubeFile.hash}.bin.gz`,
		coverage,
		countries: countryNames(
			rows.attendance.map((r) => r.country),
			getLocale()
		),
		// The map's table names every country; the outlines name only those large enough to draw.
		smallCountries: namesWithoutOutline(getLocale()),
		outlines: new WorldOutlines(`participation/world-shapes.${shapes.hash}.json`, shapes.shapes)
	};
}
