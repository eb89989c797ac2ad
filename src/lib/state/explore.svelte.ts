import { isRowLevel } from '$lib/data/catalog/datasets';
import type { Database, Row } from '$lib/data/db/database';
import { SMALL_CELL_THRESHOLD } from '$lib/config';
import { tableColumnsQuery, type DatabaseColumn } from '$lib/data/queries/catalog';
import {
	categoryCountsQuery,
	countQuery,
	distinctCountsQuery,
	exploreQuery,
	isAggregate,
	numericBoundsQuery,
	pageQuery,
	resultColumnsQuery,
	sourcesQuery,
	type ExploreView
} from '$lib/data/queries/explore';
import type { FilterValue } from '$lib/data/sql/predicates';
import { Crossfilter } from './crossfilter.svelte';
import type { Engine } from './engine.svelte';
import { decodeExplore, encodeExplore, VIEW_PARAMS, type ExploreChoice } from './explore-url';
import { filterSpecsFor, MAX_SET_OPTIONS, type ColumnStats } from './filter-specs';
import type { FilterSpec, IgnoredParam } from './url-filters';
import { NewestAnswer } from './newest-answer';
import { errorMessage } from './query-result.svelte';

export const PAGE_SIZE = 50;
/** The dataset /explore shows when the URL names none; its first page is prerendered. */
export const DEFAULT_DATASET = 'meetings';
const EMPTY: ExploreChoice = { groupBy: [], aggregate: null, sort: null, page: 1 };

/** What the session needs of the engine: the browser's Engine, or the build's database when prerendering. */
export type ExploreEngine = Pick<Engine, 'withTables' | 'uploaded'>;

/** A dataset's unfiltered first page and everything around it, as the page is prerendered. */
export interface ExploreSnapshot {
	dataset: string;
	columns: DatabaseColumn[];
	specs: readonly FilterSpec[];
	rows: Row[];
	total: number;
	resultColumns: DatabaseColumn[];
	counts: ExploreSession['counts'];
	sources: string[];
}

/**
 * /explore: one table, its filters, group-by/aggregate, sort and page; re-queries the engine on each change.
 * Started from a snapshot, it shows that until the reader asks for another view, so the engine starts on intent.
 */
export class ExploreSession {
	dataset = $state<string | null>(null);
	/** The dataset asked for while its table is being read (the picker shows it at once). */
	opening = $state<string | null>(null);
	columns = $state.raw<DatabaseColumn[]>([]);
	filters = $state.raw<Crossfilter>(new Crossfilter([]));
	choice = $state.raw<ExploreChoice>(EMPTY);
	ignored = $state.raw<IgnoredParam[]>([]);
	/** Value counts of each multi-select column under the other filters. */
	counts = $state.raw<Record<string, { value: string | null; n: number | null }[]>>({});
	rows = $state.raw<Row[]>([]);
	/** Source addresses of the filtered rows (when the table has a source column). */
	sources = $state.raw<string[]>([]);
	resultColumns = $state.raw<DatabaseColumn[]>([]);
	total = $state(0);
	loading = $state(false);
	error = $state<string | null>(null);
	#engine: ExploreEngine;
	#newest = new NewestAnswer();
	#snapshot: ExploreSnapshot | null;
	#pending: Promise<void> = Promise.resolve();

	constructor(engine: ExploreEngine, snapshot: ExploreSnapshot | null = null) {
		this.#engine = engine;
		this.#snapshot = snapshot;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an empty, never-mutated default
		if (snapshot) this.#show(snapshot, new URLSearchParams(), snapshot);
	}

	/** The current table and page, to prerender (see ExploreSnapshot). */
	get snapshot(): ExploreSnapshot {
		const { dataset, columns, rows, total, resultColumns, counts, sources } = this;
		return { dataset: dataset ?? '', columns, specs: this.filters.specs, rows, total, resultColumns, counts, sources };
	}

