import type { DatasetChangelog, FieldChange } from './changelog';
import type { Release } from './release';

/** One list of a dataset's changelog as a page shows it: its full count, the first entries, how many more. */
export interface ChangeList<T> {
	count: number;
	shown: T[];
	more: number;
}

export interface ChangelogView {
	added: ChangeList<string>;
	removed: ChangeList<string>;
	changed: ChangeList<{ key: string; fields: { field: string; old: string; new: string }[] }>;
	confidenceChanged: ChangeList<string>;
}

/** A recorded value as text: strings as they are, anything else (numbers, null, booleans) as JSON. */
export function valueText(v: unknown): string {
	return typeof v === 'string' ? v : JSON.stringify(v ?? null);
}

const list = <T>(items: readonly T[], max: number): ChangeList<T> => ({
	count: items.length,
	shown: items.slice(0, max),
	more: Math.max(0, items.length - max)
});

const fieldText = (f: FieldChange) => ({ field: f.field, old: valueText(f.old), new: valueText(f.new) });

/**
 * A dataset's changelog for a page: at most `max` entries a list (a rebuilt dataset can change every row;
 * the release's JSON record keeps them all).
 */
export function changelogView(log: DatasetChangelog, max: number): ChangelogView {
	return {
		added: list(log.added, max),
		removed: list(log.removed, max),
		changed: list(
			log.changed.map((c) => ({ key: c.key, fields: c.fields.map(fieldText) })),
			max
		),
		confidenceChanged: list(log.confidenceChanged, max)
	};
}

/** A release as the page lists it: its changelog cut to `max` entries a list, so the page's data stays small. */
export interface ReleaseView extends Omit<Release, 'changelog'> {
	changes: Record<string, ChangelogView>;
}

export function releaseView({ changelog, ...release }: Release, max: number): ReleaseView {
	return {
		...release,
		changes: Object.fromEntries(Object.entries(changelog).map(([name, log]) => [name, changelogView(log, max)]))
	};
}
