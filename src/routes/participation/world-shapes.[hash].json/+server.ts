import { error } from '@sveltejs/kit';
import { allWorldShapesFiles } from '$lib/server/world-shapes';

// Written into the build as a static file, named by its content's hash (see the page's load).
export const prerender = true;

export const entries = () => allWorldShapesFiles().map(({ hash }) => ({ hash }));

export function GET({ params }) {
	const file = allWorldShapesFiles().find(({ hash }) => hash === params.hash);
	if (!file) error(404, 'No such outlines file');
	return new Response(file.json, { headers: { 'content-type': 'application/json' } });
}
