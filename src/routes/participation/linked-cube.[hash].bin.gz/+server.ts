import { error } from '@sveltejs/kit';
import { linkedCubeFile } from '$lib/server/linked-cube';
import { packCubeFile } from '$lib/data/transform/linked-cube-file';
import { PARTICIPATION_FILTERS } from '../filters';

// Written into the build as a static file, named by its content's hash (see the page's load).
export const prerender = true;

export async function entries() {
	return [{ hash: (await linkedCubeFile(PARTICIPATION_FILTERS)).hash }];
}

export async function GET({ params }) {
	const { bytes, hash } = await linkedCubeFile(PARTICIPATION_FILTERS);
	if (params.hash !== hash) error(404, 'No such cube file');
	return new Response(await packCubeFile(bytes), { headers: { 'content-type': 'application/gzip' } });
}
