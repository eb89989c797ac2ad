import { lookupCategory, type CategoryMap } from './category-map';
import { foundError, type FoundProblem } from './problem';
import type { DatasetSpec, TypedRow } from './schema';
import type { SourceRow } from './validate-dataset';

/** Fills derived columns (category-map harmonisation, computed columns); reports labels the map does not know. */
export function deriveColumns(spec: DatasetSpec, rows: readonly SourceRow[], map: CategoryMap, file: string, header: readonly string[]) {
	const problems: FoundProblem[] = [];
	const out = rows.map(({ line, values }) => {
		const row: TypedRow = { ...values };
		for (const c of spec.columns.filter((c) => c.derived)) {
			if (c.harmonise) {
				const { from, vocabulary } = c.harmonise;
				const dimension = typeof vocabulary === 'function' ? vocabulary(values) : vocabulary;
				const label = values[from];
				let canonical: string | null = null;
				if (dimension && label !== null) {
					const found = lookupCategory(map, dimension, String(label));
					if (found === undefined)
						problems.push(
							foundError(file, line, header.indexOf(from) + 1, {
								code: 'unmapped_label',
								column: from,
								label: String(label),
								dimension
							})
						);
					canonical = found ?? null;
				}
				row[c.name] = canonical;
			} else row[c.name] = c.compute ? c.compute(values) : null;
		}
		return row;
	});
	return { rows: out, problems };
}
