import { parseCsv } from './parse-csv';
import type { Problem } from './problem';
import type { DatasetSpec } from './schema';
import { validateDataset } from './validate-dataset';
import { CANONICAL } from './vocabularies';

/** dimension → published label → canonical category (null: deliberately not mappable, e.g. a combined group). */
export type CategoryMap = Map<string, Map<string, string | null>>;

export const CATEGORY_MAP_FILE = 'category_map.csv';

const categoryMapSpec: DatasetSpec = {
	name: 'category_map',
	title: 'Category map',
	description: 'Published labels mapped to canonical categories.',
	source: CATEGORY_MAP_FILE,
	key: ['dimension', 'published_label'],
	columns: [
		{ name: 'dimension', type: 'VARCHAR', required: true, allowed: Object.keys(CANONICAL), description: 'Vocabulary' },
		{ name: 'published_label', type: 'VARCHAR', required: true, description: 'Label as published' },
		{ name: 'canonical_category', type: 'VARCHAR', description: 'Canonical category; empty when not mappable' },
		{ name: 'note', type: 'VARCHAR', description: 'Why this mapping' }
	]
};

/** Reads and checks the category map: every canonical value must belong to its dimension's vocabulary. */
export function readCategoryMap(text: string, file: string): { map: CategoryMap; problems: Problem[] } {
	const validated = validateDataset(categoryMapSpec, parseCsv(text), file);
	const { rows } = validated;
	const problems: Problem[] = [...validated.problems];
	const map: CategoryMap = new Map();
	for (const { line, values } of rows) {
		const dimension = values.dimension as string | null;
		const label = values.published_label as string | null;
		const canonical = (values.canonical_category as string | null) ?? null;
		if (!dimension || !label || !CANONICAL[dimension]) continue;
		if (canonical !== null && !CANONICAL[dimension].includes(canonical)) {
			problems.push({
				file,
				line,
				column: 3,
				severity: 'error',
				message: `canonical_category: ${JSON.stringify(canonical)} is not in the ${dimension} vocabulary (${CANONICAL[dimension].join(', ')})`
			});
			continue;
		}
		if (!map.has(dimension)) map.set(dimension, new Map());
		map.get(dimension)!.set(label, canonical);
	}
	return { map, problems };
}

/** Looks a label up: `undefined` when the label is unmapped (unknown), null when mapped to no canonical category. */
export function lookupCategory(map: CategoryMap, dimension: string, label: string): string | null | undefined {
	return map.get(dimension)?.get(label);
}