	/** Starts the engine and the current table's load ahead of a query (on a first sign of intent). */
	prepare() {
		if (this.dataset) this.#engine.withTables([this.dataset]).catch(() => {});
	}

	/** One row per person: aggregates and value counts below the threshold are suppressed. */
	get rowLevel(): boolean {
		return this.dataset !== null && isRowLevel(this.dataset);
	}
	/** The suppression threshold in force, or null for published (not person-level) data. */
	get minCell(): number | null {
		return this.rowLevel ? SMALL_CELL_THRESHOLD : null;
	}
	/**
	 * Uploaded row-level records may describe real people: they are shown only as suppressed aggregates
	 * (the bundled participants are synthetic, so their rows can be browsed).
	 */
	get rowsWithheld(): boolean {
		return this.rowLevel && this.dataset! in this.#engine.uploaded && !isAggregate(this.choice);
	}

	/** The view as SQL inputs. */
	get view(): ExploreView {
		const { groupBy, sort } = this.choice;
		const aggregate = this.rowsWithheld ? { fn: 'count' as const, column: null } : this.choice.aggregate;
		return { table: this.dataset ?? '', where: this.filters.where(), groupBy, aggregate, sort, minCell: this.minCell };
	}
	get sql(): string {
		return exploreQuery(this.view);
	}

	/** Opens a table (bundled or uploaded) and restores the view from URL parameters. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
	open(dataset: string, params: URLSearchParams = new URLSearchParams()): Promise<void> {
		return this.#track(this.#open(dataset, params));
	}
	async #open(dataset: string, params: URLSearchParams) {
		const isNewest = this.#newest.begin();
		this.error = null;
		// The prerendered table needs no engine, and its unfiltered first page no query.
		const snapshot = this.#snapshot?.dataset === dataset && !(dataset in this.#engine.uploaded) ? this.#snapshot : null;
		if (snapshot) {
			this.opening = null;
			this.#show(snapshot, params, snapshot);
			// Only `dataset` left in the URL: the view is the prerendered page itself.
			if ([...this.toSearchParams().keys()].length > 1) return this.#refresh();
			this.loading = false;
			return;
		}
		this.opening = dataset;
		this.loading = true;
		try {
			const db = await this.#engine.withTables([dataset]);
			const columns = await db.query<DatabaseColumn & Row>(tableColumnsQuery(dataset));
			const specs = filterSpecsFor(columns, await columnStats(db, dataset, columns));
			if (!isNewest()) return;
			this.opening = null;
			this.#show({ dataset, columns, specs }, params);
			await this.#refresh();
		} catch (e) {
			if (isNewest()) {
				this.opening = null;
				this.error = errorMessage(e);
				this.loading = false;
			}
		}
	}

	/** Resolves once the newest open or refresh has answered: what is on screen is the view asked for. */
	async settled(): Promise<void> {
		let pending: Promise<void>;
		do await (pending = this.#pending);
		while (pending !== this.#pending);
	}
	#track(query: Promise<void>): Promise<void> {
		this.#pending = query;
		return query;
	}

	/** Shows a table's filters and the view the URL asks for; with a page, its rows too. */
	#show(
		table: Pick<ExploreSnapshot, 'dataset' | 'columns' | 'specs'>,
		params: URLSearchParams,
		page?: ExploreSnapshot
	) {
		const decoded = decodeExplore(params, table.columns, table.specs);
		this.dataset = table.dataset;
		this.columns = table.columns;
		this.filters = new Crossfilter(table.specs, params, [...VIEW_PARAMS]);
		this.choice = decoded.choice;
		this.ignored = decoded.ignored;
		if (page) {
			const { rows, total, resultColumns, counts, sources } = page;
			Object.assign(this, { rows, total, resultColumns, counts, sources });
		}
	}

