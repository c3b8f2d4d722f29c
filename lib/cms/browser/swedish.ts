/**
 * Phrases that Decap CMS's Swedish interface lacks (its English ones show instead): added to the
 * package's own Swedish, not replacing it. Found by comparing decap-cms-locales' sv with en.
 */
export const swedishAdditions = {
  auth: { loginWithForgejo: 'Logga in med Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Visa som lista', viewAsGrid: 'Visa som rutnät' },
    entries: { unpublishedHeader: 'Opublicerade inlägg' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'fält: %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        copyFromLocale: 'Fyll i från ett annat språk',
        copyFromLocaleConfirm: 'Vill du fylla i från %{locale}?\nAllt som står här nu skrivs över.',
      },
    },
    editorInterface: { toggleNotes: 'Visa eller dölj anteckningar' },
    editorNotesPane: {
      title: 'Anteckningar',
      emptyState: 'Inga anteckningar ännu. Skriv den första nedan.',
      addNote: 'Lägg till anteckning',
      addPlaceholder: 'Skriv en anteckning …',
      editPlaceholder: 'Ändra anteckningen …',
      save: 'Spara',
      cancel: 'Avbryt',
      edit: 'Ändra',
      delete: 'Ta bort',
      resolve: 'Markera som klar',
      unresolve: 'Markera som ej klar',
      confirmDelete: 'Vill du ta bort anteckningen?',
      shortcut: 'Tips: Ctrl+Enter lägger till anteckningen.',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Inlägget är ett utkast. Sätt det till ”För granskning” när det är klart att granskas.',
      statusInfoTooltipInReview:
        'Inlägget granskas och du behöver inte göra något mer, men du kan fortfarande ändra i det under tiden.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Genomstruken',
        toggleMode: { rich: 'Byt till formaterad text', markdown: 'Byt till Markdown' },
      },
      image: { chooseMultiple: 'Välj bilder', addMore: 'Lägg till fler bilder', removeAll: 'Ta bort alla bilder' },
      file: { chooseMultiple: 'Välj filer', addMore: 'Lägg till fler filer', removeAll: 'Ta bort alla filer' },
      datetime: { setToNow: 'Sätt %{fieldLabel} till nu' },
      list: { add: 'Lägg till %{item}', addType: 'Lägg till %{item}' },
      object: { expand: 'Visa', collapse: 'Dölj' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Stäng' } },
  ui: {
    settingsDropdown: { account: 'Kontoinställningar' },
    toast: {
      noteAdded: 'Anteckningen är tillagd',
      onFailToAddNote: 'Anteckningen kunde inte läggas till: %{details}',
      noteUpdated: 'Anteckningen är ändrad',
      onFailToUpdateNote: 'Anteckningen kunde inte ändras: %{details}',
      noteDeleted: 'Anteckningen är borttagen',
      onFailToDeleteNote: 'Anteckningen kunde inte tas bort: %{details}',
      noteResolved: 'Anteckningen är markerad som klar',
      noteReopened: 'Anteckningen är öppnad igen',
      onFailToToggleNote: 'Anteckningens läge kunde inte ändras: %{details}',
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** The package's phrases with the additions filled in where it has none. */
export function withAdditions(phrases: Phrases, additions: Phrases = swedishAdditions): Phrases {
  const merged: Phrases = { ...phrases };
  for (const [key, value] of Object.entries(additions)) {
    const existing = merged[key];
    if (typeof value === 'string') merged[key] = existing ?? value;
    else merged[key] = withAdditions(typeof existing === 'object' ? existing : {}, value);
  }
  return merged;
}
