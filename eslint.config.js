import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Layers point one way: routes → panels → (charts | state → data). */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const SVELTE_RUNTIME = [{ group: ['svelte', 'svelte/*'], message: 'lib/data is framework-free.' }];
const APP = [{ group: ['$app/*'], message: 'Only routes may use $app.' }];
// Build-time modules (native DuckDB, file system) never reach code that ships to the browser.
const NODE_ONLY = [
	{
		group: [
			'node:*',
			'@duckdb/node-api',
			'$lib/server/*',
			'**/duckdb-node',
			'**/catalog/build-*',
			'**/catalog/write-parquet',
			'**/catalog/parquet-source',
			'**/catalog/check-up-to-date',
			'**/catalog/manifest-file'
		],
		message: 'Build-time only: not for browser code.'
	}
];
const lib = (name) => [
	{ group: [`$lib/${name}/*`, `**/${name}/*`], message: `This layer must not import lib/${name}.` }
];
// lib/data runs in Node and the browser alike: src/lib/config.ts reads the build configuration and passes it in.
const BUNDLER = [
	{
		group: ['vite', 'vite/*', '$env/*', '$lib/config', '**/config'],
		message: 'lib/data is framework-free: configuration is passed in.'
	}
];
const IMPORT_META_ENV = {
	selector: "MemberExpression[object.type='MetaProperty'][property.name='env']",
	message: 'lib/data is framework-free: read import.meta.env in src/lib/config.ts and pass the value in.'
};
const DATA_MUST_NOT = [
	...SVELTE_RUNTIME,
	...APP,
	...BUNDLER,
	...lib('state'),
	...lib('charts'),
	...lib('panels'),
	...lib('ui'),
	...lib('export')
];
// Charts receive data as props: they may name its types, never run or reshape it.
const DATA_VALUES = [
	{ group: ['$lib/data/db/*', '**/data/db/*'], message: 'Charts receive data; they never run queries.' },
	{
		group: ['$lib/data/*', '**/data/*', '!$lib/data/db', '!**/data/db'],
		allowTypeImports: true,
		message: 'Charts import only types from lib/data: the panel passes the values in.'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			// A language's build before the merge (scripts/build-site.ts), left behind if one fails.
			'*.languages/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'test-results/',
			'bench/out/',
			'data/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/lib/data/**'],
		rules: { ...restrict([...DATA_MUST_NOT, ...lib('format')]), 'no-restricted-syntax': ['error', IMPORT_META_ENV] }
	},
	// A data test may check the text a reader is shown (lib/format).
	{ files: ['src/lib/data/**/*.test.ts'], rules: restrict(DATA_MUST_NOT) },
	{
		files: ['src/lib/state/**'],
		ignores: ['**/*.test.ts'],
		rules: restrict([...APP, ...NODE_ONLY, ...lib('charts'), ...lib('panels'), ...lib('ui'), ...lib('export')])
	},
	{
		files: ['src/lib/panels/**', 'src/lib/ui/**', 'src/lib/format/**', 'src/routes/**/*.svelte'],
		ignores: ['**/*.test.ts'],
		rules: restrict(NODE_ONLY)
	},
	{
		files: ['src/lib/charts/**'],
		ignores: ['**/*.test.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ patterns: [...APP, ...NODE_ONLY, ...lib('state'), ...lib('panels'), ...DATA_VALUES] }
			]
		}
	}
);
