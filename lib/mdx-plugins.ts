/**
 * The remark plugins every MDX file goes through, named rather than imported: under Turbopack,
 * next.config.ts must pass plugins by package name, and the content check loads the same names.
 * remark-frontmatter keeps the YAML header out of the rendered page.
 */
export const remarkPluginNames = ['remark-frontmatter', 'remark-gfm'] as const;
