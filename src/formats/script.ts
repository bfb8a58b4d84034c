/** Owns the #! line of the console scripts we ship: FC finds python3 on PATH, never the build machine's interpreter. */

export const SCRIPT_SHEBANG = '#!/usr/bin/env python3';

/** A script's text with its #! line pointed at python3 on PATH; undefined when it is not a Python script. */
export function rewriteScriptText(text: string): string | undefined {
  const lines = text.split('\n');
  let body: string[] | undefined;
  if (/^#!.*python[\d.]*\s*$/.test(lines[0] ?? '')) {
    body = lines.slice(1);
  } else if (lines[0] === '#!/bin/sh' && (lines[1] ?? '').startsWith("'''exec'") && lines[2] === "' '''") {
    body = lines.slice(3);
  }
  return body && [SCRIPT_SHEBANG, ...body].join('\n');
}
