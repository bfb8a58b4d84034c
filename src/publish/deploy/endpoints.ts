/**
 * Owns where the deploy's requests go: FC, STS and OSS follow the region; the environment
 * variables FC_PYTHON_PACK_FC_ENDPOINT, _STS_ENDPOINT and _OSS_ENDPOINT override them (VPC
 * endpoints, tests). http:// is accepted only for a loopback address.
 */
import net from 'node:net';
import { UserError } from '../../shared/errors.js';

export interface Endpoint {
  protocol: 'http' | 'https';
  /** host[:port] */
  host: string;
  /** As given (or made), for messages: protocol://host. */
  url: string;
}

export interface Endpoints {
  fc: Endpoint;
  sts: Endpoint;
  oss: Endpoint;
}

const isLoopback = (hostname: string): boolean => {
  const h = hostname.replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  return h === '::1';
};

/** Parses an endpoint override: https://host[:port], http://<loopback>[:port], or a bare host[:port] (HTTPS). */
export function parseEndpoint(variable: string, value: string): Endpoint {
  const v = value.trim().replace(/\/+$/, '');
  const withScheme = /^[a-z]+:\/\//i.test(v) ? v : `https://${v}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    throw new UserError(`${variable} is not an endpoint: "${value}". Give https://host[:port] (http:// only for a loopback address).`, variable);
  }
  if (u.pathname !== '/' || u.search || u.username || u.password) {
    throw new UserError(`${variable} must be only a scheme, host and port (no path, query or credentials); got "${value}".`, variable);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UserError(`${variable}: ${u.protocol} is not http or https.`, variable);
  if (u.protocol === 'http:' && !isLoopback(u.hostname)) {
    throw new UserError(`${variable}: http:// is accepted only for a loopback address (127.0.0.1, ::1, localhost); ${u.host} must use https://, or requests and their signatures would travel in clear text.`, variable);
  }
  const protocol = u.protocol === 'http:' ? 'http' : 'https';
  return { protocol, host: u.host, url: `${protocol}://${u.host}` };
}

/** Regions whose FC 3.0 endpoint is <region>.fc.aliyuncs.com rather than fcv3.<region>.aliyuncs.com (api.aliyun.com's endpoint list for FC). */
const FC_REGION_HOST = new Set(['me-central-1', 'cn-hangzhou-finance', 'cn-shanghai-finance-1', 'cn-heyuan-acdr-1']);

/** The region's endpoints, or the overrides the environment gives. */
export function endpointsFor(region: string, env: NodeJS.ProcessEnv): Endpoints {
  const pick = (variable: string, dflt: string): Endpoint => (env[variable]?.trim() ? parseEndpoint(variable, env[variable]!) : parseEndpoint(variable, `https://${dflt}`));
  const sts = pick('FC_PYTHON_PACK_STS_ENDPOINT', `sts.${region}.aliyuncs.com`);
  if (sts.protocol !== 'https') {
    // @alicloud/credentials speaks only HTTPS to STS.
    throw new UserError(`FC_PYTHON_PACK_STS_ENDPOINT must be https:// (the OIDC exchange with STS only speaks HTTPS); got ${sts.url}.`, 'FC_PYTHON_PACK_STS_ENDPOINT');
  }
  return {
    fc: pick('FC_PYTHON_PACK_FC_ENDPOINT', FC_REGION_HOST.has(region) ? `${region}.fc.aliyuncs.com` : `fcv3.${region}.aliyuncs.com`),
    sts,
    oss: pick('FC_PYTHON_PACK_OSS_ENDPOINT', `oss-${region}.aliyuncs.com`),
  };
}
