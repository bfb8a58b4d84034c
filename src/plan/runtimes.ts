/**
 * Owns FC's custom runtimes, as one table: the Debian and glibc each is built on, the Pythons it
 * ships (and which `python3` its PATH finds), and the image verify stands in with.
 * Source: FC's custom-runtime documentation (runtime table of issue 9); system Pythons are
 * Debian's own python3 package of that release.
 */

/** One CPython a runtime ships. */
export interface RuntimePython {
  /** MAJOR.MINOR, e.g. "3.10". */
  version: string;
  /** The exact release FC ships, e.g. "3.10.9": what python_full_version is on FC. */
  fullVersion: string;
  /** The folder that holds bin/python3, e.g. /var/fc/lang/python3.10 (for /usr/bin/python3: /usr). */
  home: string;
  /** Whether FC's default PATH finds this interpreter as `python3`. */
  onDefaultPath: boolean;
  /** How FC's documentation says to use it, when it is not on the default PATH. */
  howToUse?: string;
}

export interface Runtime {
  debian: 'buster' | 'bullseye' | 'bookworm';
  debianVersion: string;
  glibc: string;
  /** The Pythons FC ships, the default (what python-version means when it is not set) first. */
  pythons: readonly RuntimePython[];
  /** Debian's own /usr/bin/python3 of that release (when FC's Python is not first on PATH, this is python3). */
  systemPython: string;
  /** Docker Hub python:*-slim images of the same Debian, by MAJOR.MINOR: what verify runs in by default. */
  verifyImages: Readonly<Record<string, string>>;
  /** FC's own build image of the runtime (what Serverless Devs' `s build` uses): where sdists are built by default. */
  buildImage: string;
}

export const RUNTIMES = {
  'custom.debian10': {
    debian: 'buster',
    debianVersion: '10',
    glibc: '2.28',
    pythons: [{ version: '3.10', fullVersion: '3.10.9', home: '/var/fc/lang/python3.10', onDefaultPath: true }],
    systemPython: '3.7',
    verifyImages: { '3.10': 'python:3.10-slim-buster' },
    buildImage: 'aliyunfc/runtime-custom.debian10:build-3.1.0',
  },
  'custom.debian11': {
    debian: 'bullseye',
    debianVersion: '11',
    glibc: '2.31',
    pythons: [
      {
        version: '3.12',
        fullVersion: '3.12.4',
        home: '/var/fc/lang/python3.12',
        onDefaultPath: false,
        howToUse: 'PATH=/var/fc/lang/python3.12/bin:$PATH',
      },
    ],
    systemPython: '3.9',
    verifyImages: { '3.12': 'python:3.12-slim-bullseye' },
    buildImage: 'aliyunfc/runtime:custom.debian11-build-3.1.0',
  },
  'custom.debian12': {
    debian: 'bookworm',
    debianVersion: '12',
    glibc: '2.36',
    pythons: [
      { version: '3.11', fullVersion: '3.11.2', home: '/usr', onDefaultPath: true },
      { version: '3.12', fullVersion: '3.12.4', home: '/opt/python3.12', onDefaultPath: false, howToUse: 'PATH=/opt/python3.12/bin:$PATH' },
    ],
    systemPython: '3.11',
    verifyImages: { '3.11': 'python:3.11-slim-bookworm', '3.12': 'python:3.12-slim-bookworm' },
    buildImage: 'aliyunfc/runtime:custom.debian12-build-3.1.0',
  },
} as const satisfies Record<string, Runtime>;

export type RuntimeName = keyof typeof RUNTIMES;

export function isRuntimeName(v: string): v is RuntimeName {
  return Object.prototype.hasOwnProperty.call(RUNTIMES, v);
}

/** The Python a runtime runs when python-version is not given. */
export function defaultPython(runtime: RuntimeName): RuntimePython {
  return RUNTIMES[runtime].pythons[0];
}

/** The runtime's own Python of MAJOR.MINOR `version`, if it ships one. */
export function shippedPython(runtime: RuntimeName, version: string): RuntimePython | undefined {
  return (RUNTIMES[runtime].pythons as readonly RuntimePython[]).find((p) => p.version === version);
}

/** "3.10.9 at /var/fc/lang/python3.10/bin/python3" for each Python the runtime ships. */
export function describePythons(runtime: RuntimeName): string {
  return (RUNTIMES[runtime].pythons as readonly RuntimePython[]).map((p) => `${p.fullVersion} at ${p.home}/bin/python3`).join(' and ');
}

/**
 * The exact version markers see for MAJOR.MINOR on this runtime: FC's own release when it ships
 * that Python, else X.Y.0 (the function brings its own interpreter; its patch level is unknown).
 */
export function fullPythonVersion(runtime: RuntimeName, version: string): string {
  return shippedPython(runtime, version)?.fullVersion ?? `${version}.0`;
}

/** The verify image for a Python on a runtime: the runtime's Debian, that Python. */
export function runtimeVerifyImage(runtime: RuntimeName, version: string): string {
  const r: Runtime = RUNTIMES[runtime];
  return r.verifyImages[version] ?? `python:${version}-slim-${r.debian}`;
}

/** The image sdists are built in when FC's build image cannot: the runtime's Debian with that Python, its headers and gcc (python:3.10-buster). */
export function runtimeBuildFallbackImage(runtime: RuntimeName, version: string): string {
  return `python:${version}-${RUNTIMES[runtime].debian}`;
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
