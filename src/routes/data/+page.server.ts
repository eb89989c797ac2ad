import { readManifest } from '$lib/server/build-database';
import { readTargetCoverage } from '$lib/server/synthetic-targets';

export async function load() {
	const [manifest, coverage] = await Promise.all([readManifest(), readTargetCoverage()]);
	return { manifest, coverage };
}
