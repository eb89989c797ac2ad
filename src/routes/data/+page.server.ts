import { readManifest } from '$lib/server/build-database';
import { readBundledCategoryMap } from '$lib/server/category-map';
import { readTargetCoverage } from '$lib/server/synthetic-targets';

export async function load() {
	const [manifest, coverage, categoryMap] = await Promise.all([readManifest(), readTargetCoverage(), readBundledCategoryMap()]);
	return { manifest, coverage, categoryMap };
}
