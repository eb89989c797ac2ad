import { error } from '@sveltejs/kit';
import { allReleases } from '$lib/server/releases';

// Written into the build as a static file per release: its digests and changelog.
export const prerender = true;

export const entries = () => allReleases().map(({ id }) => ({ id }));

export function GET({ params }) {
	const release = allReleases().find(({ id }) => id === params.id);
	if (!release) error(404, 'No such release');
	return new Response(`${JSON.stringify(release, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
}
