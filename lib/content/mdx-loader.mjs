// A webpack loader, run by Turbopack before @mdx-js/loader on every .mdx file (next.config.ts): it
// holds content files to the MDX rules (lib/content/mdx-gate.ts) and passes them on unchanged. The
// bundler runs loaders as plain JavaScript, so tsx loads the TypeScript the gate is written in.
import { tsImport } from 'tsx/esm/api';

let gate;

export default function mdxGateLoader(source) {
  const callback = this.async();
  gate ??= tsImport('./mdx-gate.ts', import.meta.url);
  gate
    .then(({ mdxRefusal }) => mdxRefusal(this.resourcePath, source))
    .then(
      (refusal) => (refusal ? callback(new Error(`This MDX may not be built:\n${refusal}`)) : callback(null, source)),
      callback,
    );
}
