import { timingSafeEqual } from 'node:crypto';

const STARTUP_PROTOCOL = 196608; // 3.0
const PASSWORD_MESSAGE = 'p'.charCodeAt(0);

/** AuthenticationCleartextPassword: 'R', length 8, code 3. */
const ASK_PASSWORD = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);

/** A FATAL ErrorResponse, which a client reports and then closes on. */
export function fatal(code: string, message: string): Uint8Array {
  const fields = Buffer.concat([Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0`, 'utf8'), Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

function isStartup(message: Uint8Array): boolean {
  return message.length >= 8 && Buffer.from(message.buffer, message.byteOffset, message.byteLength).readInt32BE(4) === STARTUP_PROTOCOL;
}

/**
 * Password authentication in front of PGlite, which has none of its own: every client that
 * connects to the embedded database's socket must send the generated password first. The
 * startup message is held back, the client is asked for a password (cleartext: the socket
 * listens on 127.0.0.1 only), and only a right one lets the held startup through to PGlite.
 *
 * `admit` returns the message to run (the held startup once the password is right, else the
 * message itself when the client is already in), or null when the gate answered it.
 */
export class PasswordGate {
  private readonly admitted = new Set<number>();
  private readonly held = new Map<number, Uint8Array>();
  private readonly refused = new Set<number>();
  private readonly expected: Buffer;

  constructor(password: string) {
    this.expected = Buffer.from(password, 'utf8');
  }

  admit(handlerId: number, message: Uint8Array, reply: (data: Uint8Array) => void): Uint8Array | null {
    if (this.admitted.has(handlerId)) return message;
    if (this.refused.has(handlerId)) return null;
    if (!this.held.has(handlerId)) {
      if (!isStartup(message)) return this.refuse(handlerId, reply, '08P01', 'expected a startup message');
      this.held.set(handlerId, message);
      reply(ASK_PASSWORD);
      return null;
    }
    if (message[0] !== PASSWORD_MESSAGE) return this.refuse(handlerId, reply, '28000', 'a password is required');
    const given = Buffer.from(message.subarray(5)).toString('utf8').replace(/\0+$/, '');
    const candidate = Buffer.from(given, 'utf8');
    const ok = candidate.length === this.expected.length && timingSafeEqual(candidate, this.expected);
    if (!ok) return this.refuse(handlerId, reply, '28P01', 'password authentication failed for the embedded database');
    const startup = this.held.get(handlerId)!;
    this.held.delete(handlerId);
    this.admitted.add(handlerId);
    return startup;
  }

  forget(handlerId: number): void {
    this.admitted.delete(handlerId);
    this.held.delete(handlerId);
    this.refused.delete(handlerId);
  }

  private refuse(handlerId: number, reply: (data: Uint8Array) => void, code: string, message: string): null {
    this.held.delete(handlerId);
    this.refused.add(handlerId);
    reply(fatal(code, message));
    return null;
  }
}
