/**
 * Owns the credentials URLs carry: the userinfo of `scheme://user:password@host` or
 * `scheme://TOKEN@host` (the usual private-index forms), as secrets to mask and as text to hide.
 */

const USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)([^\s/@]+)@/gi;

/** Hide the userinfo of every URL in `text`: `user:***@` for user:password, `***@` for a token. */
export function redactUrl(text: string): string {
  return text.replace(USERINFO, (_all, scheme: string, info: string) => {
    const colon = info.indexOf(':');
    return `${scheme}${colon < 0 ? '***' : `${info.slice(0, colon)}:***`}@`;
  });
}

/**
 * The secrets a URL carries, to register with the runner's masking: the password of user:password
 * (and its percent-decoded form), the whole of a token-only userinfo. Empty without userinfo.
 */
export function urlSecrets(url: string): string[] {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^\s/@]+)@/i.exec(url.trim());
  if (!m) return [];
  const info = m[1]!;
  const colon = info.indexOf(':');
  const secret = colon < 0 ? info : info.slice(colon + 1);
  if (!secret) return [];
  let decoded = secret;
  try {
    decoded = decodeURIComponent(secret);
  } catch {
    // not percent-encoded
  }
  return decoded === secret ? [secret] : [secret, decoded];
}

/** Whether a URL carries userinfo (a user, a password or a token). */
export function hasCredentials(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^\s/@]+@/i.test(url.trim());
}
