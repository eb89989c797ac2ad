import { error } from '@sveltejs/kit';
import { worldShapesFile } from '$lib/server/world-shapes';

// Written into the build as a static file, named by its content's hash (see the page's load).
export const prerender = true;

export const entries = () => [{ hash: worldShapesFile().hash }];

export function GET({ params }) {
	const { json, hash } = worldShapesFile();
	if (params.hash !== hash) error(404, 'No such outlines file');
	return new Response(json, { headers: { 'content-type': 'application/json' } });
}
