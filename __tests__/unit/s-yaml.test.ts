import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/inputs/inputs.js';
import { makePlan } from '../../src/plan/plan.js';
import { functionConfig } from '../../src/plan/function.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

/** A project: files by relative path. */
function project(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-syaml-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

// The shape of FC's FastAPI template (written here, not copied): s.yaml at the root, the code in code/.
const TEMPLATE = `edition: 3.0.0
name: web-framework-app
access: default
vars:
  region: cn-hangzhou
  functionName: fastapi-demo
resources:
  fastapi-app:
    component: fc3
    actions:
      pre-deploy:
        - run: pip3 install -r requirements.txt -t .
          path: ./code
    props:
      region: \${vars.region}
      functionName: \${vars.functionName}
      description: FastAPI on a custom runtime
      runtime: custom.debian10
      code: ./code
      handler: index.handler
      memorySize: 512
      timeout: 30
      customRuntimeConfig:
        port: 9000
        command:
          - python3
        args:
          - '-u'
          - index.py
      environmentVariables:
        PATH: /var/fc/lang/python3.10/bin:/usr/local/bin/apache-maven/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/ruby/bin:/opt/bin:/code:/code/bin
`;
const CODE = { 'code/index.py': 'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nif __name__ == "__main__":\n    uvicorn.run(app, host="0.0.0.0", port=9000)\n', 'code/requirements.txt': 'fastapi\nuvicorn\n' };

const inputs = (wd: string, v: Record<string, string> = {}) => parseInputs((n) => v[n], { cwd: wd, env: {} });

describe('s.yaml (Serverless Devs edition 3, fc3)', () => {
  it('gives the runtime, the start command and args, the port, the environment and the code folder', () => {
    const root = project({ 's.yaml': TEMPLATE, ...CODE });
    const fn = functionConfig(inputs(root), {});
    expect(fn.sYaml?.key).toBe('fastapi-app');
    expect(fn.sYaml?.functionName).toBe('fastapi-demo');
    expect(fn.runtime).toBe('custom.debian10');
    expect(fn.port).toBe(9000);
    expect(fn.start).toMatchObject({ kind: 'command', argv: ['python3', '-u', 'index.py'], from: 's.yaml' });
    expect(fn.environment?.vars.PATH).toMatch(/^\/var\/fc\/lang\/python3\.10\/bin:/);
    expect(fn.codeDir).toBe(path.join(root, 'code'));
  });

  it('is found from the code folder too (working-directory: code), and both give the same function', () => {
    const root = project({ 's.yaml': TEMPLATE, ...CODE });
    const a = functionConfig(inputs(root), {});
    const b = functionConfig(inputs(root, { 'working-directory': 'code' }), {});
    expect(JSON.stringify({ ...b, notices: [] }, null, 1)).toBe(JSON.stringify({ ...a, notices: [] }, null, 1));
    // A parent s.yaml whose code is another folder is not this function's.
    const other = project({ 's.yaml': TEMPLATE.replace('code: ./code', 'code: ./src'), ...CODE, 'src/x.py': '' });
    expect(functionConfig(inputs(path.join(other, 'code')), {}).sYaml).toBeUndefined();
  });

  it('plans the template unmodified as target code: deps at the zip root, the start and the environment exactly', () => {
    const root = project({ 's.yaml': TEMPLATE, ...CODE });
    const plan = makePlan(inputs(root, { target: 'code' }), {});
    expect(plan.target).toBe('code');
    if (plan.target !== 'code') return;
    expect([plan.depsIn, plan.depsPrefix, plan.runtime, plan.pythonVersion, plan.workingDirectory]).toEqual(['zip', '', 'custom.debian10', '3.10', path.join(root, 'code')]);
    expect(plan.run).toMatchObject({ start: { kind: 'command', argv: ['python3', '-u', 'index.py'] }, pythonPath: [], path0: '/code', interpreter: '/var/fc/lang/python3.10/bin/python3', entry: { module: 'index', dir: '/code' } });
    expect(plan.notices.map((n) => n.message).join('\n')).toMatch(/Nothing puts \/code\/python on PYTHONPATH.*the dependencies go at the top of function\.zip/);
    expect(plan.verify?.imports.start).toEqual({ server: undefined, entry: 'index', entryDir: '/code', path0: '/code' });
    expect(plan.install?.source.shown).toBe('requirements.txt');
  });

  it('resolves ${vars.x}, ${env(X)}, ${resources.x.props.y} where the build needs the field, and only there', () => {
    const root = project({
      's.yaml': `edition: 3.0.0
vars:
  rt: custom.debian12
  envs:
    PYTHONPATH: /code/python
resources:
  base:
    component: fc3
    props:
      functionName: base-\${env(STAGE)}
      runtime: \${vars.rt}
      code: ./
      customRuntimeConfig: { port: 8000, command: [python3, -m, uvicorn, 'main:app', --port, '8000'] }
      environmentVariables: \${vars.envs}
      layers: ['\${env(LAYER_ARN)}']
      role: \${config(AccountID)}
`,
      'main.py': 'app = 1\n',
    });
    const fn = functionConfig(inputs(root), { STAGE: 'prod', LAYER_ARN: 'acs:fc:cn-hangzhou:123:layers/deps/versions/3' });
    expect([fn.runtime, fn.port, fn.sYaml?.functionName, fn.environment?.vars, fn.layers]).toEqual([
      'custom.debian12',
      8000,
      'base-prod',
      { PYTHONPATH: '/code/python' },
      ['acs:fc:cn-hangzhou:123:layers/deps/versions/3'],
    ]);
    // An unresolvable variable in a field the build reads is one error naming the field.
    expect(() => functionConfig(inputs(root), { STAGE: 'prod' })).toThrow(/s\.yaml: resources\.base\.props\.layers\.0 uses \$\{env\(LAYER_ARN\)\}, which cannot be resolved: the environment variable LAYER_ARN is not set/);
  });

  it('several functions: one error naming s.yaml and each; the function input picks by key or functionName', () => {
    const two = `edition: 3.0.0\nresources:\n  api:\n    component: fc3\n    props: { functionName: my-api, runtime: custom.debian12, code: ./ }\n  worker:\n    component: fc3\n    props: { functionName: my-worker, runtime: custom.debian11, code: ./ }\n  bucket:\n    component: oss\n    props: {}\n`;
    const root = project({ 's.yaml': two });
    expect(() => functionConfig(inputs(root), {})).toThrow(/s\.yaml has 2 functions: api \(my-api\), worker \(my-worker\)\. Set the function input/);
    expect(functionConfig(inputs(root, { function: 'worker' }), {}).runtime).toBe('custom.debian11');
    expect(functionConfig(inputs(root, { function: 'my-api' }), {}).runtime).toBe('custom.debian12');
    expect(() => functionConfig(inputs(root, { function: 'nope' }), {})).toThrow(/Input function: s\.yaml has no function nope; it has api \(my-api\), worker \(my-worker\)/);
  });

  it('a YAML syntax error names s.yaml and the line; the older fc format is refused with the way to convert it', () => {
    const bad = project({ 's.yml': 'edition: 3.0.0\nresources:\n  api:\n    component: fc3\n    props:\n      runtime: [custom.debian10\n' });
    expect(() => functionConfig(inputs(bad), {})).toThrow(/s\.yml, line \d+: not valid YAML/);
    const old = project({ 's.yaml': 'edition: 1.0.0\nservices:\n  demo:\n    component: fc\n    props:\n      service: { name: s }\n      function: { name: f, runtime: custom }\n' });
    expect(() => functionConfig(inputs(old), {})).toThrow(/older format.*component fc with service\/function.*s cli fc3 s2tos3/);
    // s-yaml: none: never read.
    expect(functionConfig(inputs(old, { 's-yaml': 'none' }), {}).sYaml).toBeUndefined();
  });

  it('an input given explicitly wins, with a notice naming what s.yaml says', () => {
    const root = project({ 's.yaml': TEMPLATE, ...CODE });
    const fn = functionConfig(inputs(root, { runtime: 'custom.debian12', port: '8080', 'start-command': 'python3 index.py' }), {});
    expect([fn.runtime, fn.port, fn.start]).toEqual(['custom.debian12', 8080, { kind: 'command', argv: ['python3', 'index.py'], from: 'start-command', shown: 'start-command' }]);
    const text = fn.notices.map((n) => n.message).join('\n');
    expect(text).toMatch(/Input runtime \(custom\.debian12\) differs from s\.yaml's runtime \(custom\.debian10\)/);
    expect(text).toMatch(/Input port \(8080\) differs from s\.yaml's customRuntimeConfig\.port \(9000\)/);
    expect(text).toMatch(/Input start-command \(python3 index\.py\) differs/);
  });
});

describe('where the deps go for the start command, and no false pass', () => {
  const app = (files: Record<string, string> = {}) => project({ 'main.py': 'import fastapi\napp = 1\n', 'requirements.txt': 'fastapi\n', ...files });

  it('python/ when the environment puts /code/python on PYTHONPATH; the root when the start\'s Python looks in /code', () => {
    const a = app();
    const withPath = makePlan(inputs(a, { target: 'code', runtime: 'custom.debian12', 'start-command': 'python3 -m uvicorn main:app', environment: 'PYTHONPATH=/code/python' }), {});
    expect(withPath.target === 'code' && [withPath.depsPrefix, withPath.run?.pythonPath, withPath.verify?.imports.start]).toEqual(['python/', ['/code/python'], { server: 'uvicorn', entry: 'main', entryDir: '/code', path0: '/code' }]);
    const root = makePlan(inputs(a, { target: 'code', runtime: 'custom.debian12', 'start-command': 'python3 -m uvicorn main:app' }), {});
    expect(root.target === 'code' && root.depsPrefix).toBe('');
  });

  it('a console script with nothing on PYTHONPATH is an error naming PYTHONPATH (No module named uvicorn on FC)', () => {
    expect(() => makePlan(inputs(app(), { target: 'code', runtime: 'custom.debian12', 'start-command': 'uvicorn main:app --host 0.0.0.0 --port 9000' }), {})).toThrow(
      /start-command runs uvicorn \(a console script.*FC sets no PYTHONPATH.*No module named uvicorn.*PYTHONPATH=\/code\/python.*python3 -m uvicorn/,
    );
  });

  it('custom.debian10: python3 without PATH=/var/fc/lang/python3.10/bin:$PATH is Debian\'s own, an error', () => {
    expect(() => makePlan(inputs(app(), { target: 'code', runtime: 'custom.debian10', 'start-command': 'python3 -u main.py' }), {})).toThrow(
      /runs python3, which on custom\.debian10 is Debian's own Python 3\.7 .* built for Python 3\.10 \(custom\.debian10 has it at \/var\/fc\/lang\/python3\.10\/bin\/python3, not on the default PATH\)\. Set PATH=\/var\/fc\/lang\/python3\.10\/bin:\$PATH/,
    );
    const ok = makePlan(inputs(app(), { target: 'code', runtime: 'custom.debian10', 'start-command': 'python3 -u main.py', environment: 'PATH=/var/fc/lang/python3.10/bin:$PATH' }), {});
    expect(ok.target === 'code' && ok.run?.interpreter).toBe('/var/fc/lang/python3.10/bin/python3');
  });

  it('a layer whose function never puts /opt/python on PYTHONPATH is an error naming both', () => {
    const a = app({ 's.yaml': 'edition: 3.0.0\nresources:\n  api:\n    component: fc3\n    props:\n      runtime: custom.debian12\n      code: ./\n      customRuntimeConfig: { command: [python3, -m, uvicorn, "main:app"] }\n      environmentVariables: { PYTHONPATH: /code }\n' });
    expect(() => makePlan(inputs(a, { target: 'layer' }), {})).toThrow(/at \/opt\/python, but the function never puts \/opt\/python on PYTHONPATH \(s\.yaml \(customRuntimeConfig\) with s\.yaml \(environmentVariables\): PYTHONPATH=\/code\)/);
    fs.writeFileSync(path.join(a, 's.yaml'), fs.readFileSync(path.join(a, 's.yaml'), 'utf8').replace('PYTHONPATH: /code', 'PYTHONPATH: /opt/python'));
    const layer = makePlan(inputs(a, { target: 'layer' }), {});
    expect(layer.target === 'layer' && layer.run?.entry).toEqual({ module: 'main', dir: '/code' });
  });
});
