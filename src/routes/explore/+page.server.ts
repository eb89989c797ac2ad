import { buildDatabase, readManifest } from '$lib/server/build-database';
import { DEFAULT_DATASET, ExploreSession } from '$lib/state/explore.svelte';

// The default dataset's first page, filters and counts, read by the same session the browser runs.
export async function load() {
	const session = new ExploreSession({ withTables: () => buildDatabase(), uploaded: {} });
	await session.open(DEFAULT_DATASET);
	if (session.error) throw new Error(`Prerendering /explore: ${session.error}`);
	return { manifest: await readManifest(), snapshot: session.snapshot };
}
