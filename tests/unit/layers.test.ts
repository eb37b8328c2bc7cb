// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The layer rule's verdicts on one import written into a file of the given path. */
async function layerProblems(filePath: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport const used = imported;\n`, {
    filePath,
  });
  return result!.messages
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
}

describe('the layer rule of eslint.config.js', () => {
  it.each([
    ['a store that imports i18n', 'src/store/check.ts', "import imported from '../i18n/i18n';"],
    [
      'a component that imports a feature',
      'src/components/check.ts',
      "import imported from '../features/map/map-view';",
    ],
    [
      'a feature that imports another feature',
      'src/features/exposure/check.ts',
      "import imported from '../concentration/chart-rows';",
    ],
    [
      'the domain importing analytics',
      'src/domain/check.ts',
      "import imported from '../analytics/shares';",
    ],
    [
      'analytics importing data',
      'src/analytics/check.ts',
      "import imported from '../data/model-query';",
    ],
  ])('refuses %s', async (_case, filePath, importLine) => {
    expect(await layerProblems(filePath, importLine)).toHaveLength(1);
  });

  it.each([
    [
      'a feature importing its own files and shared components',
      'src/features/exposure/check.ts',
      "import imported from './supplier-rows';\nimport '../../components/share-chart';",
    ],
    [
      'app composing features',
      'src/app/check.ts',
      "import imported from '../features/map/map-view';",
    ],
    [
      'analytics importing the domain',
      'src/analytics/check.ts',
      "import imported from '../domain/model-schema';",
    ],
  ])('allows %s', async (_case, filePath, importLine) => {
    expect(await layerProblems(filePath, importLine)).toEqual([]);
  });
});
