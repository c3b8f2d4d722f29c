import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the region JSON Schema is published at /schema/region.schema.json', async ({ request }) => {
  const response = await request.get('/schema/region.schema.json');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual(JSON.parse(readFileSync('public/schema/region.schema.json', 'utf8')));
});
