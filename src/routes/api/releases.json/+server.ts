import { allReleases } from '$lib/server/releases';

// Written into the build as a static file: every data release, newest first.
export const prerender = true;

export function GET() {
	const releases = allReleases().map((r) => ({
		id: r.id,
		date: r.date,
		sha256: Object.fromEntries(Object.entries(r.datasets).map(([name, d]) => [name, d.sha256])),
		changelog: `api/releases/${r.id}.json`
	}));
	return new Response(`${JSON.stringify({ releases }, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
}