	setFilter(key: string, value: FilterValue) {
		this.filters.set(key, value);
		this.#change({ page: 1 });
	}
	clearFilters() {
		this.filters.clear();
		this.#change({ page: 1 });
	}
	setChoice(change: Partial<ExploreChoice>) {
		const next = { ...this.choice, ...change };
		// A sort column that the new shape no longer has is dropped.
		if (('groupBy' in change || 'aggregate' in change) && !('sort' in change)) next.sort = null;
		this.choice = next;
		void this.refresh();
	}
	#change(change: Partial<ExploreChoice>) {
		this.choice = { ...this.choice, ...change };
		void this.refresh();
	}

	/** URL parameters that reopen exactly this view. */
	toSearchParams(): URLSearchParams {
		return encodeExplore(this.dataset ?? '', this.choice, this.filters.specs, this.filters.values);
	}

	/** Re-runs the page, the row count and the multi-select counts; only the newest answer is kept. */
	refresh(): Promise<void> {
		return this.#track(this.#refresh());
	}
	async #refresh() {
		if (!this.dataset) return;
		const isNewest = this.#newest.begin();
		this.loading = true;
		try {
			const db = await this.#engine.withTables([this.dataset]);
			const sql = this.sql;
			const [{ n }] = await db.query<{ n: number }>(countQuery(sql));
			const pages = Math.max(1, Math.ceil(n / PAGE_SIZE));
			const page = Math.min(this.choice.page, pages);
			const rows = await db.query(pageQuery(sql, PAGE_SIZE, (page - 1) * PAGE_SIZE));
			const described = await db.query<DatabaseColumn & Row>(resultColumnsQuery(sql));
			const counts: ExploreSession['counts'] = {};
			for (const spec of this.filters.specs.filter((s) => s.kind === 'set'))
				counts[spec.key] = await db.query(
					categoryCountsQuery(
						this.dataset,
						spec.column,
						this.filters.where(spec.key),
						MAX_SET_OPTIONS + 1,
						this.minCell
					)
				);
			const sourceColumn = this.columns.find((c) => c.name === 'source_url' || c.name === 'source')?.name;
			const sources = sourceColumn
				? (await db.query<{ url: string }>(sourcesQuery(this.dataset, sourceColumn, this.filters.where()))).map(
						(r) => r.url
					)
				: [];
			if (!isNewest()) return;
			Object.assign(this, { rows, total: n, resultColumns: described, counts, sources, error: null });
			if (page !== this.choice.page) this.choice = { ...this.choice, page };
		} catch (e) {
			if (isNewest()) this.error = errorMessage(e);
		} finally {
			if (isNewest()) this.loading = false;
		}
	}

	get aggregated() {
		return isAggregate(this.choice) || this.rowsWithheld;
	}
}

async function columnStats(db: Database, table: string, columns: readonly DatabaseColumn[]): Promise<ColumnStats> {
	const stats: ColumnStats = { bounds: {}, distinct: {}, options: {} };
	const boundsSql = numericBoundsQuery(table, columns);
	if (boundsSql) {
		const [b] = await db.query(boundsSql);
		for (const c of columns)
			if (b[`min:${c.name}`] != null) stats.bounds[c.name] = [Number(b[`min:${c.name}`]), Number(b[`max:${c.name}`])];
	}
	const distinctSql = distinctCountsQuery(table, columns);
	if (distinctSql) {
		const [d] = await db.query(distinctSql);
		for (const c of columns)
			if (d[`distinct:${c.name}`] != null) stats.distinct[c.name] = Number(d[`distinct:${c.name}`]);
	}
	for (const [name, n] of Object.entries(stats.distinct)) {
		if (n > MAX_SET_OPTIONS) continue;
		const values = await db.query<{ value: string | null; n: number }>(
			categoryCountsQuery(table, name, 'TRUE', MAX_SET_OPTIONS + 1)
		);
		stats.options[name] = values.map((v) => v.value).filter((v): v is string => v !== null);
	}
	return stats;
}
