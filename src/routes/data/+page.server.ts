import { readManifest } from '$lib/server/build-database';
import { readBundledCategoryMap } from '$lib/server/category-map';
import { readTargetCoverage } from '$lib/server/synthetic-targets';
import { columnDescriptions } from '$lib/format/column-text';

export async function load() {
	const [manifest, coverage, categoryMap] = await Promise.all([readManifest(), readTargetCoverage(), readBundledCategoryMap()]);
	// Worded here, in the page's language, so the page does not ship every language's ninety descriptions.
	return { manifest, coverage, categoryMap, descriptions: columnDescriptions(manifest.datasets) };
}
