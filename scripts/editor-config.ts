// Writes the web editor's configuration for this deployment into out/admin/: the committed one names
// the project's own repository, and a municipality's copy commits to its own (REPOSITORY_URL,
// REPOSITORY_BRANCH, EDITOR_BACKEND, EDITOR_AUTH_URL, EDITOR_APP_ID; see docs/web-editor.md). A site whose
// repository is on a host the editor cannot sign in to is built without the editor, and says so.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { editorBackend } from '../lib/cms/editor-config';
import { editorFolder } from '../lib/routes';
import { editorConfigText, editorRepository } from './lib/generated-docs';

const folder = path.join('out', editorFolder);
const repository = editorRepository(process.env);
if (editorBackend(repository)) {
  writeFileSync(path.join(folder, 'config.yml'), editorConfigText(repository));
} else {
  rmSync(folder, { recursive: true, force: true });
  console.warn(
    `!! The web editor is left out of this build: it signs in to GitHub or GitLab, and REPOSITORY_URL (${repository.url})\n` +
      '!! is on neither as far as its address says. Set EDITOR_BACKEND, or see docs/web-editor.md for other hosts.',
  );
}
