// Build time only: the category map, read from the file the data build harmonises with, for uploads in the browser.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CATEGORY_MAP_FILE, readCategoryMap, type CategoryMap } from '$lib/data/catalog/category-map';
import { DATA_DIR } from './build-database';

export async function readBundledCategoryMap(): Promise<CategoryMap> {
	const text = await readFile(resolve(DATA_DIR, 'sources', CATEGORY_MAP_FILE), 'utf8');
	return readCategoryMap(text, CATEGORY_MAP_FILE).map;
}
