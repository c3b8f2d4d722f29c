/**
 * The --- lines around a content file's fields, as the content check (parse.ts) and the web editor's file
 * format (lib/cms/file-format.ts) both find them: spaces may follow the dashes, and a line may end in
 * CRLF. Apart from parse.ts, so that the editor's browser script gets these and nothing else of it.
 */
export const fieldsOpen = /^---[ \t]*\r?\n/;
export const fieldsClose = /\r?\n---[ \t]*(\r?\n|$)/;
