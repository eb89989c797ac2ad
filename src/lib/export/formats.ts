// The export formats /explore offers, without the writers: buttons can list them before the (large) writers load.
const FORMATS = {
	csv: { label: 'CSV', type: 'text/csv;charset=utf-8' },
	parquet: { label: 'Parquet', type: 'application/vnd.apache.parquet' },
	json: { label: 'JSON', type: 'application/json' },
	arrow: { label: 'Arrow', type: 'application/vnd.apache.arrow.file' },
	xlsx: { label: 'XLSX', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
} as const;

export type ExportFormat = keyof typeof FORMATS;
/** In button order. */
export const EXPORT_FORMATS = Object.keys(FORMATS) as ExportFormat[];
export const formatLabel = (format: ExportFormat) => FORMATS[format].label;
export const formatType = (format: ExportFormat) => FORMATS[format].type;
