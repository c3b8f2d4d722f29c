/**
 * The JSX components region content may use, and the attributes each takes. The content check
 * refuses any other JSX; mdx-components.tsx must provide every one of them (its type says so).
 */
export const contentComponents = {
  /** A passage in another language than the rest of the text: <Lang lang="en">gender mainstreaming</Lang>. */
  Lang: { required: ['lang'], allowed: ['lang'] },
} as const;

export type ContentComponentName = keyof typeof contentComponents;

export const contentComponentNames = Object.keys(contentComponents) as ContentComponentName[];
