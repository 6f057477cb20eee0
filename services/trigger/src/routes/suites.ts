import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../app-deps.ts';
import { problemResponses } from '../schemas.ts';

const Suite = Type.Object({
  name: Type.String(),
  defaultRef: Type.String(),
  parameters: Type.Record(
    Type.String(),
    Type.Object({
      default: Type.Optional(Type.String()),
      values: Type.Optional(Type.Array(Type.String())),
      pattern: Type.Optional(Type.String()),
      description: Type.Optional(Type.String()),
    }),
  ),
  benchmarks: Type.Array(
    Type.Object({
      name: Type.String(),
      format: Type.String(),
      timeoutSeconds: Type.Number(),
      description: Type.Optional(Type.String()),
    }),
  ),
});

export const suiteRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config }) => {
  app.get(
    '/suites',
    {
      schema: {
        summary: 'Configured suites and their benchmarks',
        response: {
          200: Type.Object({ suites: Type.Array(Suite), minions: Type.Array(Type.String()) }),
          ...problemResponses(),
        },
      },
    },
    async () => ({
      suites: Object.entries(config.suites).map(([name, suite]) => ({
        name,
        defaultRef: suite.defaultRef,
        parameters: suite.parameters,
        benchmarks: suite.benchmarks.map(({ name: benchmark, format, timeoutSeconds, description }) => ({
          name: benchmark,
          format,
          timeoutSeconds,
          description,
        })),
      })),
      minions: Object.keys(config.minions),
    }),
  );
};
