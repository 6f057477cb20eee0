import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InfluxClient, InfluxRequestError } from '../src/client.ts';

/** An InfluxDB stand-in on loopback whose every query answer (HTTP 200, as InfluxDB sends them) carries `error`. */
describe('an error inside a query answer', () => {
  let server: Server;
  let error = '';
  let client: InfluxClient;
  beforeAll(async () => {
    server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`${JSON.stringify({ results: [{ statement_id: 0, error }] })}\n`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    client = new InfluxClient({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      apiVersion: 'v1',
      database: 'benchline',
      batchSize: 5_000,
      logger: pino({ level: 'silent' }),
    });
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const refusal = async (answer: string) => {
    error = answer;
    const failure = await client.query('SELECT "value" FROM "m"').catch((thrown: unknown) => thrown);
    expect(failure).toBeInstanceOf(InfluxRequestError);
    return failure as InfluxRequestError;
  };

  it.each([
    'query engine shutdown',
    'query interrupted',
    'query-timeout limit exceeded',
    'max-concurrent-queries limit exceeded(20, 20)',
  ])('is worth another attempt when InfluxDB was restarting or busy: %s', async (answer) => {
    expect(await refusal(answer)).toMatchObject({ code: 'INFLUX_REJECTED', retryable: true });
  });

  it.each(['error parsing query: found FROM, expected identifier', 'database not found: benchline'])(
    'is final when it is the query’s own: %s',
    async (answer) => {
      expect(await refusal(answer)).toMatchObject({ code: 'INFLUX_REJECTED', retryable: false });
    },
  );
});
