import { describe, expect, it } from 'vitest';
import { liveProps } from './live-props';

describe('liveProps', () => {
	it('merges parts in order and keeps getters live', () => {
		let year = 2020;
		const props = liveProps(
			{ id: 'a', label: 'first' },
			{
				get selectedYears() {
					return [year];
				}
			},
			{ label: 'second' }
		);
		expect(props.id).toBe('a');
		expect(props.label).toBe('second');
		expect(props.selectedYears).toEqual([2020]);
		year = 2021;
		expect(props.selectedYears).toEqual([2021]);
		expect(Object.keys(props)).toEqual(['id', 'label', 'selectedYears']);
	});
});
