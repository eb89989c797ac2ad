// /participation's cube file for a swapped participants dataset: the page reads its linked selection from
// this file, not the engine, so the bench serves the one the build would write for that data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeDatabaseWith } from '../../src/lib/data/db/duckdb-node';
import { readLinkedCubes } from '../../src/lib/data/transform/linked-index';
import { encodeCubes, packCubeFile } from '../../src/lib/data/transform/linked-cube-file';
import { PARTICIPATION_FILTERS } from '../../src/routes/participation/filters';

/** The build's cube file's address, and the bytes it would hold with `participantsFile` as the participants. */
export async function linkedCubeAtSize(buildDir: string, participantsFile: string) {
	const name = readdirSync(join(buildDir, 'participation')).find((f) => /^linked-cube\..+\.bin\.gz$/.test(f));
	if (!name) throw new Error(`The build in ${buildDir} has no participation/linked-cube.*.bin.gz`);
	const db = await openNodeDatabaseWith({ participants: participantsFile });
	try {
		return {
			pathname: `/participation/${name}`,
			bytes: await packCubeFile(encodeCubes(await readLinkedCubes(db, PARTICIPATION_FILTERS)))
		};
	} finally {
		await db.close();
	}
}
