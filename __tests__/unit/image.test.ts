import { describe, expect, it } from 'vitest';
import { defaultImageName, parseBuildArgs, parseImageRef } from '../../src/inputs/inputs.js';
import { imageTarName } from '../../src/plan/plan.js';
import { copySources, generatedDockerfile, parseDockerfile } from '../../src/assemble/dockerfile.js';

describe('image inputs', () => {
  it('names the image after the repository and commit', () => {
    expect(defaultImageName({ GITHUB_REPOSITORY: 'Acme/My_Backend', GITHUB_SHA: '0123456789abcdef' }, '/w/x')).toBe('my_backend:0123456');
    expect(defaultImageName({}, '/home/me/Order Service')).toBe('order-service:local');
  });
  it('parses build args line by line', () => {
    expect(parseBuildArgs('BASE_IMAGE=python:3.10-slim\n\n# comment\nEMPTY=\nX=a=b')).toEqual([
      ['BASE_IMAGE', 'python:3.10-slim'],
      ['EMPTY', ''],
      ['X', 'a=b'],
    ]);
    expect(() => parseBuildArgs('OK=1\n2BAD=1')).toThrow(/Input build-args, line 2: "2BAD=1" is not KEY=VALUE/);
  });
  it('accepts image references docker accepts', () => {
    expect(parseImageRef('registry.cn-hangzhou.aliyuncs.com/team/api:v1.2')).toBeTruthy();
    expect(() => parseImageRef('My-App:latest')).toThrow(/not a valid image name/);
  });
  it('derives the tar name from the tag', () => {
    expect(imageTarName('team/api:v1', 'none')).toBe('team-api-v1.tar');
    expect(imageTarName('api:1', 'gzip')).toBe('api-1.tar.gz');
  });
});

describe('Dockerfile reading', () => {
  const df = ['FROM python:3.10', 'COPY --chown=1:1 requirements.txt \\', '     ./', 'COPY --from=build /x /y', 'ADD https://x/y.tgz /t', 'COPY ["a b.txt", "c/", "/dest/"]', 'COPY *.py ./', 'COPY ./app/ /code/app/'].join('\n');
  it('joins continuations and keeps line numbers', () => {
    expect(parseDockerfile(df).map((i) => `${i.line}:${i.op}`)).toEqual(['1:FROM', '2:COPY', '4:COPY', '5:ADD', '6:COPY', '7:COPY', '8:COPY']);
  });
  it('lists local COPY sources only', () => {
    expect(copySources(parseDockerfile(df))).toEqual([
      { line: 2, source: 'requirements.txt' },
      { line: 6, source: 'a b.txt' },
      { line: 6, source: 'c' },
      { line: 8, source: 'app' },
    ]);
  });
  it('generates an FC image Dockerfile that needs no network', () => {
    const text = generatedDockerfile({ base: 'python:3.10-slim-buster', deps: true, port: 9000, start: { bootstrap: 'bootstrap' } });
    expect(text).toContain('FROM python:3.10-slim-buster');
    expect(text).toContain('COPY python/ /opt/python/');
    expect(text).toContain('ENV PYTHONPATH=/opt/python FC_FUNC_CODE_PATH=/code');
    expect(text).toContain('EXPOSE 9000');
    expect(text).toContain('CMD ["./bootstrap"]');
    expect(text).not.toMatch(/^RUN/m);
    // Without a bootstrap, the function's start command (s.yaml's, or start-command) in exec form.
    expect(generatedDockerfile({ base: 'b', deps: false, port: 9000, start: { command: ['python3', '-u', 'index.py'] } })).toContain('CMD ["python3","-u","index.py"]');
  });
});
