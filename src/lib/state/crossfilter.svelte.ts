import { predicateFor, type FilterValue } from '$lib/data/sql/predicates';
import { and } from '$lib/data/sql/sql';
import { decodeFilters, emptyValue, encodeFilters, type FilterSpec, type IgnoredParam } from './url-filters';

/**
 * The filter values of one page. Each panel asks for `where(itsOwnKey)`: every filter's predicate
 * but its own (Mosaic's crossfilter rule), so a chart still shows the choices it offers.
 */
export class Crossfilter {
	values = $state.raw<Record<string, FilterValue>>({});
	/** URL parameters that were ignored when the page opened, with why. */
	ignored = $state.raw<IgnoredParam[]>([]);
	readonly specs: readonly FilterSpec[];

	constructor(specs: readonly FilterSpec[], params?: URLSearchParams, passthrough: readonly string[] = []) {
		this.specs = specs;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an empty, never-mutated default
		const decoded = decodeFilters(specs, params ?? new URLSearchParams(), passthrough);
		this.values = decoded.values;
		this.ignored = decoded.ignored;
	}

	/** Replaces the filters from URL parameters (e.g. after client-side navigation). */
	load(params: URLSearchParams, passthrough: readonly string[] = []) {
		const decoded = decodeFilters(this.specs, params, passthrough);
		this.values = decoded.values;
		this.ignored = decoded.ignored;
	}

	set(key: string, value: FilterValue) {
		if (!this.specs.some((s) => s.key === key)) throw new Error(`Unknown filter "${key}"`);
		this.values = { ...this.values, [key]: value };
	}

	/** Adds or removes one category of a set filter. */
	toggle(key: string, category: string) {
		const v = this.values[key];
		if (v?.kind !== 'set') throw new Error(`"${key}" is not a set filter`);
		const values = v.values.includes(category) ? v.values.filter((x) => x !== category) : [...v.values, category];
		this.set(key, { kind: 'set', values });
	}

	clear(key?: string) {
		this.values = Object.fromEntries(
			this.specs.map((s) => [s.key, key && s.key !== key ? this.values[s.key] : emptyValue(s)])
		);
	}

	/** SQL predicate of every filter except `except`. */
	where(except?: string): string {
		return and(this.specs.filter((s) => s.key !== except).map((s) => predicateFor(s.column, this.values[s.key])));
	}

	/** The URL query string that restores these filters. */
	toSearchParams(): URLSearchParams {
		return encodeFilters(this.specs, this.values);
	}
}
