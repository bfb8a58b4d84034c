/** FC custom runtimes and what they mean for the wheels that can run on them. */
export const RUNTIMES = {
  'custom.debian10': { debian: 'buster', glibc: '2.28' },
  'custom.debian11': { debian: 'bullseye', glibc: '2.31' },
  'custom.debian12': { debian: 'bookworm', glibc: '2.36' },
} as const;

export type RuntimeName = keyof typeof RUNTIMES;

export function isRuntimeName(v: string): v is RuntimeName {
  return Object.prototype.hasOwnProperty.call(RUNTIMES, v);
}

/** FC's limits, in bytes. */
export const FC_LIMITS = {
  /** Code package uploaded through the console or OSS. */
  codeZipConsole: 500 * 1024 * 1024,
  /** Code package uploaded through the API (base64 in the request). */
  codeZipApi: 100 * 1024 * 1024,
  /** Uncompressed container image. */
  imageUncompressed: 10 * 1024 * 1024 * 1024,
} as const;
