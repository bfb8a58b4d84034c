/** The scripts pip writes for --target: entry points, pip's own versioned wrappers, #! fixes. */
import { describe, expect, it } from 'vitest';
import { consoleScriptSpecs, entryPointScript, finalScriptBytes, isEntryPointWrapper, parseEntryPoints } from '../../src/assemble/wheel-scripts.js';
import { installOrder } from '../../src/install/wheelhouse.js';

describe('wheel scripts', () => {
  it('reads entry_points.txt as importlib.metadata does', () => {
    const eps = parseEntryPoints('# comment\n[console_scripts]\n a = m:f \nb=m.sub:obj.run [x]\n\n[gui_scripts]\ng = m:g\n[other]\nz = q:r\n');
    expect([...eps.console]).toEqual([['a', 'm:f'], ['b', 'm.sub:obj.run [x]']]);
    expect([...eps.gui]).toEqual([['g', 'm:g']]);
  });

  it("gives pip and easy_install pip's versioned twins and drops their own", () => {
    const specs = consoleScriptSpecs(new Map([['pip', 'pip._internal.cli.main:main'], ['pip3', 'x:y'], ['pip3.9', 'x:y'], ['tool', 't:main']]), '3.11');
    expect(specs.map(([n]) => n)).toEqual(['pip', 'pip3', 'pip3.11', 'tool']);
  });

  it("writes distlib's wrapper with the #! line pointed at python3 on PATH", () => {
    expect(entryPointScript('b', 'm.sub:obj.run [x]', 'w.whl')).toBe(
      "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom m.sub import obj\nif __name__ == '__main__':\n" +
        "    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(obj.run())\n",
    );
    expect(() => entryPointScript('bad', 'module_only', 'w.whl')).toThrow(/module:callable/);
  });

  it("fixes #!python in .data/scripts, rewrites other Python #! lines, leaves the rest alone", () => {
    expect(finalScriptBytes(Buffer.from('#!python\r\nprint(1)\n'), true)!.toString()).toBe('#!/usr/bin/env python3\nprint(1)\n');
    expect(finalScriptBytes(Buffer.from('#!/usr/bin/python3.11\nx\n'), false)!.toString()).toBe('#!/usr/bin/env python3\nx\n');
    expect(finalScriptBytes(Buffer.from('#!/bin/bash\necho\n'), true)).toBeUndefined();
    expect(isEntryPointWrapper('tool-script.py', parseEntryPoints('[console_scripts]\ntool = t:main\n'))).toBe(true);
  });

  it('orders wheels dependencies first, ties by name', () => {
    const order = installOrder([
      { name: 'fastapi', requires: ['starlette', 'pydantic'] },
      { name: 'pydantic', requires: ['pydantic-core', 'typing-extensions'] },
      { name: 'pydantic_core', requires: ['typing-extensions'] },
      { name: 'starlette', requires: ['anyio'] },
      { name: 'anyio', requires: [] },
      { name: 'typing_extensions', requires: [] },
    ]);
    expect(order.map((o) => o.name)).toEqual(['anyio', 'starlette', 'typing_extensions', 'pydantic_core', 'pydantic', 'fastapi']);
  });
});
