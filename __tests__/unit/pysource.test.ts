import { describe, expect, it } from 'vitest';
import { pythonImports, readPySource } from '../../src/formats/pysource.js';

describe('readPySource: servers a script starts', () => {
  it('reads uvicorn.run and a Flask app.run, with the libraries\' defaults', () => {
    const src = [
      'import uvicorn',
      'from fastapi import FastAPI',
      'app = FastAPI()',
      '',
      'if __name__ == "__main__":',
      '    uvicorn.run(app, host="127.0.0.1", port=8000)',
    ].join('\n');
    expect(readPySource(src).servers).toEqual([{ line: 6, call: 'uvicorn.run', host: '127.0.0.1', port: 8000, defaulted: [] }]);
    const flask = 'from flask import Flask\nweb = Flask(__name__)\n\n@web.route("/")\ndef hi():\n    return "hi"\n\nif __name__ == \'__main__\':\n    web.run(debug=True)\n';
    expect(readPySource(flask).servers).toEqual([{ line: 9, call: 'web.run', host: '127.0.0.1', port: 5000, defaulted: ['host', 'port'] }]);
  });

  it('a call over several lines, values from the environment, and code that never runs as main', () => {
    const src = 'import os, uvicorn\nfrom main import app\nuvicorn.run(\n    app,\n    host="0.0.0.0",  # all interfaces\n    port=int(os.environ.get("FC_SERVER_PORT", "9000")),\n)\n';
    expect(readPySource(src).servers).toEqual([{ line: 3, call: 'uvicorn.run', host: '0.0.0.0', port: null, defaulted: [] }]);
    const inDef = 'import uvicorn\ndef dev():\n    uvicorn.run("main:app", port=8000)\n';
    expect(readPySource(inDef).servers).toEqual([]);
    const splat = 'import uvicorn\nuvicorn.run("main:app", **settings)\n';
    expect(readPySource(splat).servers).toEqual([]);
    const notServers = 'import asyncio, subprocess\nasyncio.run(main())\nsubprocess.run(["ls"])\n';
    expect(readPySource(notServers).servers).toEqual([]);
    const docstring = '"""Run with uvicorn.run(app, port=8000)."""\nx = 1\n';
    expect(readPySource(docstring).servers).toEqual([]);
  });
});

describe('readPySource: file names the code spells out', () => {
  it('open, sqlite3.connect, SQLAlchemy URLs, paths joined from __file__', () => {
    const src = [
      'import os, sqlite3',
      'from pathlib import Path',
      'BASE = os.path.dirname(os.path.abspath(__file__))',
      'conn = sqlite3.connect("app.db")',
      "URL = 'sqlite:///./data/users.db'",
      'SEED = os.path.join(BASE, "data", "seed.db")',
      'CFG = Path(__file__).parent / "conf" / "rules.json"',
      'print("hello world")  # not a path',
    ].join('\n');
    const refs = readPySource(src).fileRefs.map((r) => `${r.line}:${r.path}${r.fromFile ? '@file' : ''}`);
    expect(refs).toEqual(['4:app.db', '5:data/users.db', '6:seed.db', '6:data/seed.db', '7:rules.json@file', '7:conf/rules.json@file']);
  });
});

describe('pythonImports', () => {
  it('reads each absolute import with its line, top level or not, guarded or not; strings and relative imports are not imports', () => {
    const src = [
      '"""A module.', // 1
      'import not_this  (a docstring)', // 2
      '"""', // 3
      'import os, sys as system', // 4
      'from fastapi import (', // 5
      '    FastAPI,', // 6
      ')', // 7
      'from . import sibling', // 8
      'from .models import User', // 9
      'try:', // 10
      '    import ujson as json', // 11
      'except ImportError:', // 12
      '    import json', // 13
      'def handler():', // 14
      '    import boto3  # only when called', // 15
      'x = "import nope"; import redis', // 16
    ].join('\n');
    expect(pythonImports(src)).toEqual([
      { module: 'os', line: 4, topLevel: true, guarded: false },
      { module: 'sys', line: 4, topLevel: true, guarded: false },
      { module: 'fastapi', line: 5, topLevel: true, guarded: false },
      { module: 'ujson', line: 11, topLevel: true, guarded: true },
      { module: 'json', line: 13, topLevel: true, guarded: true },
      { module: 'boto3', line: 15, topLevel: false, guarded: false },
      { module: 'redis', line: 16, topLevel: true, guarded: false },
    ]);
  });
});
