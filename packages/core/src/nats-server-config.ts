import { NATS_USERS, natsPermissions, type NatsUser } from './nats-permissions.ts';

/** How a user's password appears in the server config: an environment reference or the literal. */
export type PasswordSource = { env: string } | { literal: string };

/** `$NATS_TRIGGER_PASSWORD` and so on: what the production config refers to. */
export const passwordEnvName = (user: NatsUser) => `NATS_${user.toUpperCase()}_PASSWORD`;

const quote = (text: string) => JSON.stringify(text);
const list = (subjects: string[], indent: string) =>
  `[\n${subjects.map((subject) => `${indent}  ${quote(subject)}`).join('\n')}\n${indent}]`;

function renderUser(user: NatsUser, password: PasswordSource): string {
  const secret = 'env' in password ? `$${password.env}` : quote(password.literal);
  const permissions = natsPermissions(user);
  const lines = ['    {', `      user: ${quote(user)}`, `      password: ${secret}`];
  if (permissions !== 'all') {
    const { publish, subscribe } = permissions;
    lines.push(
      '      permissions: {',
      '        publish: {',
      `          allow: ${list(publish.allow, '          ')}`,
      ...(publish.deny ? [`          deny: ${list(publish.deny, '          ')}`] : []),
      '        }',
      '        subscribe: {',
      `          allow: ${list(subscribe.allow, '          ')}`,
      '        }',
      '      }',
    );
  }
  lines.push('    }');
  return lines.join('\n');
}

/**
 * The nats-server `authorization` block for every Benchline user (nats-server 2.9+ syntax).
 * `anonymousAs` maps connections without credentials to that user (`no_auth_user`).
 */
export function renderNatsAuthorization(
  password: (user: NatsUser) => PasswordSource,
  options: { anonymousAs?: NatsUser } = {},
): string {
  const users = NATS_USERS.map((user) => renderUser(user, password(user))).join('\n');
  const anonymous = options.anonymousAs ? `\nno_auth_user: ${quote(options.anonymousAs)}\n` : '';
  return `authorization {\n  users: [\n${users}\n  ]\n}\n${anonymous}`;
}

/** infrastructure/nats/authorization.conf: passwords come from the server's environment. */
export function productionNatsAuthorization(): string {
  return [
    '# GENERATED from packages/core/src/nats-permissions.ts — do not edit; regenerate with',
    '#   node --import tsx packages/core/bin/nats-authorization.ts infrastructure/nats/authorization.conf',
    '# Included by nats-server.conf and cluster/nats-cluster.conf. Each password is read from the',
    `# server's environment: ${NATS_USERS.map(passwordEnvName).join(', ')}.`,
    '',
    renderNatsAuthorization((user) => ({ env: passwordEnvName(user) })),
  ].join('\n');
}
