// Optional encryption of backup files: AES-256-GCM with a key derived from a passphrase by scrypt
// (node:crypto only). Layout: magic (8 bytes) · salt (16) · IV (12) · ciphertext · tag (16).
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from "node:crypto";
import { open } from "node:fs/promises";
import { Transform } from "node:stream";

export const MAGIC = Buffer.from("SNGENC01");
const SALT = 16;
const IV = 12;
const TAG = 16;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function deriveKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize("NFC"), salt, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** A transform that encrypts: header first, then the ciphertext, then the GCM tag. */
export async function encryptor(passphrase: string): Promise<Transform> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv("aes-256-gcm", await deriveKey(passphrase, salt), iv);
  const out = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, cipher.update(chunk));
    },
    flush(done) {
      done(null, Buffer.concat([cipher.final(), cipher.getAuthTag()]));
    },
  });
  out.push(Buffer.concat([MAGIC, salt, iv]));
  return out;
}

export async function isEncrypted(file: string): Promise<boolean> {
  const fh = await open(file, "r");
  try {
    const head = Buffer.alloc(MAGIC.length);
    await fh.read(head, 0, MAGIC.length, 0);
    return head.equals(MAGIC);
  } finally {
    await fh.close();
  }
}

/**
 * Reads header and tag of an encrypted file; returns the byte range of the ciphertext and a
 * decipher that fails at its end when the passphrase is wrong or the file was altered.
 */
export async function decryptor(file: string, passphrase: string) {
  const fh = await open(file, "r");
  try {
    const { size } = await fh.stat();
    const head = Buffer.alloc(MAGIC.length + SALT + IV);
    const tag = Buffer.alloc(TAG);
    await fh.read(head, 0, head.length, 0);
    await fh.read(tag, 0, TAG, size - TAG);
    const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
    const iv = head.subarray(MAGIC.length + SALT);
    const decipher = createDecipheriv("aes-256-gcm", await deriveKey(passphrase, salt), iv);
    decipher.setAuthTag(tag);
    return { start: head.length, end: size - TAG - 1, decipher };
  } finally {
    await fh.close();
  }
}
