import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';
import { formatProblem } from './problem';
import type { DatasetSpec } from './schema';
import { validateDataset } from './validate-dataset';

const spec: DatasetSpec = {
	name: 'demo',
	title: 'Demo',
	description: 'Fixture',
	source: 'demo.csv',
	key: ['year', 'kind'],
	columns: [
		{ name: 'year', type: 'INTEGER', required: true, description: '' },
		{ name: 'kind', type: 'VARCHAR', required: true, allowed: ['a', 'b'], description: '' },
		{ name: 'value', type: 'DOUBLE', description: '' },
		{ name: 'value_qualifier', type: 'VARCHAR', allowed: ['exact', 'lower bound'], qualifies: 'value', description: '' },
		{ name: 'canon', type: 'VARCHAR', derived: true, description: '' }
	]
};

const report = (text: string) =>
	validateDataset(spec, parseCsv(text), 'demo.csv').problems.map(formatProblem);

const HEADER = 'year,kind,value,value_qualifier';

describe('validateDataset', () => {
	it('accepts a clean file and types the values', () => {
		const { rows, problems } = validateDataset(spec, parseCsv(`${HEADER}\n2012,a,1.5,exact\n2013,b,,\n`), 'demo.csv');
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{ line: 2, values: { year: 2012, kind: 'a', value: 1.5, value_qualifier: 'exact' } },
			{ line: 3, values: { year: 2013, kind: 'b', value: null, value_qualifier: null } }
		]);
	});

	it('reports a bad type at its line and column', () => {
		expect(report(`${HEADER}\n2012,a,1.5,exact\n20x3,a,2,exact\n`)).toEqual([
			'demo.csv:3:1: year: expected an INTEGER, got "20x3"'
		]);
	});

	it('reports missing required values and unknown categories', () => {
		expect(report(`${HEADER}\n,c,1,exact\n`)).toEqual([
			'demo.csv:2:1: year: a value is required',
			'demo.csv:2:2: kind: unknown value "c" (allowed: a, b)'
		]);
	});

	it('reports missing, unexpected and derived columns in the header', () => {
		expect(report('year,kind,extra,canon\n2012,a,x,y\n')).toEqual([
			'demo.csv:1:3: unexpected column "extra" (not declared in the demo spec)',
			'demo.csv:1:4: column "canon" is derived by the build and must not be in the CSV',
			'demo.csv:1:5: missing column "value"',
			'demo.csv:1:5: missing column "value_qualifier"'
		]);
	});

	it('accepts a file without an optional column, and checks the column when it is there', () => {
		const withId: DatasetSpec = {
			...spec,
			key: ['id'],
			columns: [{ name: 'id', type: 'VARCHAR', required: true, optional: true, description: '' }, ...spec.columns]
		};
		const check = (text: string) => validateDataset(withId, parseCsv(text), 'demo.csv');
		const without = check(`${HEADER}\n2012,a,1.5,exact\n2012,a,2,exact\n`);
		expect(without.problems).toEqual([]);
		expect(without.rows.map((r) => r.values.id ?? null)).toEqual([null, null]);
		expect(check(`id,${HEADER}\nx1,2012,a,1.5,exact\n,2013,b,,\nx1,2014,a,,\n`).problems.map(formatProblem)).toEqual([
			'demo.csv:3:1: id: a value is required',
			'demo.csv:4:1: duplicate key (id) = ["x1"], first on line 2'
		]);
	});

	it('reports values that do not match a declared pattern', () => {
		const patterned: DatasetSpec = {
			...spec,
			key: [],
			columns: [{ name: 'period', type: 'VARCHAR', pattern: /^\d{4}(-\d{4})?$/, description: '' }]
		};
		const problems = validateDataset(patterned, parseCsv('period\n2014-2015\n2014/15\n'), 'p.csv').problems;
		expect(problems.map(formatProblem)).toEqual(['p.csv:3:1: period: "2014/15" does not match /^\\d{4}(-\\d{4})?$/']);
	});

	it('reports duplicate keys on the later line, naming the first', () => {
		expect(report(`${HEADER}\n2012,a,1,exact\n2012,b,1,exact\n2012,a,2,exact\n`)).toEqual([
			'demo.csv:4:1: duplicate key (year, kind) = [2012,"a"], first on line 2'
		]);
	});

	it('requires a qualifier iff the figure is present', () => {
		expect(report(`${HEADER}\n2012,a,1,\n2013,a,,exact\n`)).toEqual([
			'demo.csv:2:4: value_qualifier: value is given, so its qualifier is required',
			'demo.csv:3:4: value_qualifier: value is empty, so the qualifier must be empty'
		]);
	});

	it('reports wrong field counts and CSV syntax errors, with lines counted across quoted newlines', () => {
		expect(report(`${HEADER}\n2012,"a\nb",1,exact,extra\n2013,a,"1\n`)).toEqual([
			'demo.csv:2:1: expected 4 fields, found 5',
			'demo.csv:4:1: expected 4 fields, found 3',
			'demo.csv:4:3: unterminated quoted field'
		]);
	});
});
