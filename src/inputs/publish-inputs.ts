/** Owns the publish-side public inputs: the cache and upload specs (for action.yml) and their parsers. */
import { UserError } from '../shared/errors.js';

export const DEFAULT_CACHE_KEY_PREFIX = 'fc-python-pack';

/** Checks a cache-key-prefix: @actions/cache keys have no commas and at most 512 characters. */
export function parseCacheKeyPrefix(value: string, input = 'cache-key-prefix'): string {
  const v = value.trim() || DEFAULT_CACHE_KEY_PREFIX;
  if (v.includes(',') || /\s/.test(v) || v.length > 200) {
    throw new UserError(
      `Input ${input} must be at most 200 characters without commas or spaces (it starts every cache key); got "${value}".`,
      input,
    );
  }
  return v;
}

/** Characters the artifact service refuses in names. */
const INVALID_NAME = /[":<>|*?\r\n\\/]/;

/** Checks an artifact-name input. */
export function parseArtifactName(value: string, input = 'artifact-name'): string {
  const v = value.trim();
  if (INVALID_NAME.test(v) || v.length > 200) {
    throw new UserError(`Input ${input}: "${value}" cannot be an artifact name (no " : < > | * ? \\ / or new lines).`, input);
  }
  return v;
}

/** Checks a retention-days input: empty = the repository's setting; else 1 to 90. */
export function parseRetentionDays(value: string, input = 'retention-days'): number | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 90) {
    throw new UserError(`Input retention-days must be a whole number of days from 1 to 90, or empty for the repository's setting; got "${value}".`, input);
  }
  return Number(v);
}

/** The cache inputs, for INPUT_SPECS / action.yml. */
export const CACHE_INPUT_SPECS = [
  {
    name: 'cache',
    default: 'true',
    description:
      'Cache the wheels the build needs (the wheelhouse) with the Actions cache: unchanged requirements reuse the recorded resolution and pip does not run; changed ones download only the wheels the cache lacks. Never fails the build.',
  },
  {
    name: 'cache-key-prefix',
    default: DEFAULT_CACHE_KEY_PREFIX,
    description: 'Start of every cache key; change it to start from an empty cache. No commas or spaces.',
  },
] as const;

/** The upload inputs, for INPUT_SPECS / action.yml. */
export const UPLOAD_INPUT_SPECS = [
  {
    name: 'upload',
    default: 'true',
    description: 'Upload the built file as a workflow artifact, as the file itself (no zip around it). A failed upload fails the step; the file stays at artifact-path.',
  },
  {
    name: 'artifact-name',
    default: '',
    description: "Name of the uploaded artifact; the file's extension is added (layer-0123456.zip). Default: <target>-<short sha>.",
  },
  {
    name: 'retention-days',
    default: '',
    description: "Days the artifact is kept, 1 to 90. Default: the repository's setting.",
  },
] as const;
