/**
 * Owns the upload of a zip too big for FC's API (its zipFile is limited to 100 MB) to OSS, where
 * UpdateFunction and CreateLayerVersion read it from (ossBucketName/ossObjectName). Uses the
 * official `ali-oss` client, loaded on demand. Chosen over @alicloud/oss20190517 because it takes
 * an endpoint with a scheme and port and can address the bucket in the path (sldEnable), so the
 * same code talks to OSS and to a loopback stand-in.
 */
import net from 'node:net';
import { UserError } from '../../shared/errors.js';
import type { Credentials } from './credentials.js';
import { redact } from './credentials.js';
import type { Endpoint } from './endpoints.js';
import { cjsDefaultClass } from './cjs.js';

interface OssClient {
  put(name: string, file: string, options?: { headers?: Record<string, string>; timeout?: number }): Promise<{ name: string; res: { status: number } }>;
}
type OssCtor = new (options: Record<string, unknown>) => OssClient;

/** Uploads `file` as `object` into `bucket`; the error names the bucket and the fix. */
export async function uploadToOss(file: string, bucket: string, object: string, endpoint: Endpoint, region: string, creds: Credentials): Promise<void> {
  // module.exports is the client class.
  const Oss = cjsDefaultClass<OssCtor>(await import('ali-oss'));
  const client = new Oss({
    region: `oss-${region}`,
    endpoint: endpoint.url,
    secure: endpoint.protocol === 'https',
    bucket,
    // An IP endpoint (a loopback stand-in) has no bucket subdomain: address the bucket in the path.
    sldEnable: net.isIP(new URL(endpoint.url).hostname.replace(/^\[|\]$/g, '')) !== 0,
    accessKeyId: creds.accessKeyId,
    accessKeySecret: creds.accessKeySecret,
    ...(creds.securityToken ? { stsToken: creds.securityToken } : {}),
    timeout: 600_000,
  });
  try {
    await client.put(object, file);
  } catch (e) {
    const err = (e ?? {}) as { status?: number; code?: string; message?: string };
    throw new UserError(
      redact(
        `Uploading the code to OSS (oss://${bucket}/${object}, ${endpoint.url}) failed: ${[err.status ? `HTTP ${err.status}` : '', err.code, err.message?.split('\n')[0]].filter(Boolean).join(', ')}. ` +
          "Check that the bucket exists in the function's region and that the credentials may oss:PutObject to it.",
        [creds.accessKeySecret, creds.securityToken],
      ),
      'oss-bucket',
    );
  }
}
