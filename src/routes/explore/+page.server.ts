import { readManifest } from '$lib/server/build-database';

export async function load() {
	return { manifest: await readManifest() };
}
