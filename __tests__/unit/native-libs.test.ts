import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyBinary, type ElfDynamic } from '../../src/formats/native.js';
import { baseSonames, checkNativeLibs, ldLibraryPathOf, type NativeLibsInput } from '../../src/doctor/checks/native-libs.js';

/** NEEDED / RUNPATH / RPATH as binutils reads them. */
function readelfDynamic(file: string): ElfDynamic {
  const out = execFileSync('readelf', ['-d', '-W', file], { encoding: 'utf8' });
  const pick = (tag: string) => [...out.matchAll(new RegExp(`\\(${tag}\\)[^[]*\\[([^\\]]*)\\]`, 'g'))].map((m) => m[1]!);
  return { needed: pick('NEEDED'), rpath: pick('RPATH').flatMap((p) => p.split(':')), runpath: pick('RUNPATH').flatMap((p) => p.split(':')), ...(pick('SONAME')[0] ? { soname: pick('SONAME')[0] } : {}) };
}

describe('ELF dynamic section', () => {
  const py = execFileSync('python3', ['-c', 'import _ssl, _ctypes; print(_ssl.__file__); print(_ctypes.__file__)'], { encoding: 'utf8' }).trim().split('\n');
  for (const file of ['/usr/lib/x86_64-linux-gnu/libssl.so.3', '/usr/lib/x86_64-linux-gnu/libstdc++.so.6', '/bin/ls', ...py]) {
    it(`agrees with readelf -d on ${file}`, () => {
      const info = classifyBinary(readFileSync(file));
      expect(info.kind).toBe('elf');
      if (info.kind === 'elf') expect(info.dynamic).toEqual(readelfDynamic(file));
    });
  }
});

describe('base-system sonames (generated from Debian indexes)', () => {
  it('each runtime has its Debian libraries and the ones its Python links, and says where they come from', () => {
    const d12 = baseSonames('custom.debian12')!;
    expect(d12.suite).toBe('bookworm');
    expect(d12.source).toMatch(/deb\.debian\.org\/debian\/dists\/bookworm/);
    for (const s of ['libc.so.6', 'libstdc++.so.6', 'libgcc_s.so.1', 'libz.so.1', 'libssl.so.3', 'libffi.so.8', 'libsqlite3.so.0', 'libexpat.so.1', 'libuuid.so.1', 'liblzma.so.5', 'libbz2.so.1.0', 'libreadline.so.8']) expect(d12.sonames).toHaveProperty([s]);
    const d11 = baseSonames('custom.debian11')!;
    expect(d11.sonames).toHaveProperty(['libssl.so.1.1']);
    expect(d11.sonames).toHaveProperty(['libffi.so.7']);
    for (const d of [d11, d12, baseSonames('custom.debian10')!]) {
      expect(d.sonames).not.toHaveProperty(['libGL.so.1']);
      expect(d.sonames).not.toHaveProperty(['libX11.so.6']);
    }
  });
});

describe('LD_LIBRARY_PATH from a start script', () => {
  it('follows assignments in order, with $LD_LIBRARY_PATH expanded', () => {
    expect(ldLibraryPathOf('#!/bin/bash\nexport PYTHONPATH=/opt/python\nexec python3 app.py\n')).toBeUndefined();
    expect(ldLibraryPathOf('export LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH\n')).toEqual(['/opt/lib']);
    expect(ldLibraryPathOf('LD_LIBRARY_PATH="/code/lib"\nexport LD_LIBRARY_PATH="/opt/lib:${LD_LIBRARY_PATH}"\n')).toEqual(['/opt/lib', '/code/lib']);
    expect(ldLibraryPathOf('# export LD_LIBRARY_PATH=/opt/lib\n')).toBeUndefined();
    expect(ldLibraryPathOf('', '/usr/local/lib')).toEqual(['/usr/local/lib']);
  });
});

