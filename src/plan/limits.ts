/** Owns FC's size limits and the one verdict on an artifact's size that the doctor, the build log and the job summary all give. */
import { FC_LIMITS } from './runtimes.js';

export type SizeVerdict =
  | { level: 'ok' }
  /** Over the API's upload limit, within the console's / OSS's. */
  | { level: 'api-limit'; limit: number }
  | { level: 'over-limit'; limit: number };

/** How an artifact's size stands against FC's limits: an image by its unpacked size, a zip by its zipped size. */
export function sizeVerdict(kind: 'layer' | 'code' | 'image', zipped: number | undefined, unpacked: number): SizeVerdict {
  if (kind === 'image') return unpacked > FC_LIMITS.imageUncompressed ? { level: 'over-limit', limit: FC_LIMITS.imageUncompressed } : { level: 'ok' };
  if (zipped === undefined) return { level: 'ok' };
  if (zipped > FC_LIMITS.codeZipConsole) return { level: 'over-limit', limit: FC_LIMITS.codeZipConsole };
  if (zipped > FC_LIMITS.codeZipApi) return { level: 'api-limit', limit: FC_LIMITS.codeZipApi };
  return { level: 'ok' };
}
