// The layer rules of eslint.config.js, proven: each break below fails lint, each allowed import passes.
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const LAYER_RULES = new Set([
	'no-restricted-imports',
	'@typescript-eslint/no-restricted-imports',
	'no-restricted-syntax'
]);

let eslint: ESLint;
beforeAll(() => {
	eslint = new ESLint({ cwd: process.cwd() });
});

/** The layer-rule messages for `code` linted as if it were the file at `filePath` (which need not exist). */
async function layerErrors(code: string, filePath: string): Promise<Linter.LintMessage[]> {
	const [result] = await eslint.lintText(code, { filePath });
	expect(result.messages.filter((m) => m.fatal)).toEqual([]);
	return result.messages.filter((m) => m.ruleId != null && LAYER_RULES.has(m.ruleId));
}

function cases(filePath: string, forbidden: Record<string, string>, allowed: Record<string, string>) {
	for (const [what, code] of Object.entries(forbidden))
		it(`fails on ${what}`, async () => {
			const errors = await layerErrors(code, filePath);
			expect(errors.length, code).toBeGreaterThan(0);
			expect(errors.every((e) => e.severity === 2)).toBe(true);
		});
	for (const [what, code] of Object.entries(allowed))
		it(`allows ${what}`, async () => {
			expect(await layerErrors(code, filePath)).toEqual([]);
		});
}

describe('src/lib/data imports no other layer, no framework and no bundler', () => {
	cases(
		'src/lib/data/transform/layer-check.ts',
		{
			'lib/format': "import { formatInteger } from '$lib/format/number';",
			'lib/format, relatively': "import { formatInteger } from '../../format/number';",
			'lib/export': "import { toCsv } from '$lib/export/to-csv';",
			'lib/state': "import { Crossfilter } from '$lib/state/crossfilter.svelte';",
			'lib/ui': "import DataTable from '$lib/ui/DataTable.svelte';",
			'lib/charts': "import StackedBars from '$lib/charts/StackedBars.svelte';",
			'lib/panels': "import AttendancePanel from '$lib/panels/AttendancePanel.svelte';",
			svelte: "import { untrack } from 'svelte';",
			'svelte/*': "import { writable } from 'svelte/store';",
			$app: "import { base } from '$app/paths';",
			vite: "import type { Plugin } from 'vite';",
			$env: "import { env } from '$env/dynamic/public';",
			'the configuration module': "import { SMALL_CELL_THRESHOLD } from '$lib/config';",
			'import.meta.env': 'export const threshold = import.meta.env.VITE_SMALL_CELL_THRESHOLD;'
		},
		{
			'lib/data': "import { ident } from '../sql/sql';",
			'a library': "import { format } from 'd3-format';",
			'import.meta.url': 'export const here = import.meta.url;'
		}
	);
});

describe("src/lib/data's tests may read lib/format (the text a reader is shown), nothing else", () => {
	cases(
		'src/lib/data/transform/layer-check.test.ts',
		{ 'lib/state': "import { Crossfilter } from '$lib/state/crossfilter.svelte';" },
		{ 'lib/format': "import { formatCell } from '../../format/suppressed';" }
	);
});

describe('src/lib/state imports neither lib/export nor lib/panels', () => {
	cases(
		'src/lib/state/layer-check.ts',
		{
			'lib/export': "import { browserParquet } from '$lib/export/export-result';",
			'lib/panels': "import AttendancePanel from '$lib/panels/AttendancePanel.svelte';"
		},
		{
			'lib/data': "import { DATASETS } from '$lib/data/catalog/datasets';",
			'the configuration module': "import { SMALL_CELL_THRESHOLD } from '$lib/config';"
		}
	);
});

describe('src/lib/charts imports only types from lib/data', () => {
	cases(
		'src/lib/charts/layer-check.ts',
		{
			'a value from lib/data': "import { REGISTRATIONS } from '$lib/data/queries/participation';",
			'a value and a type from lib/data':
				"import { REGISTRATIONS, type AttendanceRow } from '$lib/data/queries/participation';",
			'lib/data/db, even a type': "import type { Database } from '$lib/data/db/database';",
			'lib/state': "import type { Crossfilter } from '$lib/state/crossfilter.svelte';"
		},
		{
			'a type from lib/data': "import type { AttendanceRow } from '$lib/data/queries/participation';",
			'an inline type from lib/data': "import { type AttendanceRow } from '$lib/data/queries/participation';",
			'lib/format': "import { formatCompact } from '$lib/format/number';"
		}
	);
});
