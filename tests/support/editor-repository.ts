/**
 * The copy of the repository's content that the web editor's tests edit through the local proxy: a
 * git repository of its own, inside the project (the development server's bundler needs it there).
 */
export const editorRepository = '.editor-test';
export const editorContent = `${editorRepository}/content`;
