import { predicateFor } from '$lib/data/sql/predicates';
import { CURRENCY_BASES, FUNDING_TABLES, type CurrencyBasis } from '$lib/data/queries/funding';
import type { Row } from '$lib/data/db/database';
import { liveQuery, type LiveQuery } from './live-query.svelte';
import { Crossfilter } from './crossfilter.svelte';
import type { FilterSpec } from './url-filters';

/** Not a predicate: how money is shown. */
export const BASIS_PARAM = 'basis';
/** The funding filters' year range: its key in the URL and in the page's declaration. */
const YEARS = 'years';

/** The funding views' filters (declared by the page, routes/funding/filters.ts) plus the currency basis. */
export class FundingFilters {
	readonly cross: Crossfilter;
	basis = $state<CurrencyBasis>('usd');
	/** The first and last year a range may take. */
	readonly bounds: readonly [number, number];

	constructor(specs: FilterSpec[]) {
		const years = specs.find((s) => s.key === YEARS);
		if (years?.kind !== 'range') throw new Error(`The funding filters need a "${YEARS}" range`);
		this.bounds = years.bounds;
		this.cross = new Crossfilter(specs, undefined, [BASIS_PARAM]);
	}

	load(params: URLSearchParams) {
		this.cross.load(params, [BASIS_PARAM]);
		const b = params.get(BASIS_PARAM);
		this.basis = (CURRENCY_BASES as readonly string[]).includes(b ?? '') ? (b as CurrencyBasis) : 'usd';
		if (b && b !== this.basis)
			this.cross.ignored = [...this.cross.ignored, { param: BASIS_PARAM, value: b, reason: 'basis_unknown' }];
	}

	/** Predicate over contribution flows (every filter). */
	get where(): string {
		return this.cross.where();
	}

	/** Predicate of the year range only, for views over meetings. */
	get yearWhere(): string {
		return predicateFor('year', this.cross.values[YEARS]) ?? 'TRUE';
	}

	get years(): [number, number] {
		const v = this.cross.values[YEARS];
		const [first, last] = this.bounds;
		return v?.kind === 'range' ? [v.min ?? first, v.max ?? last] : [first, last];
	}

	/** Sets the year range; the full range is stored as no filter. */
	setYears(min: number, max: number) {
		const [lo, hi] = min <= max ? [min, max] : [max, min];
		const [first, last] = this.bounds;
		this.cross.set(YEARS, { kind: 'range', min: lo === first ? null : lo, max: hi === last ? null : hi });
	}

	/**
	 * A funding panel's rows: the SQL `build` makes from these filters (their predicates and currency
	 * basis), run again as they change. Call during component initialisation.
	 */
	liveQuery<T extends Row>(initial: T[], build: (filters: FundingFilters) => string): LiveQuery<T> {
		return liveQuery<T>({
			tables: FUNDING_TABLES,
			initial,
			sql: () => build(this),
			initialAnswers: () => this.isDefault
		});
	}

	/** No filter and USD: what the page was prerendered with. */
	get isDefault(): boolean {
		return this.toSearchParams().size === 0;
	}

	toSearchParams(): URLSearchParams {
		const p = this.cross.toSearchParams();
		if (this.basis !== 'usd') p.set(BASIS_PARAM, this.basis);
		return p;
	}
}
