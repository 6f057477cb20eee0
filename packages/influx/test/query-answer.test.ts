import { describe, expect, it } from 'vitest';
import { answerSeries } from '../src/query-answer.ts';

/** A response whose body arrives in pieces of `size` bytes, cutting lines (and characters) anywhere. */
const responseOf = (text: string, size: number) => {
  const bytes = new TextEncoder().encode(text);
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
        controller.close();
      },
    }),
  );
};

const refused = (error: string) => new Error(`refused: ${error}`);

const collect = async (response: Response) => {
  const series = [];
  for await (const one of answerSeries(response, refused)) series.push(one);
  return series;
};

describe('answerSeries', () => {
  const chunks = [
    {
      results: [
        {
          series: [
            {
              tags: { case: 'é' },
              columns: ['time', 'value'],
              values: [
                [3, 1.5],
                [2, null],
              ],
              partial: true,
            },
          ],
        },
      ],
    },
    { results: [{ series: [{ tags: { case: 'é' }, columns: ['time', 'value'], values: [[1, 2.5]] }] }] },
    { results: [{ series: [{ tags: { case: 'b' }, columns: ['time', 'value'], values: [[1, 7]] }] }] },
  ];

  it.each([1, 5, 4096])(
    'puts a series cut across chunks back together (body read %i bytes at a time)',
    async (size) => {
      const series = await collect(responseOf(chunks.map((chunk) => JSON.stringify(chunk)).join('\n'), size));
      expect(series.map(({ tags, columns, values }) => ({ tags, columns, values }))).toEqual([
        {
          tags: { case: 'é' },
          columns: ['time', 'value'],
          values: [
            [3, 1.5],
            [2, null],
            [1, 2.5],
          ],
        },
        { tags: { case: 'b' }, columns: ['time', 'value'], values: [[1, 7]] },
      ]);
      expect(series[0]?.rows).toEqual([
        { time: 3, value: 1.5 },
        { time: 2, value: null },
        { time: 1, value: 2.5 },
      ]);
    },
  );

  it('throws the error an answer carries', async () => {
    await expect(collect(responseOf(JSON.stringify({ results: [{ error: 'bad statement' }] }), 3))).rejects.toThrow(
      'refused: bad statement',
    );
  });
});
