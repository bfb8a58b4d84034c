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
    // FC's documentation: Python 3.10 at /var/fc/lang/python3.10, used with PATH=/var/fc/lang/python3.10/bin:$PATH.
    pythons: [
      {
        version: '3.10',
        fullVersion: '3.10.9',
        home: '/var/fc/lang/python3.10',
        onDefaultPath: false,
        howToUse: 'PATH=/var/fc/lang/python3.10/bin:$PATH',
      },
    ],
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

/** Where Debian's own python3 lives on FC's default PATH. */
const SYSTEM_BINS = ['/usr/local/bin', '/usr/bin', '/bin'];

/**
 * PATH in a custom runtime when the function does not set one: the system's folders, then the
 * code's and the layers' (FC puts /code, /code/bin and /opt/bin on it).
 */
export const FC_DEFAULT_PATH: readonly string[] = ['/usr/local/bin', '/usr/local/sbin', '/usr/bin', '/usr/sbin', '/sbin', '/bin', '/code', '/code/bin', '/opt/bin'];

/** An interpreter a start command runs, as the runtime has it. */
export interface ResolvedPython {
  /** The interpreter's path on the runtime. */
  path: string;
  /** MAJOR.MINOR. */
  version: string;
  /** The runtime's documented Python (not Debian's own). */
  fc: boolean;
}

/** Folders on which a runtime's own Pythons live, on any runtime: on another runtime they do not exist. */
export const FC_PYTHON_BINS: ReadonlySet<string> = new Set(
  Object.values(RUNTIMES as Record<string, Runtime>).flatMap((r) => r.pythons.filter((p) => p.home !== '/usr').map((p) => `${p.home}/bin`)),
);

/** FC's default PATH for the runtime, as far as Pythons go: its own Python's bin first when FC puts it there. */
export function runtimePythonPath(runtime: RuntimeName): string[] {
  const own = (RUNTIMES[runtime].pythons as readonly RuntimePython[]).filter((p) => p.onDefaultPath && p.home !== '/usr').map((p) => `${p.home}/bin`);
  return [...own, ...SYSTEM_BINS];
}

/** What `name` (python3, python3.12, python) is in `dir` on the runtime, if anything. */
function pythonIn(runtime: RuntimeName, dir: string, name: string): ResolvedPython | undefined {
  const m = /^python(3(?:\.(\d+))?)?$/.exec(name);
  if (!m) return undefined;
  const wanted = m[2] !== undefined ? `3.${m[2]}` : undefined;
  for (const p of RUNTIMES[runtime].pythons as readonly RuntimePython[]) {
    if (`${p.home}/bin` !== dir) continue;
    // Debian ships no bare `python`; FC's own Python folders do.
    if (p.home === '/usr' && !m[1]) return undefined;
    if (!wanted || wanted === p.version) return { path: `${dir}/${name}`, version: p.version, fc: true };
  }
  if (dir === '/usr/bin' && m[1]) {
    const sys = RUNTIMES[runtime].systemPython;
    if (!wanted || wanted === sys) return { path: `${dir}/${name}`, version: sys, fc: (RUNTIMES[runtime].pythons as readonly RuntimePython[]).some((p) => p.home === '/usr') };
  }
  return undefined;
}

/** The Python `argv0` runs on the runtime with `pathDirs` (the function's PATH, or the runtime's). */
export function resolveFcPython(runtime: RuntimeName, argv0: string, pathDirs: readonly string[]): ResolvedPython | undefined {
  if (argv0.includes('/')) {
    const i = argv0.lastIndexOf('/');
    return pythonIn(runtime, argv0.slice(0, i), argv0.slice(i + 1));
  }
  for (const d of pathDirs) {
    const r = pythonIn(runtime, d, argv0);
    if (r) return r;
  }
  return undefined;
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
