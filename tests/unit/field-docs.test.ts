import { describe, expect, it } from 'vitest';

import { fieldDescription, regionFieldDocs, withFieldComments } from '../../lib/content/field-docs';
import { regionFrontmatterSchema } from '../../lib/content/schema';

describe("each field's one description", () => {
  it('reaches the fields of lists, groups and kinds of groups by their path', () => {
    expect(fieldDescription('plans[].period.from')).toBe(
      'Första året planen gäller. Utelämna det om källan inte anger det.',
    );
    expect(fieldDescription('charter.note')).toMatch(/^Kort förklaring på källans språk/);
    expect(fieldDescription('commitments')).toBe(regionFrontmatterSchema.shape.commitments.description);
    expect(fieldDescription('commitments[].titel')).toBeUndefined();
  });

  it('gives every field a table row in the guide, each kind of a group a table of its own', () => {
    const docs = regionFieldDocs();
    for (const field of Object.keys(regionFrontmatterSchema.shape)) expect(docs).toContain(`| \`${field}\` |`);
    expect(docs).toContain('Med `status: not-mentioned`: Källan nämner inte deklarationen.');
    expect(docs).toContain('### `plans[].activities[]`');
  });

  it('refuses a template line that names a field the schema does not have', () => {
    expect(() => withFieldComments('#: plans[].titel\n')).toThrow('plans[].titel');
    expect(withFieldComments('  #: plans[].title\n  title: x\n')).toBe('  # Titeln som i källan.\n  title: x\n');
  });
});
