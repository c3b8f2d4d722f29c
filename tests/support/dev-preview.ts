/** The copy of content/ that the development-server test edits (inside the project: the bundler needs it there). */
export const devPreviewContent = '.dev-preview/content';
