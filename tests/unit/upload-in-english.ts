import type { UploadResult } from '../../src/lib/data/catalog/validate-upload';
import { uploadText } from '../../src/lib/format/upload-text';

/** An upload's result with its messages worded as an English page shows them: what these tests read. */
export function inEnglish(r: UploadResult) {
	const readAs = r.readAs && { ...r.readAs, note: uploadText(r.readAs.note, 'en') };
	if (r.ok) return { ...r, readAs };
	return { ...r, readAs, error: uploadText(r.error, 'en'), details: r.details.map((d) => uploadText(d, 'en')) };
}
