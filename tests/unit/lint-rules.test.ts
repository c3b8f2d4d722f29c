import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The messages ESLint gives a snippet of code as if it stood in `file`, with the project's own config. */
async function problems(code: string, file: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath: file });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the lint rules that keep pages from looking translations up', () => {
  it("refuses a template that builds a translation's path in a component", async () => {
    const found = await problems(
      'export const path = (id: string) => `commitments.${id}.statement`;\n',
      'components/x.tsx',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: This builds a translation's path/)]);
  });

  it('refuses a translation lookup imported into a page', async () => {
    const found = await problems(
      "import { translationOf } from '@/lib/content/translations';\n\nexport const find = translationOf;\n",
      'app/x/page.tsx',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*page context/)]);
  });

  it('lets a component import the type of a shown text', async () => {
    const found = await problems(
      "import type { ShownText } from '@/lib/content/translations';\n\nexport type Text = ShownText;\n",
      'components/x.tsx',
    );
    expect(found).toEqual([]);
  });

  it('refuses the dictionary handed to a component as a prop of its own', async () => {
    const found = await problems(
      "import { SourceLink } from './SourceLink';\n\nexport const X = ({ t }: { t: object }) => <SourceLink t={t} />;\n",
      'components/x.tsx',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-syntax: Hand the component the page context/)]);
  });
});
