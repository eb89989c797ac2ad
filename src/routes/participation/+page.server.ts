import { worldShapesFile } from '$lib/server/world-shapes';
import { WorldOutlines } from '$lib/charts/world-outlines';
import { readTargetCoverage } from '$lib/server/synthetic-targets';
import { coverageCounts } from '$lib/data/synthetic/target-coverage';
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
		...rows,
		linkedCube: `participation/linked-cube.${cubeFile.hash}.bin.gz`,
		coverage,
		countries: countryNames(
			rows.attendance.map((r) => r.country),
			getLocale()
		),
		outlines: new WorldOutlines(`participation/world-shapes.${shapes.hash}.json`, shapes.shapes)
	};
}
