// The export formats /explore offers, without the writers: buttons can list them before the (large) writers load.
export const EXPORT_FORMATS = ['csv', 'parquet', 'json', 'arrow', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const FORMAT_LABELS: Record<ExportFormat, string> = {
	csv: 'CSV',
	parquet: 'Parquet',
	json: 'JSON',
	arrow: 'Arrow',
	xlsx: 'XLSX'
};
export const EXPORT_TYPES: Record<ExportFormat, string> = {
	csv: 'text/csv;charset=utf-8',
	parquet: 'application/vnd.apache.parquet',
	json: 'application/json',
	arrow: 'application/vnd.apache.arrow.file',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};
