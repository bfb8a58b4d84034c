/** Bounds-checked reads of a binary file's fields, for the native-code readers (formats/native.ts, native-foreign.ts). */

/** Thrown inside the parsers when the bytes are inconsistent; never escapes formats/native*.ts. */
export class ParseError extends Error {}

/** Bounds-checked reads; every offset past the end raises ParseError. */
export class Reader {
  constructor(
    readonly buf: Buffer,
    readonly little: boolean,
  ) {}

  check(offset: number, length: number, what: string): void {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > this.buf.length) {
      throw new ParseError(`${what} (offset ${offset}, ${length} bytes) lies past the end of the ${this.buf.length}-byte file`);
    }
  }
  u16(offset: number, what: string): number {
    this.check(offset, 2, what);
    return this.little ? this.buf.readUInt16LE(offset) : this.buf.readUInt16BE(offset);
  }
  u32(offset: number, what: string): number {
    this.check(offset, 4, what);
    return this.little ? this.buf.readUInt32LE(offset) : this.buf.readUInt32BE(offset);
  }
  u64(offset: number, what: string): number {
    this.check(offset, 8, what);
    const v = this.little ? this.buf.readBigUInt64LE(offset) : this.buf.readBigUInt64BE(offset);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ParseError(`${what} is implausibly large (${v})`);
    return Number(v);
  }
}
