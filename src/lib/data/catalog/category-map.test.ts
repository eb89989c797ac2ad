import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCategoryMap } from './category-map';
import { deriveColumns } from './derive-columns';
import { parseCsv } from './parse-csv';
import { participationBreakdown } from './datasets/participation-breakdown';
import { contributions } from './datasets/contributions';
import { validateDataset } from './validate-dataset';

const source = (name: string) => readFileSync(new URL(`../../../../data/sources/${name}`, import.meta.url), 'utf8');
const real = readCategoryMap(source('category_map.csv'), 'category_map.csv');

function harmonise(text: string, spec = participationBreakdown) {
	const csv = parseCsv(text);
	const { rows } = validateDataset(spec, csv, spec.source);
	return deriveColumns(spec, rows, real.map, spec.source, csv.header);
}

describe('category map', () => {
	it('is valid and maps every published label of the real data', () => {
		expect(real.problems).toEqual([]);
		expect(harmonise(source('participation_breakdown.csv')).problems).toEqual([]);
		expect(harmonise(source('contributions.csv'), contributions).problems).toEqual([]);
	});

	it('keeps the published label and adds the canonical one; combined groups map to null', () => {
		const { rows } = harmonise(source('participation_breakdown.csv'));
		const find = (year: number, category: string) => rows.find((r) => r.year === year && r.category === category);
		expect(find(2011, 'Asian Group')?.canonical_category).toBe('Asia-Pacific');
		expect(find(2025, 'press')?.canonical_category).toBe('media');
		expect(find(2006, 'private sector + media (combined)')?.canonical_category).toBeNull();
		// programme rows are not harmonised at all
		expect(find(2016, 'workshops')?.canonical_category).toBeNull();
	});

	it('reports an unknown label with its file, line and column', () => {
		const text = 'year,dimension,category,count_or_share,unit,note,source_url\n2030,region,Atlantis,5,percent_of_participants,,https://x.org\n';
		const { problems } = harmonise(text);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'participation_breakdown.csv', line: 2, column: 3, severity: 'error' });
		expect(problems[0].message).toContain('"Atlantis"');
	});

	it('rejects a canonical category outside its vocabulary', () => {
		const { problems } = readCategoryMap('dimension,published_label,canonical_category,note\nregion,Mars,Martian,\n', 'm.csv');
		expect(problems.map((p) => [p.line, p.column])).toEqual([[2, 3]]);
	});
});
