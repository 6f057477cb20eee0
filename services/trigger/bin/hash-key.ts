import { text } from 'node:stream/consumers';
import { hashApiKey } from '../src/auth.ts';

// Prints the hex SHA-256 of an API key read from stdin, for `http.apiKeys[].sha256`:
//   openssl rand -base64 32 | tee ci-key.txt | node --import tsx services/trigger/bin/hash-key.ts
// The key never appears on a command line (shell history, `ps`).
const MIN_KEY_LENGTH = 16;
const key = (await text(process.stdin)).trim();
if (key.length < MIN_KEY_LENGTH) {
  console.error(`hash-key: the key on stdin must have at least ${MIN_KEY_LENGTH} characters (got ${key.length})`);
  process.exitCode = 1;
} else {
  console.log(hashApiKey(key).toString('hex'));
}
