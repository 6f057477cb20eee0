import type { FormatAdapter } from '../adapter.ts';
import type { Input } from '../input.ts';
import { METRIC, type BenchmarkResult } from '../model.ts';
import { readDecimal } from '../numbers.ts';
import { xmlEvents, type XmlOpen } from '../xml.ts';

const ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?<(?:Catch|Catch2TestRun)[\s>]/;

/**
 * Catch2's XML reporter (v2 root <Catch>, v3 root <Catch2TestRun>): each <BenchmarkResults>
 * holds the mean with its bootstrap confidence interval and the standard deviation, in nanoseconds.
 */
export const catch2Xml: FormatAdapter = {
  name: 'catch2-xml',
  detect(input) {
    return ROOT.test(input.head(500));
  },
  parse(input) {
    const results: BenchmarkResult[] = [];
    const fail = (line: number, expected: string): never => input.fail(`line ${line}`, expected);
    let testCase: string | undefined;
    let benchmark: { open: XmlOpen; children: Map<string, XmlOpen> } | undefined;
    let first = true;
    for (const event of xmlEvents(input.text, fail)) {
      if (first && (event.kind !== 'open' || (event.name !== 'Catch' && event.name !== 'Catch2TestRun'))) {
        fail(event.line, 'a <Catch> or <Catch2TestRun> root element');
      }
      first = false;
      if (event.kind === 'open') {
        if (event.name === 'TestCase') testCase = event.attributes.name;
        else if (event.name === 'BenchmarkResults') benchmark = { open: event, children: new Map() };
        else benchmark?.children.set(event.name, event);
      } else if (event.name === 'BenchmarkResults' && benchmark) {
        results.push(toResult(input, benchmark.open, benchmark.children, testCase));
        benchmark = undefined;
      } else if (event.name === 'TestCase') testCase = undefined;
    }
    if (first) fail(1, 'a <Catch> or <Catch2TestRun> root element');
    return results;
  },
};

function toResult(
  input: Input,
  open: XmlOpen,
  children: Map<string, XmlOpen>,
  testCase: string | undefined,
): BenchmarkResult {
  const number = (element: XmlOpen, attribute: string): number => {
    const value = readDecimal(element.attributes[attribute] ?? '');
    return value ?? input.fail(`line ${element.line}`, `a number in attribute ${attribute} of <${element.name}>`);
  };
  const child = (name: string): XmlOpen =>
    children.get(name) ?? input.fail(`line ${open.line}`, `a <${name}> element in <BenchmarkResults>`);
  const name = open.attributes.name || input.fail(`line ${open.line}`, 'a name attribute on <BenchmarkResults>');
  const mean = child('mean');
  return {
    benchmark: name,
    params: testCase === undefined ? {} : { test_case: testCase },
    metric: METRIC.latency,
    unit: 'ns',
    value: number(mean, 'value'),
    ciLower: number(mean, 'lowerBound'),
    ciUpper: number(mean, 'upperBound'),
    ciLevel: number(mean, 'ci'),
    stddev: number(child('standardDeviation'), 'value'),
    iterations: number(open, 'samples') * number(open, 'iterations'),
  };
}
