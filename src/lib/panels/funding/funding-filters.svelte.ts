import { predicateFor } from '$lib/data/sql/predicates';
import { CURRENCY_BASES, RECIPIENT_GROUPS, type CurrencyBasis } from '$lib/data/queries/funding';
import { DONOR_TYPES } from '$lib/data/catalog/datasets/contributions';
import { Crossfilter } from '$lib/state/crossfilter.svelte';
import type { FilterSpec } from '$lib/state/url-filters';

export const FIRST_YEAR = 2006;
export const LAST_YEAR = 2025;

/** The filters of the funding page and its embeds; each lives in the URL. */
export const FUNDING_FILTERS: FilterSpec[] = [
	{ key: 'years', kind: 'range', column: 'year', label: 'Years', bounds: [FIRST_YEAR, LAST_YEAR], integer: true },
	{ key: 'donor', kind: 'set', column: 'donor_type', label: 'donor type', options: DONOR_TYPES },
	{ key: 'recipient', kind: 'set', column: 'recipient_group', label: 'recipient', options: RECIPIENT_GROUPS }
];
/** Not a predicate: how money is shown. */
export const BASIS_PARAM = 'basis';

/** Crossfilter of the funding views plus the currency basis. */
export class FundingFilters {
	readonly cross = new Crossfilter(FUNDING_FILTERS, undefined, [BASIS_PARAM]);
	basis = $state<CurrencyBasis>('usd');

	load(params: URLSearchParams) {
		this.cross.load(params, [BASIS_PARAM]);
		const b = params.get(BASIS_PARAM);
		this.basis = (CURRENCY_BASES as readonly string[]).includes(b ?? '') ? (b as CurrencyBasis) : 'usd';
		if (b && b !== this.basis)
			this.cross.ignored = [...this.cross.ignored, { param: BASIS_PARAM, value: b, reason: 'not usd or original' }];
	}

	/** Predicate over contribution flows (every filter). */
	get where(): string {
		return this.cross.where();
	}

	/** Predicate of the year range only, for views over meetings. */
	get yearWhere(): string {
		return predicateFor('year', this.cross.values.years) ?? 'TRUE';
	}

	get years(): [number, number] {
		const v = this.cross.values.years;
		return v?.kind === 'range' ? [v.min ?? FIRST_YEAR, v.max ?? LAST_YEAR] : [FIRST_YEAR, LAST_YEAR];
	}

	toSearchParams(): URLSearchParams {
		const p = this.cross.toSearchParams();
		if (this.basis !== 'usd') p.set(BASIS_PARAM, this.basis);
		return p;
	}

	/** The filters in words, for the printed report and embeds. */
	describe(): string {
		const [a, b] = this.years;
		const parts = [`years ${a}–${b}`];
		for (const key of ['donor', 'recipient']) {
			const v = this.cross.values[key];
			if (v?.kind === 'set' && v.values.length)
				parts.push(`${key === 'donor' ? 'donor type' : 'recipient'}: ${v.values.join(', ')}`);
		}
		parts.push(
			this.basis === 'usd' ? 'amounts in USD as published' : 'original currency (USD-denominated amounts plotted)'
		);
		return parts.join('; ');
	}
}
