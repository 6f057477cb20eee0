import { describe, expect, it } from 'vitest';
import { InvalidArtifactPathError } from '../src/errors.ts';
import { resolveArtifactPath } from '../src/fetch-artifact.ts';
import {
  assertBenchmarkOutputDir,
  assertRunDir,
  benchmarkOutputDir,
  processGroupFile,
  runDir,
  wrapperReportFile,
} from '../src/output-dir.ts';
import { substitutePlaceholders } from '../src/run-benchmark.ts';

describe('output dir layout', () => {
  it('puts each benchmark under <workDir>/runs/<runId>/<benchmark>', () => {
    expect(runDir('/srv/bench', 'run-1')).toBe('/srv/bench/runs/run-1');
    expect(benchmarkOutputDir('/srv/bench/', 'run-1', 'add_many')).toBe('/srv/bench/runs/run-1/add_many');
    expect(processGroupFile('/srv/bench/runs/run-1/add_many', '7-2')).toBe('/srv/bench/runs/run-1/add_many.7-2.pgid');
    expect(wrapperReportFile('/srv/bench/runs/run-1/add_many', '7-2')).toBe(
      '/srv/bench/runs/run-1/add_many.7-2.report',
    );
    expect(() => processGroupFile('/srv/bench/runs/run-1/add_many', '*')).toThrow(/not a safe name/);
  });

  it('rejects unsafe ids and work dirs', () => {
    expect(() => runDir('/srv', '../x')).toThrow(/not a safe name/);
    expect(() => runDir('/srv', 'a b')).toThrow(/not a safe name/);
    expect(() => benchmarkOutputDir('/srv', 'r', '.')).toThrow(/not a safe name/);
    expect(() => runDir('srv', 'r')).toThrow(/absolute/);
    expect(() => runDir('/srv/../etc', 'r')).toThrow(/absolute/);
  });

  it('accepts only a real run dir for removal', () => {
    expect(() => assertRunDir('/srv/runs/r1', 'r1')).not.toThrow();
    expect(() => assertRunDir('/srv/runs/r1/', 'r1')).not.toThrow();
    expect(() => assertRunDir('/', 'r1')).toThrow(/not a run output dir/);
    expect(() => assertRunDir('/srv/runs/r2', 'r1')).toThrow(/not a run output dir/);
    expect(() => assertRunDir('/srv/x/r1', 'r1')).toThrow(/not a run output dir/);
    expect(() => assertRunDir('/srv/runs/../runs/r1', 'r1')).toThrow(/not a run output dir/);
    expect(() => assertBenchmarkOutputDir('/srv/runs/r1/b', 'r1')).not.toThrow();
    expect(() => assertBenchmarkOutputDir('/srv/runs/r1', 'r1')).toThrow();
  });
});

describe('resolveArtifactPath', () => {
  it('resolves relative paths inside the output dir', () => {
    expect(resolveArtifactPath('/o', 'results')).toBe('/o/results');
    expect(resolveArtifactPath('/o', 'profiles/./flame.html')).toBe('/o/profiles/flame.html');
  });

  it('rejects paths escaping the output dir', () => {
    for (const path of ['../secret', 'a/../../b', '/etc/passwd', '', 'a\0b', '..']) {
      expect(() => resolveArtifactPath('/o', path)).toThrow(InvalidArtifactPathError);
    }
  });
});

describe('substitutePlaceholders', () => {
  it('replaces {resultsFile} and {outputDir} literally, anywhere in an element', () => {
    expect(
      substitutePlaceholders(['bench', '--out={resultsFile}', '{outputDir}/p', '{other}', '$(x)'], '/w/runs/r/b'),
    ).toEqual(['bench', '--out=/w/runs/r/b/results', '/w/runs/r/b/p', '{other}', '$(x)']);
  });
});