describe('native libraries FC lacks', () => {
  const dyn = (needed: string[], rpath: string[] = []): ElfDynamic => ({ needed, rpath, runpath: [] });
  const input = (elfs: [string, ElfDynamic][], files: string[], extra: Partial<NativeLibsInput> = {}): NativeLibsInput => ({
    kind: 'layer',
    runtime: 'custom.debian10',
    elfs: new Map(elfs),
    exists: (p) => files.includes(p) || elfs.some(([e]) => e === p),
    show: (p) => p.replace(/^\/opt\//, ''),
    depsRoots: ['/opt/python'],
    optLibFiles: files.filter((f) => f.startsWith('/opt/lib/')).length,
    ...extra,
  });

  it('found through $ORIGIN rpath (a wheel\'s .libs), the base system, or /opt/lib; else an error naming file, soname, package and fix', () => {
    const cv2 = '/opt/python/cv2/cv2.abi3.so';
    const qt = '/opt/python/opencv_python.libs/libQt5Gui-2db27984.so.5.15.19';
    const f = checkNativeLibs(input([[cv2, dyn(['libQt5Gui-2db27984.so.5.15.19', 'libstdc++.so.6', 'libc.so.6'], ['$ORIGIN/../opencv_python.libs'])], [qt, dyn(['libGL.so.1', 'libz.so.1'])]], []));
    expect(f).toHaveLength(1);
    // Reported once, on the module Python imports, through the bundled library that needs it.
    expect(f[0]).toMatchObject({ severity: 'error', code: 'native-lib-missing', file: 'python/cv2/cv2.abi3.so' });
    expect(f[0]!.message).toContain("opencv-python's cv2.abi3.so needs libGL.so.1 (through libQt5Gui-2db27984.so.5.15.19)");
    expect(f[0]!.fcSymptom).toContain('ImportError: libGL.so.1: cannot open shared object file');
    expect(f[0]!.fix).toContain('opencv-python-headless');
    expect(f[0]!.fix).toContain('LD_LIBRARY_PATH=/opt/lib');
    // The same library shipped in the layer's lib/: found (a layer checked alone assumes /opt/lib is put on the path).
    expect(checkNativeLibs(input([[qt, dyn(['libGL.so.1'])]], ['/opt/lib/libGL.so.1']))).toEqual([]);
  });

  it('a bootstrap that leaves /opt/lib off LD_LIBRARY_PATH: warned, and what only /opt/lib has is not found', () => {
    const so = '/opt/python/pkg/_x.so';
    const f = checkNativeLibs(input([[so, dyn(['libfoo.so.1'])]], ['/opt/lib/libfoo.so.1'], { kind: 'code', ldLibraryPath: [], startFile: 'bootstrap' }));
    expect(f.map((x) => `${x.severity}:${x.code}`)).toEqual(['warning:layer-ld-library-path', 'warning:native-lib-path']);
    expect(f[0]!.fix).toBe('Add export LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH to bootstrap before the server starts.');
    expect(checkNativeLibs(input([[so, dyn(['libfoo.so.1'])]], ['/opt/lib/libfoo.so.1'], { kind: 'code', ldLibraryPath: ['/opt/lib'] }))).toEqual([]);
  });

  it('judges against the runtime: libffi.so.8 is bookworm\'s, not bullseye\'s; libpython comes from the interpreter', () => {
    const so = '/opt/python/cffi/_cffi_backend.so';
    expect(checkNativeLibs(input([[so, dyn(['libffi.so.8', 'libpython3.10.so.1.0'])]], [], { runtime: 'custom.debian12' }))).toEqual([]);
    const f = checkNativeLibs(input([[so, dyn(['libffi.so.8'])]], [], { runtime: 'custom.debian11' }));
    expect(f[0]!.message).toMatch(/needs libffi\.so\.8: .*custom\.debian11's base system \(Debian bullseye, \d+ libraries/);
  });

  it('an image is its own base system; one without a visible libc is not judged', () => {
    const so = '/app/site/pkg/_x.so';
    const img = (files: string[]) => input([[so, dyn(['libGL.so.1', 'libc.so.6'])]], files, { kind: 'image', ldLibraryPath: [], show: (p) => p });
    expect(checkNativeLibs(img(['/usr/lib/x86_64-linux-gnu/libc.so.6']))).toMatchObject([{ severity: 'error', code: 'native-lib-missing', file: so }]);
    expect(checkNativeLibs(img(['/usr/lib/x86_64-linux-gnu/libc.so.6', '/usr/lib/x86_64-linux-gnu/libGL.so.1']))).toEqual([]);
    expect(checkNativeLibs(img([]))).toEqual([]);
  });
});
