import { describe, expect, it } from 'vitest';
import { trialSelection } from './rehearse-selection';
import type { FilterSpec } from './url-filters';

const SPECS: FilterSpec[] = [
	{ key: 'year', kind: 'set', column: 'year', label: 'year', options: ['2021', '2022', '2023'] },
	{ key: 'mode', kind: 'set', column: 'mode', label: 'mode', options: ['onsite', 'online'] },
	{ key: 'span', kind: 'range', column: 'year', label: 'years', bounds: [2006, 2025] },
	{ key: 'q', kind: 'text', column: 'name', label: 'name' }
];

describe('trialSelection', () => {
	it('selects the first option of every set filter that has none', () => {
		const none = {
			year: { kind: 'set', values: [] },
			mode: { kind: 'set', values: [] },
			span: { kind: 'range', min: 2010, max: null },
			q: { kind: 'text', text: 'x' }
		} as const;
		expect(trialSelection(SPECS, none)).toEqual({
			year: { kind: 'set', values: ['2021'] },
			mode: { kind: 'set', values: ['onsite'] },
			span: { kind: 'range', min: 2010, max: null },
			q: { kind: 'text', text: 'x' }
		});
	});

	it('adds the first option not yet selected, keeps a full set as it is, and leaves its input alone', () => {
		const values = {
			year: { kind: 'set', values: ['2021', '2023'] },
			mode: { kind: 'set', values: ['online', 'onsite'] }
		} as const;
		const copy = structuredClone(values);
		const trial = trialSelection(SPECS, values);
		expect(trial.year).toEqual({ kind: 'set', values: ['2021', '2023', '2022'] });
		expect(trial.mode).toBe(values.mode);
		expect(values).toEqual(copy);
	});

	it('treats a missing set filter as empty', () => {
		expect(trialSelection(SPECS, {}).year).toEqual({ kind: 'set', values: ['2021'] });
	});
});
