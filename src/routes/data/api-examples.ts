// The /data page's examples of reading the static API: code, the same in every language.

/** `site`: the site's address without a trailing slash; `chart`, `dataset`: the names the examples read. */
export function apiExamples(site: string, chart: string, dataset: string) {
	const csv = `api/charts/${chart}.csv`;
	const metadata = `api/charts/${chart}.metadata.json`;
	const parquet = `api/datasets/${dataset}.parquet`;
	const datasetCsv = `api/datasets/${dataset}.csv`;
	return {
		curl: [
			`SITE="${site}"`,
			`curl -O "$SITE/${csv}"`,
			`curl -O "$SITE/${metadata}"`,
			`curl -O "$SITE/${parquet}"`,
			`curl "$SITE/api/releases.json"`
		].join('\n'),
		pandas: [
			'import pandas as pd',
			'import json, urllib.request',
			`site = "${site}"`,
			`chart = pd.read_csv(f"{site}/${csv}")`,
			`about = json.load(urllib.request.urlopen(f"{site}/${metadata}"))`,
			`print(about["citation"])`,
			`${dataset} = pd.read_parquet(f"{site}/${parquet}")  # needs pyarrow`
		].join('\n'),
		r: [
			`site <- "${site}"`,
			`chart <- read.csv(paste0(site, "/${csv}"))`,
			`about <- jsonlite::fromJSON(paste0(site, "/${metadata}"))`,
			`${dataset} <- read.csv(paste0(site, "/${datasetCsv}"))`,
			`download.file(paste0(site, "/${parquet}"), "${dataset}.parquet", mode = "wb")`,
			`${dataset}_parquet <- arrow::read_parquet("${dataset}.parquet")`
		].join('\n'),
		duckdb: [
			`SET VARIABLE site = '${site}';`,
			`SELECT * FROM read_csv(getvariable('site') || '/${csv}');`,
			`SELECT * FROM read_parquet(getvariable('site') || '/${parquet}');`
		].join('\n')
	};
}
