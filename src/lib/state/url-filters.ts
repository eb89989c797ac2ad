import type { FilterValue } from '$lib/data/sql/predicates';

/**
 * A filter a page declares: its URL key, the column it constrains and what values are valid. `label`
 * names it in messages and controls; `shortLabel`, where given, in a control with little room.
 */
export type FilterSpec = { key: string; column: string; label: string; shortLabel?: string } & (
	| { kind: 'range'; bounds: readonly [number, number]; integer?: boolean }
	| { kind: 'set'; options: readonly string[] }
	| { kind: 'text'; maxLength?: number }
);

/**
 * Why a URL parameter was ignored, as a code: `format/ignored-text.ts` words it in the page's language.
 * The filters' codes come first, then /explore's view parameters', then /funding's currency basis.
 */
export type IgnoredReason =
	| 'unknown_param'
	| 'malformed'
	| 'not_an_option'
	| 'repeated'
	| 'range_form'
	| 'range_numbers'
	| 'no_column'
	| 'group_limit'
	| 'agg_unknown'
	| 'count_no_column'
	| 'agg_needs_column'
	| 'agg_needs_numeric'
	| 'sort_column'
	| 'page_number'
	| 'basis_unknown';

export interface IgnoredParam {
	param: string;
	value: string;
	reason: IgnoredReason;
}

export interface DecodedFilters {
	values: Record<string, FilterValue>;
	/** Parameters that were unknown or invalid, with why: the page tells the user. */
	ignored: IgnoredParam[];
}

const MAX_PARAM_LENGTH = 200;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function emptyValue(spec: FilterSpec): FilterValue {
	if (spec.kind === 'range') return { kind: 'range', min: null, max: null };
	if (spec.kind === 'set') return { kind: 'set', values: [] };
	return { kind: 'text', text: '' };
}

/**
 * URL → filter values. Ranges are `key=2010..2015` (either end may be empty), sets repeat the key
 * (`region=WEOG&region=African`), text is `key=words`. Anything unknown or invalid is ignored and
 * reported; out-of-bounds ranges are clamped; reversed ranges are swapped.
 */
export function decodeFilters(
	specs: readonly FilterSpec[],
	params: URLSearchParams,
	passthrough: readonly string[] = []
): DecodedFilters {
	const values: Record<string, FilterValue> = Object.fromEntries(specs.map((s) => [s.key, emptyValue(s)]));
	const ignored: IgnoredParam[] = [];
	const byKey = new Map(specs.map((s) => [s.key, s]));
	const seen = new Set<string>();
	for (const [param, raw] of params) {
		const spec = byKey.get(param);
		if (!spec) {
			if (!passthrough.includes(param)) ignored.push({ param, value: raw, reason: 'unknown_param' });
			continue;
		}
		if (raw.length > MAX_PARAM_LENGTH || CONTROL.test(raw)) {
			ignored.push({ param, value: raw.slice(0, 40), reason: 'malformed' });
			continue;
		}
		if (spec.kind === 'set') {
			if (!spec.options.includes(raw)) ignored.push({ param, value: raw, reason: 'not_an_option' });
			else {
				const current = values[param] as Extract<FilterValue, { kind: 'set' }>;
				if (!current.values.includes(raw)) values[param] = { kind: 'set', values: [...current.values, raw] };
			}
			continue;
		}
		if (seen.has(param)) {
			ignored.push({ param, value: raw, reason: 'repeated' });
			continue;
		}
		if (spec.kind === 'text') values[param] = { kind: 'text', text: raw.slice(0, spec.maxLength ?? 100) };
		else {
			const range = decodeRange(spec, raw);
			if (typeof range === 'string') {
				ignored.push({ param, value: raw, reason: range });
				continue;
			}
			values[param] = range;
		}
		seen.add(param);
	}
	return { values, ignored };
}

function decodeRange(spec: Extract<FilterSpec, { kind: 'range' }>, raw: string): FilterValue | IgnoredReason {
	const parts = raw.split('..');
	if (parts.length !== 2) return 'range_form';
	const nums = parts.map((p) => (p.trim() === '' ? null : Number(p)));
	if (nums.some((n) => n !== null && !Number.isFinite(n))) return 'range_numbers';
	const [lo, hi] = spec.bounds;
	const clamp = (n: number | null) => (n == null ? null : Math.min(hi, Math.max(lo, spec.integer ? Math.round(n) : n)));
	let [min, max] = nums.map(clamp);
	if (min != null && max != null && min > max) [min, max] = [max, min];
	return { kind: 'range', min: min === lo ? null : min, max: max === hi ? null : max };
}

/** Filter values → URL parameters; empty filters are left out so URLs stay short. */
export function encodeFilters(specs: readonly FilterSpec[], values: Record<string, FilterValue>): URLSearchParams {
	const params = new URLSearchParams();
	for (const spec of specs) {
		const v = values[spec.key];
		if (!v) continue;
		if (v.kind === 'range' && (v.min != null || v.max != null)) params.set(spec.key, `${v.min ?? ''}..${v.max ?? ''}`);
		if (v.kind === 'set') for (const x of v.values) params.append(spec.key, x);
		if (v.kind === 'text' && v.text) params.set(spec.key, v.text);
	}
	return params;
}
