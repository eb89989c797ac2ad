import { describe, expect, it } from 'vitest';
import { GENDERS, STAKEHOLDER_GROUPS, UN_REGIONAL_GROUPS } from '$lib/data/catalog/vocabularies';
import { vocabularyLabel } from './vocabulary-label';

describe('vocabularyLabel', () => {
	it('names every value of the charted vocabularies, and in English as the data does', () => {
		for (const value of [...UN_REGIONAL_GROUPS, ...STAKEHOLDER_GROUPS, ...GENDERS])
			expect(vocabularyLabel(value)).toBe(value);
	});
	it('leaves a value it does not know as it is', () => {
		expect(vocabularyLabel('unknown')).toBe('unknown');
	});
});
