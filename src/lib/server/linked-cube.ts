// Build time only: the bundled participants' linked cubes as the file /participation reads with no engine.
import type { LinkedFacet } from '$lib/data/queries/participants-cube';
import { readLinkedCubes } from '$lib/data/transform/linked-index';
import { encodeCubes } from '$lib/data/transform/linked-cube-file';
import { buildDatabase } from './build-database';
import { contentHash } from './content-hash';

export interface LinkedCubeFile {
	bytes: Uint8Array<ArrayBuffer>;
	/** Of the bytes, for the file's name. */
	hash: string;
}

const files = new WeakMap<readonly LinkedFacet[], Promise<LinkedCubeFile>>();

/** Computed once per build and set of facets: the page and the file's endpoint ask for the same bytes. */
export function linkedCubeFile(facets: readonly LinkedFacet[]): Promise<LinkedCubeFile> {
	let file = files.get(facets);
	if (!file) {
		file = buildDatabase()
			.then((db) => readLinkedCubes(db, facets))
			.then((cubes) => {
				const bytes = encodeCubes(cubes);
				return { bytes, hash: contentHash(bytes) };
			});
		files.set(facets, file);
	}
	return file;
}
