import type { Problem } from './problem';
import type { ShareCheck } from './schema';
import type { SourceRow } from './validate-dataset';

/**
 * Shares per group (e.g. year + dimension) that add up far from 100 are warnings, not errors:
 * published breakdowns may be partial lists, multi-select or overlapping (2008 "Asia (incl. host)").
 * A single share below 0 or above 100 is clearly wrong and is an error.
 */
export function checkShares(check: ShareCheck, rows: readonly SourceRow[], file: string, header: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	const column = header.indexOf(check.value) + 1;
	const groups = new Map<string, SourceRow[]>();
	for (const row of rows) {
		const unit = row.values[check.unit];
		const value = row.values[check.value];
		if (typeof unit !== 'string' || !check.isShare(unit) || typeof value !== 'number') continue;
		if (value < 0 || value > 100)
			problems.push({ file, line: row.line, column, severity: 'error', message: `${check.value}: share ${value} is outside 0–100` });
		const id = JSON.stringify(check.groupBy.map((k) => row.values[k]));
		groups.set(id, [...(groups.get(id) ?? []), row]);
	}
	for (const group of groups.values()) {
		if (group.length < 2) continue; // a lone share (e.g. first-time participants) is not a breakdown
		const sum = Math.round(group.reduce((s, r) => s + (r.values[check.value] as number), 0) * 1000) / 1000;
		if (sum >= check.min && sum <= check.max) continue;
		const where = check.groupBy.map((k) => `${k}=${group[0].values[k]}`).join(' ');
		problems.push({
			file,
			line: group[0].line,
			column,
			severity: 'warning',
			message: `shares for ${where} sum to ${sum} over ${group.length} rows (expected ${check.min}–${check.max}; partial or overlapping breakdown?)`
		});
	}
	return problems;
}
