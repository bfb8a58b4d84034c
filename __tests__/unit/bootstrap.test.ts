import { describe, expect, it } from 'vitest';
import { analyzeBootstrap } from '../../src/doctor/checks/bootstrap.js';
import { expandShell, pythonPathDirs } from '../../src/formats/shell.js';

const ctx = { file: 'backend/bootstrap', depsDirs: ['/code/python'], port: 9000 };
const GOOD = '#!/bin/bash\nexport PYTHONPATH=/code/python:$PYTHONPATH\nexec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000\n';
const codes = (text: string, c = ctx) => analyzeBootstrap(text, c).findings.map((f) => `${f.code}@${f.line}`);

describe('analyzeBootstrap', () => {
  it('accepts the canonical bootstrap and reports its PYTHONPATH', () => {
    const a = analyzeBootstrap(GOOD, ctx);
    expect(a.findings).toEqual([]);
    expect(a.pythonPath).toBe('/code/python:');
  });

  it('finds each broken part, on its line', () => {
    expect(codes(GOOD.replace(/\n/g, '\r\n'))).toEqual(['bootstrap-crlf@1']);
    expect(codes(GOOD.replace('#!/bin/bash\n', ''))).toEqual(['bootstrap-shebang@1']);
    expect(codes(GOOD.replace('0.0.0.0', 'localhost'))).toEqual(['bootstrap-listen@3']);
    expect(codes(GOOD.replace('--port 9000', '--port 8000'))).toEqual(['bootstrap-port@3']);
    expect(codes(`${GOOD}pip install -r requirements.txt\n`)).toEqual(['bootstrap-pip-install@4']);
    expect(codes('#!/bin/bash\npython3 -m pip install uvicorn\nexec python3 app.py\n')).toEqual(['bootstrap-pip-install@2', 'bootstrap-no-pythonpath@1']);
    expect(codes('#!/bin/bash\nexec gunicorn -b 127.0.0.1:9000 main:app\n', { ...ctx, depsDirs: [] })).toEqual(['bootstrap-listen@2']);
  });

  it('finds CRLF on any line, not only the first', () => {
    const lines = GOOD.split('\n');
    lines[2] += '\r';
    expect(codes(lines.join('\n'))).toEqual(['bootstrap-crlf@3']);
  });

  it('understands the ways people set PYTHONPATH', () => {
    const dirs = (t: string) => pythonPathDirs(analyzeBootstrap(`#!/bin/sh\n${t}\n`, ctx).pythonPath ?? '');
    expect(dirs('export PYTHONPATH="$FC_FUNC_CODE_PATH/python"')).toEqual(['/code/python']);
    expect(dirs('PYTHONPATH=./python:${PYTHONPATH} exec python3 main.py')).toEqual(['/code/python']);
    expect(dirs("export PYTHONPATH='/opt/python'\nexport PYTHONPATH=$PYTHONPATH:/code")).toEqual(['/opt/python', '/code']);
    expect(dirs('export PYTHONPATH=$(pwd)/python${PYTHONPATH:+:$PYTHONPATH}')).toEqual(['/code/python']);
    expect(dirs('# export PYTHONPATH=/code/python')).toEqual([]);
    expect(dirs('env PYTHONPATH=/code/python python3 -m uvicorn main:app --host 0.0.0.0')).toEqual(['/code/python']);
  });

  it('accepts a layer path when the deps ship as a layer', () => {
    const layer = { ...ctx, depsDirs: ['/opt/python'] };
    expect(codes(GOOD, layer)).toEqual(['bootstrap-no-pythonpath@1']);
    expect(codes(GOOD.replace('/code/python', '/opt/python'), layer)).toEqual([]);
  });

  it('expands only what it knows', () => {
    expect(expandShell('$HOME/x:${FC_FUNC_CODE_PATH}', { FC_FUNC_CODE_PATH: '/code' })).toBe('$HOME/x:/code');
    expect(expandShell('${X:-/d}', { X: '' })).toBe('/d');
  });
});
