// Writes the web editor's configuration for this deployment into out/admin/: the committed one names
// the project's own repository, and a municipality's copy commits to its own (REPOSITORY_URL,
// REPOSITORY_BRANCH, EDITOR_AUTH_URL, EDITOR_APP_ID; see docs/web-editor.md).
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { editorFolder } from '../lib/routes';
import { editorConfigText } from './lib/generated-docs';

writeFileSync(path.join('out', editorFolder, 'config.yml'), editorConfigText(process.env));
